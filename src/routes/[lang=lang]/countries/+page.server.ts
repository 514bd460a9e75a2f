import { getDb } from '#lib/server/db/client';
import { listDestinationGuides } from '#lib/server/portal/portal.service';

export const load = async () => ({ guides: await listDestinationGuides(getDb()) });
