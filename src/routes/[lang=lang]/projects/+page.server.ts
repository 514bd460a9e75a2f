import { getDb } from '#lib/server/db/client';
import { listPublicProjects } from '#lib/server/projects/projects.service';

export const load = async ({ url }) => listPublicProjects(getDb(), { region: url.searchParams.get('region') });
