import { getDb } from '#lib/server/db/client';
import { openDataCatalogue } from '#lib/server/statistics/open-data';

export const load = async ({ locals }) => ({ datasets: await openDataCatalogue(getDb(), '', locals.locale) });
