import { getDb } from '#lib/server/db/client';
import { publicCaseFigures } from '#lib/server/statistics/case-figures';

export const load = async () => {
	const figures = await publicCaseFigures(getDb());
	return { figures, suppressBelow: figures.threshold };
};
