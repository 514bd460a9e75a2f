import { LOCALES, tr, type Locale } from '#lib/i18n';
import { config } from '#lib/server/config';
import { switchLocalePath } from '#lib/server/http/locale';
import { myAlerts } from '#lib/server/alerts/alerts.service';
import { getDb } from '#lib/server/db/client';
import { shareLinks } from '#lib/server/http/share';

export const load = async ({ locals, url }) => {
	const viewer = locals.viewer;
	// The alerts that reached a signed-in migrant this week stand at the top of their pages.
	const alerts =
		viewer?.actor && viewer.user.kind === 'migrant'
			? (await myAlerts(getDb(), viewer.actor)).map((a) => ({
					token: a.token,
					title: tr(a.title, locals.locale as Locale),
					urgent: a.urgent,
					answered: !!a.answer || !a.asksAnswer
				}))
			: [];
	return {
		alerts,
		locale: locals.locale,
		share: shareLinks(config.origin, url.pathname),
		languages: LOCALES.map((code) => ({ code, href: switchLocalePath(url.pathname, url.search, code) })),
		viewer: viewer
			? {
					name: viewer.user.name,
					kind: viewer.user.kind,
					role: viewer.actor?.role ?? null,
					organisation: viewer.organisation?.name ?? null
				}
			: null,
		// the dev outbox link only on a developer's machine: not in production, not on a test or demo server (issue 16)
		devTools: config.mode === 'development'
	};
};
