import { error } from '@sveltejs/kit';
import { getDb } from '#lib/server/db/client';
import { publicAgency } from '#lib/server/recruitment/agency.service';
import { listCountries } from '#lib/server/reference/reference.repository';

export const load = async ({ params }) => {
	const db = getDb();
	const found = await publicAgency(db, params.key);
	if (!found) error(404, 'Not found');
	const countries = await listCountries(db);
	return { agency: found, countryNames: Object.fromEntries(countries.map((c) => [c.iso2, c.name])) };
};
