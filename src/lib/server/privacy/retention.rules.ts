/**
 * Every retention rule of Sapar, in one place (docs/decisions/0032, docs/privacy.md). The job in
 * privacy.jobs.ts applies them; the "My data" page shows them (messages `retention_*`). A rule is a
 * number of days after its starting point; 0 means at the next run of the job once it has expired.
 */
export interface RetentionRule {
	/** key of the rule; its text is the message `retention_<key>` in each language */
	key: 'closed_cases' | 'hotline_calls' | 'messages' | 'alert_contacts' | 'sign_in_codes' | 'devices' | 'bot_dialogues';
	days: number;
}

/** Closed cases are minimised after this many days (SAPAR_CLOSED_CASE_RETENTION_DAYS, at least 30). */
export function closedCaseDays(env: NodeJS.ProcessEnv = process.env): number {
	const days = Number(env.SAPAR_CLOSED_CASE_RETENTION_DAYS);
	return Number.isInteger(days) && days >= 30 ? days : 365;
}

/** Hotline calls keep the caller's phone, question and answer this long: time for a call back and a follow-up. */
export const HOTLINE_CALL_DAYS = 180;

/** Recipient data of messages (address, text) and of alerts (uploaded phones): GOV.UK Notify's 7 days. */
export const MESSAGE_DAYS = 7;

export function retentionRules(env: NodeJS.ProcessEnv = process.env): RetentionRule[] {
	return [
		{ key: 'closed_cases', days: closedCaseDays(env) },
		{ key: 'hotline_calls', days: HOTLINE_CALL_DAYS },
		{ key: 'messages', days: MESSAGE_DAYS },
		{ key: 'alert_contacts', days: MESSAGE_DAYS },
		{ key: 'sign_in_codes', days: 0 },
		{ key: 'devices', days: 0 },
		{ key: 'bot_dialogues', days: 0 }
	];
}

/** How often the job runs (pg-boss cron, UTC): every hour at :17. */
export const RETENTION_CRON = '17 * * * *';
