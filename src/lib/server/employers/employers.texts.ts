import { m } from '#lib/paraglide/messages.js';

const long = (locale: 'ru' | 'en', isoDate: string) =>
	new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${isoDate}T00:00:00Z`));

/** Employers abroad are written to in Russian and English. */
const both = (make: (locale: 'ru' | 'en') => string) => `${make('ru')}\n\n${make('en')}`;

export function replyNoticeText(p: { number: string; employer: string; due: string; link: string; viaAgency: boolean }) {
	return {
		subject: `${m.employer_notice_subject({ number: p.number }, { locale: 'ru' })} / ${m.employer_notice_subject({ number: p.number }, { locale: 'en' })}`,
		text: both(
			(locale) =>
				(p.viaAgency ? `${m.employer_notice_forward({}, { locale })}\n\n` : '') +
				m.employer_notice_body({ employer: p.employer, number: p.number, date: long(locale, p.due), link: p.link }, { locale })
		)
	};
}

export function decisionNoticeText(p: { number: string; employer: string; outcome: 'listed' | 'dismissed' | 'appeal_upheld' | 'delisted'; link: string }) {
	const outcome = (locale: 'ru' | 'en') =>
		({
			listed: m.employer_decision_listed,
			dismissed: m.employer_decision_dismissed,
			appeal_upheld: m.employer_decision_appeal_upheld,
			delisted: m.employer_decision_delisted
		})[p.outcome]({}, { locale });
	return {
		subject: `${m.employer_decision_subject({ number: p.number }, { locale: 'ru' })} / ${m.employer_decision_subject({ number: p.number }, { locale: 'en' })}`,
		text: both((locale) => `${p.employer}: ${outcome(locale)}\n\n${m.employer_decision_link({ link: p.link }, { locale })}`)
	};
}
