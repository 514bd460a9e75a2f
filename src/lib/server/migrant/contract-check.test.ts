import { describe, expect, it } from 'vitest';
import { checkContract, runContractCheck, type ContractInput } from './contract-check';

const fair: ContractInput = {
	employer: 'Farm Ltd',
	agency: '',
	country: 'GB',
	wage: 13,
	currency: 'GBP',
	period: 'hour',
	hoursPerWeek: 40,
	deductions: 0,
	feesPaid: 0,
	passportKeptBy: 'me',
	copyInMyLanguage: 'yes'
};

describe('contract check', () => {
	it('finds nothing wrong in a fair offer', () => {
		expect(checkContract(fair)).toEqual([]);
	});
	it('flags fees, passport retention, low pay, no copy, long hours and heavy deductions', () => {
		const flags = checkContract({
			...fair,
			wage: 1500,
			period: 'month',
			hoursPerWeek: 72,
			feesPaid: 500,
			passportKeptBy: 'employer',
			copyInMyLanguage: 'no',
			deductions: 600
		});
		expect(flags.map((f) => f.code)).toEqual(['fees', 'passport', 'below_minimum', 'no_copy', 'long_hours', 'deductions']);
	});
	it('compares with the minimum only in the same currency and where it is known', () => {
		expect(checkContract({ ...fair, wage: 5, currency: 'USD' })).toEqual([]);
		expect(checkContract({ ...fair, country: 'RU', currency: 'RUB', wage: 1 })).toEqual([]);
	});
	it('refuses nonsense with field errors', () => {
		expect(
			runContractCheck({ country: 'Narnia', wage: '-5', currency: 'x', period: 'year', hoursPerWeek: '200', passportKeptBy: 'cat', copyInMyLanguage: 'maybe' })
		).toEqual({
			ok: false,
			errors: {
				country: 'error_country',
				wage: 'error_amount',
				currency: 'error_choose_one',
				period: 'error_choose_one',
				hoursPerWeek: 'error_hours',
				passportKeptBy: 'error_choose_one',
				copyInMyLanguage: 'error_choose_one'
			}
		});
	});
});
