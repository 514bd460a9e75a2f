import { getDb } from '#lib/server/db/client';
import { listPublicAssociations } from '#lib/server/diaspora/diaspora.service';

export const load = async ({ url }) => listPublicAssociations(getDb(), { country: url.searchParams.get('country'), city: url.searchParams.get('city') });
