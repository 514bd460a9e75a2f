import { json } from '@sveltejs/kit';
import { tr } from '#lib/i18n';
import { apiError, apiHandler, langParam } from '#lib/server/api/api';
import { publicAlerts, publicText } from '#lib/server/alerts/alerts.service';
import { config } from '#lib/server/config';
import { getDb } from '#lib/server/db/client';

/** Public alerts only, newest first: `?lang=` for the text, `?limit=` (1–200, default 50). */
export const GET = apiHandler(async ({ url }) => {
	const lang = langParam(url);
	if (lang instanceof Response) return lang;
	const raw = url.searchParams.get('limit');
	const limit = raw === null ? 50 : Number(raw);
	if (!Number.isInteger(limit) || limit < 1 || limit > 200) return apiError(400, 'bad_request', 'limit must be an integer from 1 to 200');
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
