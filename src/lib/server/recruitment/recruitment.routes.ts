import type { Db } from '../db/client';
import { listCountries, listOccupations } from '../reference/reference.repository';
import { COMMON_CURRENCIES } from '../reference/reference.seed';
import { formValues } from '../validation';
import type { vacancy } from './recruitment.table';

/** The vacancy form as the service's input (languages come from a checkbox group). */
export function vacancyInput(data: FormData) {
	const values = formValues(data);
	const languages = data.getAll('languages').filter((v): v is string => typeof v === 'string');
	return { input: { ...values, languages }, values: { ...values, languages: languages.join(',') } };
}

/** Choices the vacancy form offers. */
export async function vacancyChoices(db: Db) {
	const [countries, occupations] = await Promise.all([listCountries(db), listOccupations(db)]);
	return {
		countries: countries.map((c) => ({ iso2: c.iso2, name: c.name })),
		occupations: occupations.map((o) => ({ code: o.code, name: o.name })),
		currencies: COMMON_CURRENCIES
	};
}

/** A stored vacancy as the form's values (the inverse of vacancyInput). */
export function vacancyFormValues(v: typeof vacancy.$inferSelect): Record<string, string> {
	const text = (value: string | number | null) => (value === null ? '' : String(value));
	return {
		title: v.title,
		description: v.description,
		employerName: v.employerName,
		countryIso2: v.countryIso2,
		city: v.city,
		sector: v.sector,
		occupationCode: v.occupationCode,
		salaryMin: v.salaryMin,
		salaryMax: text(v.salaryMax),
		currency: v.currency,
		payPeriod: v.payPeriod,
		hoursPerWeek: text(v.hoursPerWeek),
		housing: v.housing,
		contractMonths: text(v.contractMonths),
		workerFee: Number(v.workerFee) ? v.workerFee : '',
		workerFeeNote: text(v.workerFeeNote),
		languages: v.languages.join(','),
		places: text(v.places),
		programme: text(v.programme),
		closesOn: text(v.closesOn)
	};
}

/** Only employment centres offer state programmes. */
export const offersProgrammes = (viewer: App.Locals['viewer']) => viewer?.organisation?.kind === 'employment_centre';
