import { json } from '@sveltejs/kit';
import { tr } from '#lib/i18n';
import { apiError, apiHandler, apiMigrant, langParam } from '#lib/server/api/api';
import { getDb } from '#lib/server/db/client';
import { getChecklist } from '#lib/server/migrant/migrant.service';

/** The signed-in migrant's pre-departure checklist for one destination. */
export const GET = apiHandler(async ({ url, locals, params }: { url: URL; locals: App.Locals; params: { iso2: string } }) => {
	const lang = langParam(url);
	if (lang instanceof Response) return lang;
	const actor = apiMigrant(locals);
	if (actor instanceof Response) return actor;
	const checklist = await getChecklist(getDb(), actor, actor.userId, params.iso2);
	if (!checklist) return apiError(404, 'not_found', 'no checklist for this country');
	return json(
		{
			country: checklist.countryIso2,
			done: checklist.done,
			total: checklist.total,
			items: checklist.items.map((i) => ({
				code: i.code,
				title: tr(i.title, lang),
				hint: tr(i.hint, lang),
				guide: `/${lang}/countries/${checklist.countryIso2.toLowerCase()}#${i.section}`,
				doneAt: i.doneAt
			}))
		},
		{ headers: { 'cache-control': 'private, no-store' } }
	);
});
