import { LOCALES } from '#lib/i18n';
import { isProduction } from '#lib/server/config';
import { switchLocalePath } from '#lib/server/http/locale';

export const load = ({ locals, url }) => {
	const viewer = locals.viewer;
	return {
		locale: locals.locale,
		languages: LOCALES.map((code) => ({ code, href: switchLocalePath(url.pathname, url.search, code) })),
		viewer: viewer
			? {
					name: viewer.user.name,
					kind: viewer.user.kind,
					role: viewer.actor?.role ?? null,
					organisation: viewer.organisation?.name ?? null
				}
			: null,
		devTools: !isProduction()
	};
};
