import { getDb } from '#lib/server/db/client';
import { listProgrammes } from '#lib/server/programmes/programmes.service';

export const load = async () => ({ programmes: await listProgrammes(getDb()) });
