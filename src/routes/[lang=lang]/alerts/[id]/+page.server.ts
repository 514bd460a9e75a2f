import { error } from '@sveltejs/kit';
import { publicAlert, publicText } from '#lib/server/alerts/alerts.service';
import { getDb } from '#lib/server/db/client';
import { isAppError } from '#lib/server/errors';
import { tr, type Locale } from '#lib/i18n';

export const load = async ({ locals, params }) => {
	const locale = locals.locale as Locale;
	try {
		const a = await publicAlert(getDb(), params.id);
		return {
			alert: { id: a.id, title: tr(a.title, locale), text: publicText(a, locale), urgent: a.urgent, sentAt: a.sentAt, org: tr(a.organisationName, locale) }
		};
	} catch (e) {
		if (isAppError(e) && e.code === 'not_found') error(404, 'Not found');
		throw e;
	}
};
