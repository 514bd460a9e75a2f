import { getDb } from '#lib/server/db/client';
import { vacancyChoices } from '#lib/server/recruitment/recruitment.routes';
import { searchVacancies, vacancyCountries, vacancyFilterSchema } from '#lib/server/recruitment/vacancy.service';

export const load = async ({ url }) => {
	const raw = Object.fromEntries([...url.searchParams.entries()].map(([k, v]) => [k, v.slice(0, 200)]));
	const parsed = vacancyFilterSchema.safeParse(raw);
	// Odd filters are dropped rather than answered with an error: the page still lists vacancies.
	const filters = parsed.success ? parsed.data : vacancyFilterSchema.parse({ q: raw.q ?? '' });
	const db = getDb();
	const [result, choices, offered] = await Promise.all([searchVacancies(db, filters), vacancyChoices(db), vacancyCountries(db)]);
	return { filters, ...result, occupations: choices.occupations, countries: choices.countries.filter((c) => offered.includes(c.iso2)) };
};
