import type { Locale } from '#lib/i18n';
import { msg } from '#lib/messages';

/** Audit areas a person's own actions fall in; each has a label in messages/mydata (issue 16: "My data" showed codes). */
const ACTIVITY_AREAS = [
	'auth',
	'profile',
	'consent',
	'channels',
	'account',
	'registration',
	'certificate',
	'application',
	'review',
	'return',
	'case',
	'alert',
	'programme'
] as const;

/** An audit action ('registration.submit') as the person reads it, in their language. */
export function activityLabel(action: string, locale: Locale): string {
	const area = action.split('.')[0];
	return msg((ACTIVITY_AREAS as readonly string[]).includes(area) ? `mydata_activity_${area}` : 'mydata_activity_other', {}, { locale });
}
