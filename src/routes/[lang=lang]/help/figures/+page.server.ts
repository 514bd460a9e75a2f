import { getDb } from '#lib/server/db/client';
import { publicFigures, SUPPRESS_BELOW } from '#lib/server/cases/figures.service';

export const load = async () => ({ figures: await publicFigures(getDb()), suppressBelow: SUPPRESS_BELOW });
