import { json } from '@sveltejs/kit';
import { apiHandler, apiMigrant } from '#lib/server/api/api';
import { getDb } from '#lib/server/db/client';
import { exportMyData } from '#lib/server/migrant/migrant.service';

/** Everything Sapar holds about the signed-in migrant, as JSON (a download). */
export const GET = apiHandler(async ({ locals }: { url: URL; locals: App.Locals }) => {
	const actor = apiMigrant(locals);
	if (actor instanceof Response) return actor;
	return json(await exportMyData(getDb(), actor, actor.userId), {
		headers: { 'cache-control': 'private, no-store', 'content-disposition': 'attachment; filename="sapar-my-data.json"' }
	});
});
