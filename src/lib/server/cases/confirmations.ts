import { randomUUID } from 'node:crypto';
import { enqueueForPerson } from '../channels';
import { config } from '../config';
import type { Tx } from '../db/client';
import { isLocale } from '#lib/i18n';
import { msg } from '#lib/messages';
import type { Outcome } from '#lib/cases';

/**
 * Case confirmations (issue 12) to a person who asked for help while signed in: the case number on
 * submission, a status change (taken up, reopened), and the closure with its outcome. They go through
 * the person's channel order and opt-outs, in their language, and wait for their safe time (never
 * urgent). The text names the number and the status only — never the kind of problem — because a
 * phone may be seen by the person's employer. Anonymous requests get none (only the tracking page).
 * Called inside the change's transaction: the message exists only if the change commits.
 */
export type CaseConfirmation = { kind: 'submitted' } | { kind: 'in_progress' } | { kind: 'reopened' } | { kind: 'closed'; outcomes: Outcome[] };

const trackUrl = (locale: string) => `${config.origin.replace(/\/$/, '')}/${locale}/help/track`;

export function confirmationText(c: CaseConfirmation, number: string, rawLocale: string): string {
	const locale = isLocale(rawLocale) ? rawLocale : 'ky';
	const o = { locale };
	const url = trackUrl(locale);
	switch (c.kind) {
		case 'submitted':
			return msg('case_confirm_submitted', { number, url }, o);
		case 'in_progress':
			return msg('case_confirm_in_progress', { number, url }, o);
		case 'reopened':
			return msg('case_confirm_reopened', { number, url }, o);
		case 'closed':
			return msg('case_confirm_closed', { number, url, outcome: c.outcomes.map((x) => msg(`case_outcome_${x}`, {}, o)).join(', ') }, o);
	}
}

/** Queues one confirmation for the case's reporter (none for an anonymous case). Returns the message id or null. */
export async function confirmToReporter(tx: Tx, row: { number: string; reporterUserId: string | null }, c: CaseConfirmation): Promise<string | null> {
	if (!row.reporterUserId) return null;
	return enqueueForPerson(tx, {
		userId: row.reporterUserId,
		purpose: 'case',
		refId: randomUUID(),
		urgent: false,
		render: (channel, locale) => {
			const body = confirmationText(c, row.number, locale);
			return channel === 'email' ? { body, subject: `Sapar ${row.number}` } : { body };
		}
	});
}
