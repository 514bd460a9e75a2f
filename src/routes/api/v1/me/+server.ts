import { json } from '@sveltejs/kit';
import { apiHandler, apiMigrant, langParam } from '#lib/server/api/api';
import { getDb } from '#lib/server/db/client';
import { myAccount } from '#lib/server/migrant/my-data.service';

/** The signed-in migrant's account summary, codes with their labels in `lang`. */
export const GET = apiHandler(async ({ url, locals }: { url: URL; locals: App.Locals }) => {
	const actor = apiMigrant(locals);
	if (actor instanceof Response) return actor;
	const lang = langParam(url);
	if (lang instanceof Response) return lang;
	return json(await myAccount(getDb(), actor, actor.userId, lang), { headers: { 'cache-control': 'private, no-store' } });
});
