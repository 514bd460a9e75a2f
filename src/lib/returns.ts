/** Choices of the returnee and referral forms, shared by the server and the pages. */
export const RETURN_NEEDS = ['job', 'training', 'business', 'psychological', 'legal', 'other'] as const;
export type ReturnNeed = (typeof RETURN_NEEDS)[number];
export const RETURN_STATUSES = ['submitted', 'in_progress', 'closed'] as const;
export const REFERRAL_KINDS = ['job_placement', 'training', 'business_grant', 'psychological', 'legal_aid', 'other'] as const;
export type ReferralKind = (typeof REFERRAL_KINDS)[number];
export const REFERRAL_OUTCOMES = ['pending', 'accepted', 'completed', 'declined', 'no_answer'] as const;
export type ReferralOutcome = (typeof REFERRAL_OUTCOMES)[number];
