import { tr, type Translated } from '#lib/i18n';
import { m } from '#lib/paraglide/messages.js';
import { getLocale } from '#lib/paraglide/runtime.js';

export function invitationEmail(orgName: Translated, role: string, link: string) {
	const locale = getLocale();
	const organisation = tr(orgName, locale);
	const roleName = (m as unknown as Record<string, () => string>)[`role_${role}`]?.() ?? role;
	return {
		subject: m.invite_email_subject({ organisation }),
		text: m.invite_email_body({ organisation, role: roleName, link })
	};
}
