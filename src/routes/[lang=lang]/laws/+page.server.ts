import { getDb } from '#lib/server/db/client';
import { listLaws } from '#lib/server/portal/portal.service';

export const load = async () => ({ laws: await listLaws(getDb()) });
