import { json } from '@sveltejs/kit';
import { tr } from '#lib/i18n';
import { apiError, apiHandler, langParam } from '#lib/server/api/api';
import { getDb } from '#lib/server/db/client';
import { verifyCertificate } from '#lib/server/training/training.service';

/** Public certificate check: course, holder's initials, date. */
export const GET = apiHandler(async ({ url, params }: { url: URL; params: { code: string } }) => {
	const lang = langParam(url);
	if (lang instanceof Response) return lang;
	const found = await verifyCertificate(getDb(), params.code);
	if (!found) return apiError(404, 'not_found', 'no certificate with this code');
	return json(
		{ code: found.code, valid: true, course: tr(found.courseTitle, lang), holderInitials: found.initials, issuedAt: found.issuedAt },
		{ headers: { 'cache-control': 'no-store' } }
	);
});
