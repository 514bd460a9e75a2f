/** Programme intake choices shared by the server and the pages (issue 17, part 1). */
export const PROGRAMME_STAGES = ['registered', 'eligible', 'not_eligible', 'invited', 'selected', 'departed'] as const;
export type ProgrammeStage = (typeof PROGRAMME_STAGES)[number];
export const SELECTION_METHODS = ['first_come', 'lottery'] as const;
export type SelectionMethod = (typeof SELECTION_METHODS)[number];
/** Self-declared level in the destination's working language, lowest first. */
export const LANGUAGE_LEVELS = ['none', 'basic', 'intermediate', 'advanced'] as const;
export type LanguageLevel = (typeof LANGUAGE_LEVELS)[number];
/** Why a sign-up is not eligible (message keys programme_reason_<reason>). */
export const INELIGIBLE_REASONS = ['too_young', 'too_old', 'language', 'health', 'previous_participation', 'check_failed'] as const;
export type IneligibleReason = (typeof INELIGIBLE_REASONS)[number];
export const SLOT_KINDS = ['document_check', 'test'] as const;
export type SlotKind = (typeof SLOT_KINDS)[number];
export const CHECK_RESULTS = ['passed', 'failed', 'absent'] as const;
export type CheckResult = (typeof CHECK_RESULTS)[number];
/** Reference numbers: PR-<year>-<6+ digits>. */
export const REFERENCE = /^PR-\d{4}-\d{6,}$/;
