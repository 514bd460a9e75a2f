import { error, redirect } from '@sveltejs/kit';
import { isLocale } from '#lib/i18n';
import { recipientByToken } from '#lib/server/alerts/answers.service';
import { getDb } from '#lib/server/db/client';
import { isAppError } from '#lib/server/errors';

/** The short link in an alert opens the answer page in the person's own language. */
export const GET = async ({ params }) => {
	let locale = 'ky';
	try {
		const { r } = await recipientByToken(getDb(), params.token);
		if (isLocale(r.locale)) locale = r.locale;
	} catch (e) {
		if (isAppError(e) && e.code === 'not_found') error(404, 'Not found');
		throw e;
	}
	redirect(303, `/${locale}/a/${params.token}`);
};
