import { publicAlerts, publicText } from '#lib/server/alerts/alerts.service';
import { getDb } from '#lib/server/db/client';
import { tr, type Locale } from '#lib/i18n';

export const load = async ({ locals }) => {
	const locale = locals.locale as Locale;
	const rows = await publicAlerts(getDb());
	return {
		alerts: rows.map((a) => ({
			id: a.id,
			title: tr(a.title, locale),
			text: publicText(a, locale),
			urgent: a.urgent,
			sentAt: a.sentAt,
			org: tr(a.organisationName, locale)
		}))
	};
};
