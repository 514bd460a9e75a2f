import { isLocale, tr, type Translated } from '#lib/i18n';
import { m } from '#lib/paraglide/messages.js';

export function reminderText(locale: string, missionName: Translated, deadline: Date): string {
	const l = isLocale(locale) ? locale : 'ky';
	const date = new Intl.DateTimeFormat(l, { dateStyle: 'long', timeZone: 'UTC' }).format(deadline);
	return m.sms_registration_reminder({ mission: tr(missionName, l), date }, { locale: l });
}
