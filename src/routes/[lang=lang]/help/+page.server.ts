import { getDb } from '#lib/server/db/client';
import { listDirectory } from '#lib/server/portal/portal.service';

export const load = async ({ url }) => listDirectory(getDb(), { country: url.searchParams.get('country'), city: url.searchParams.get('city') });
