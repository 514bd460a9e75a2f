import { json } from '@sveltejs/kit';
import { apiHandler, apiMigrant } from '#lib/server/api/api';
import { getDb } from '#lib/server/db/client';
import { myApplications } from '#lib/server/recruitment/vacancy.service';

/** The signed-in migrant's own applications and their status. */
export const GET = apiHandler(async ({ locals }: { url: URL; locals: App.Locals }) => {
	const actor = apiMigrant(locals);
	if (actor instanceof Response) return actor;
	const rows = await myApplications(getDb(), actor, actor.userId);
	return json({ data: rows }, { headers: { 'cache-control': 'private, no-store' } });
});
