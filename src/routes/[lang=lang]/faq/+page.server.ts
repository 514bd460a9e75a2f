import { getDb } from '#lib/server/db/client';
import { listFaq } from '#lib/server/portal/portal.service';

export const load = async () => ({ faq: await listFaq(getDb()) });
