import { z } from 'zod';
import { validate, type Validated } from '../validation';

/**
 * Legal minimum wages known to Sapar (per hour), each with its source. Facts from general knowledge:
 * they stay flagged for review like the guides they come from.
 */
export const MINIMUM_WAGES: Record<string, { perHour: number; currency: string; source: string; needsReview: boolean }> = {
	KR: { perHour: 10_320, currency: 'KRW', source: 'Minimum Wage Act (Republic of Korea), 2026 rate', needsReview: true },
	GB: { perHour: 12.71, currency: 'GBP', source: 'GOV.UK National Living Wage from April 2026 (21 and over)', needsReview: true },
	DE: { perHour: 13.9, currency: 'EUR', source: 'Mindestlohngesetz (Germany), 2026 rate', needsReview: true }
};

const money = z.coerce.number({ error: 'error_amount' }).min(0, { error: 'error_amount' }).max(1e9, { error: 'error_amount' });

export const contractSchema = z.object({
	employer: z.string().trim().max(200, { error: 'error_too_long' }).optional().default(''),
	agency: z.string().trim().max(200, { error: 'error_too_long' }).optional().default(''),
	country: z
		.string()
		.trim()
		.toUpperCase()
		.regex(/^[A-Z]{2}$/, { error: 'error_country' }),
	wage: money.refine((v) => v > 0, { error: 'error_amount' }),
	currency: z
		.string()
		.trim()
		.toUpperCase()
		.regex(/^[A-Z]{3}$/, { error: 'error_choose_one' }),
	period: z.enum(['hour', 'month'], { error: 'error_choose_one' }),
	hoursPerWeek: z.coerce.number({ error: 'error_hours' }).int({ error: 'error_hours' }).min(1, { error: 'error_hours' }).max(112, { error: 'error_hours' }),
	deductions: money.optional().default(0),
	feesPaid: money.optional().default(0),
	passportKeptBy: z.enum(['me', 'employer', 'agency'], { error: 'error_choose_one' }),
	copyInMyLanguage: z.enum(['yes', 'no'], { error: 'error_choose_one' })
});
export type ContractInput = z.output<typeof contractSchema>;

export type FlagCode =
	'fees' | 'passport' | 'below_minimum' | 'no_copy' | 'long_hours' | 'deductions' | 'unlicensed_agency' | 'agency_country' | 'blacklisted_employer';
export interface Flag {
	code: FlagCode;
	/** details for the message (e.g. the minimum wage) */
	data?: Record<string, string | number>;
}

const WEEKS_PER_MONTH = 52 / 12;

/** Red flags in an offer, most serious first. Pure: nothing is stored. */
export function checkContract(input: ContractInput): Flag[] {
	const flags: Flag[] = [];
	if (input.feesPaid > 0) flags.push({ code: 'fees', data: { amount: input.feesPaid, currency: input.currency } });
	if (input.passportKeptBy !== 'me') flags.push({ code: 'passport' });
	const minimum = MINIMUM_WAGES[input.country];
	if (minimum && minimum.currency === input.currency) {
		const hourly = input.period === 'hour' ? input.wage : input.wage / (input.hoursPerWeek * WEEKS_PER_MONTH);
		if (hourly < minimum.perHour) {
			flags.push({
				code: 'below_minimum',
				data: { minimum: minimum.perHour, currency: minimum.currency, hourly: Math.round(hourly * 100) / 100, source: minimum.source }
			});
		}
	}
	if (input.copyInMyLanguage === 'no') flags.push({ code: 'no_copy' });
	if (input.hoursPerWeek > 60) flags.push({ code: 'long_hours', data: { hours: input.hoursPerWeek } });
	const monthly = input.period === 'month' ? input.wage : input.wage * input.hoursPerWeek * WEEKS_PER_MONTH;
	if (input.deductions > 0.3 * monthly) flags.push({ code: 'deductions' });
	return flags;
}

export function runContractCheck(values: unknown): Validated<{ flags: Flag[]; minimumKnown: boolean }> {
	const parsed = validate(contractSchema, values);
	if (!parsed.ok) return parsed;
	return { ok: true, data: { flags: checkContract(parsed.data), minimumKnown: !!MINIMUM_WAGES[parsed.data.country] } };
}
