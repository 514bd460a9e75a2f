import { json } from '@sveltejs/kit';
import { tr } from '#lib/i18n';
import { apiHandler } from '#lib/server/api/api';
import { alertsQuery, parseQuery } from '#lib/server/api/contract';
import { publicAlerts, publicText } from '#lib/server/alerts/alerts.service';
import { config } from '#lib/server/config';
import { getDb } from '#lib/server/db/client';

/** Public alerts only, newest first: `?lang=` for the text, `?limit=` (1–200, default 50). */
export const GET = apiHandler(async ({ url }) => {
	const query = parseQuery(alertsQuery, url);
	if (query instanceof Response) return query;
	const { lang, limit } = query;
	const rows = await publicAlerts(getDb(), limit);
	return json(
		{
			data: rows.map((a) => ({
				id: a.id,
				title: tr(a.title, lang),
				text: publicText(a, lang),
				urgent: a.urgent,
				issuedBy: tr(a.organisationName, lang),
				sentAt: a.sentAt?.toISOString() ?? null,
				url: `${config.origin}/${lang}/alerts/${a.id}`
			}))
		},
		{ headers: { 'cache-control': 'public, max-age=60' } }
	);
});
