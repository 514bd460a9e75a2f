import { LANGUAGE_LEVELS, type IneligibleReason } from '#lib/programmes';
import type { EligibilityRules } from './programmes.table';

export interface EligibilityFacts {
	birthDate: string;
	languageLevel: (typeof LANGUAGE_LEVELS)[number];
	healthDeclared: boolean;
	previousParticipation: boolean;
}

/** Full years between a YYYY-MM-DD birth date and `on`. */
export function ageOn(birthDate: string, on: Date): number {
	const [y, m, d] = birthDate.split('-').map(Number);
	let age = on.getUTCFullYear() - y;
	if (on.getUTCMonth() + 1 < m || (on.getUTCMonth() + 1 === m && on.getUTCDate() < d)) age--;
	return age;
}

/** The published rules applied to what the person declared: eligible, or the first rule not met. */
export function checkEligibility(
	rules: EligibilityRules,
	facts: EligibilityFacts,
	on = new Date()
): { eligible: true } | { eligible: false; reason: IneligibleReason } {
	const age = ageOn(facts.birthDate, on);
	if (rules.minAge !== undefined && age < rules.minAge) return { eligible: false, reason: 'too_young' };
	if (rules.maxAge !== undefined && age > rules.maxAge) return { eligible: false, reason: 'too_old' };
	if (rules.languageLevel && LANGUAGE_LEVELS.indexOf(facts.languageLevel) < LANGUAGE_LEVELS.indexOf(rules.languageLevel))
		return { eligible: false, reason: 'language' };
	if (rules.healthDeclaration && !facts.healthDeclared) return { eligible: false, reason: 'health' };
	if (rules.excludePrevious && facts.previousParticipation) return { eligible: false, reason: 'previous_participation' };
	return { eligible: true };
}
