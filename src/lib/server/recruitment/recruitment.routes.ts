import type { Db } from '../db/client';
import { listCountries, listOccupations } from '../reference/reference.repository';
import { COMMON_CURRENCIES } from '../reference/reference.seed';
import { formValues } from '../validation';

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
