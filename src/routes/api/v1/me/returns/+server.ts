import { json } from '@sveltejs/kit';
import { apiHandler, apiMigrant } from '#lib/server/api/api';
import { getDb } from '#lib/server/db/client';
import { myReturns } from '#lib/server/returns/returns.service';

/** The signed-in migrant's own return registrations, referrals and outcomes. */
export const GET = apiHandler(async ({ locals }: { url: URL; locals: App.Locals }) => {
	const actor = apiMigrant(locals);
	if (actor instanceof Response) return actor;
	return json({ data: await myReturns(getDb(), actor, actor.userId) }, { headers: { 'cache-control': 'private, no-store' } });
});
