import { getDb } from '#lib/server/db/client';
import { listGuideCountries } from '#lib/server/portal/portal.service';

export const load = async () => ({ guides: await listGuideCountries(getDb()) });
