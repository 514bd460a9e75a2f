import { json } from '@sveltejs/kit';
import { tr } from '#lib/i18n';
import { apiHandler, langParam, PUBLIC_CACHE } from '#lib/server/api/api';
import { getDb } from '#lib/server/db/client';
import { listProgrammes } from '#lib/server/programmes/programmes.service';
import { programmeJson } from '#lib/server/programmes/programmes.api';

export const GET = apiHandler(async ({ url }) => {
	const lang = langParam(url);
	if (lang instanceof Response) return lang;
	const rows = await listProgrammes(getDb());
	return json({ data: rows.map((p) => ({ ...programmeJson(p, lang), summary: tr(p.summary, lang) })) }, { headers: PUBLIC_CACHE });
});
