/** Case choices shared by pages and the server (docs/decisions/0012). */

/** Largest attachment, from staff or from the person (PDF, JPEG, PNG). */
export const MAX_ATTACHMENT_MB = 5;
/** The file picker's filter for those types (the server checks the bytes themselves). */
export const ATTACHMENT_ACCEPT = '.pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png';

/** What happened (the help request's first question). */
export const CASE_TYPES = [
	'unpaid_wages',
	'passport_taken',
	'abuse',
	'detention',
	'accident_health',
	'death_repatriation',
	'missing_person',
	'recruiter_deception',
	'other'
] as const;
export type CaseType = (typeof CASE_TYPES)[number];

export const URGENCIES = ['critical', 'high', 'normal', 'low'] as const;
export type Urgency = (typeof URGENCIES)[number];

/** Who may read the encrypted fields (docs/decisions/0012): standard → every case role, restricted → supervisor and assignee, strict → supervisor. */
export const CONFIDENTIALITY = ['standard', 'restricted', 'strict'] as const;
export type Confidentiality = (typeof CONFIDENTIALITY)[number];

export const CASE_STATUSES = ['new', 'in_progress', 'closed'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const OUTCOMES = ['wages_recovered', 'documents_returned', 'repatriated', 'referred_to_police', 'referred_to_service', 'closed_without_result'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** The person may reopen a closed request from the tracking page for this many days after it closed. */
export const PERSON_REOPEN_DAYS = 30;

/** Short screening questions; any "yes" flags trafficking indicators. */
export const SCREENING = ['cannot_leave', 'documents_held', 'debt_bondage', 'threats', 'deceived_about_work'] as const;
export type Screening = (typeof SCREENING)[number];

/** Steps of the national referral mechanism for victims of trafficking (Government Resolution No. 493, 2019; seed 002). */
export const NRM_STEPS = ['identify', 'safety', 'refer', 'assist', 'police'] as const;
export type NrmStep = (typeof NRM_STEPS)[number];
