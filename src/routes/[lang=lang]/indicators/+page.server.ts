import { getDb } from '#lib/server/db/client';
import { listDomains, listRounds } from '#lib/server/indicators/indicators.service';

export const load = async () => {
	const [domains, rounds] = await Promise.all([listDomains(getDb()), listRounds(getDb())]);
	return { domains, rounds };
};
