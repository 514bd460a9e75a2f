import { getDb } from '#lib/server/db/client';
import { searchBlacklist } from '#lib/server/employers/employers.service';
import { listCountries } from '#lib/server/reference/reference.repository';

export const load = async ({ url }) => {
	const q = (url.searchParams.get('q') ?? '').trim().slice(0, 200);
	const country = (url.searchParams.get('country') ?? '').trim().slice(0, 2).toUpperCase();
	const db = getDb();
	const [results, countries] = await Promise.all([searchBlacklist(db, { q, country }), listCountries(db)]);
	return { q, country, results, countries: countries.map((c) => ({ iso2: c.iso2, name: c.name })) };
};
