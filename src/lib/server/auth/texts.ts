import { m } from '#lib/paraglide/messages.js';
import { BASE_LOCALE, isLocale } from '#lib/i18n';

/** The SMS that carries a sign-in code, in the language of the current request. */
export const codeMessage = (code: string) => m.sms_code({ code });

/** The e-mail to a staff member whose account many wrong passwords were tried on (issue 15, finding 4). */
export function guardAlert(locale: string | null): { subject: string; text: string } {
	const l = isLocale(locale) ? locale : BASE_LOCALE;
	return { subject: m.security_guard_subject({}, { locale: l }), text: m.security_guard_body({}, { locale: l }) };
}
