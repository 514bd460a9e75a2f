import { m } from '#lib/paraglide/messages.js';

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
