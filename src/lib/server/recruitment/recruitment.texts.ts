import { m } from '#lib/paraglide/messages.js';
import { isLocale } from '#lib/i18n';
import { msg } from '#lib/messages';
import { config } from '../config';

const long = (locale: 'ky' | 'ru', isoDate: string) =>
	new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${isoDate}T00:00:00Z`));

/** Agencies are written to in Kyrgyz and Russian, the two official languages. */
export function licenceReminderText(number: string, expiresOn: string) {
	const ky = m.licence_reminder({ number, date: long('ky', expiresOn) }, { locale: 'ky' });
	const ru = m.licence_reminder({ number, date: long('ru', expiresOn) }, { locale: 'ru' });
	return {
		subject: `${m.licence_reminder_subject({ number }, { locale: 'ky' })} / ${m.licence_reminder_subject({ number }, { locale: 'ru' })}`,
		text: `${ky}\n\n${ru}`,
		sms: ru
	};
}

/** The applicant's SMS when an application changes, in the language they use Sapar in. */
export function applicationSmsText(title: string, state: string, userLocale: string | null) {
	const locale = isLocale(userLocale) ? userLocale : 'ky';
	return m.application_sms(
		{ title: title.slice(0, 60), state: msg(`application_state_${state}`, {}, { locale }), link: `${config.origin}/${locale}/account/applications` },
		{ locale }
	);
}
