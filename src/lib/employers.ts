/** Black-list vocabularies shared by the tables, services and pages. */
export const BLACKLIST_REASONS = [
	'unpaid_wages',
	'passport_confiscation',
	'unsafe_work',
	'trafficking_indicators',
	'deception',
	'violence',
	'illegal_fees',
	'other'
] as const;
export type BlacklistReason = (typeof BLACKLIST_REASONS)[number];

export const EVIDENCE_KINDS = ['document', 'testimony', 'inspection', 'other'] as const;

export const PROCEEDING_STATES = ['review', 'notified', 'awaiting_decision', 'listed', 'dismissed', 'appealed', 'delisted'] as const;
export type ProceedingState = (typeof PROCEEDING_STATES)[number];

export const PROCEEDING_EVENTS = [
	'opened',
	'report_linked',
	'evidence',
	'notified',
	'replied',
	'submitted',
	'listed',
	'dismissed',
	'appealed',
	'appeal_upheld',
	'delisted'
] as const;
export type ProceedingEventKind = (typeof PROCEEDING_EVENTS)[number];

/** Days the employer has to answer a notice. */
export const REPLY_DAYS = 14;
