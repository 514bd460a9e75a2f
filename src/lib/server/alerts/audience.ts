import { sql, type SQL } from 'drizzle-orm';
import type { AlertFilters } from './alerts.table';

/**
 * Everyone an alert can reach, one row per migrant account: language, region of origin, where they
 * are (their latest open consular registration), and their status (docs/decisions/0020):
 * abroad = an open registration; returned = a registration marked returned or a return request;
 * preparing = neither. People preparing count for a country they said they want to go to.
 */
export const PERSON_SQL = sql`
	select u.id as user_id, coalesce(u.locale, 'ky') as locale, p.region_code, coalesce(p.desired_countries, '{}') as desired_countries,
		r.country_iso2, r.city, r.mission_id,
		case when r.id is not null then 'abroad'
			when exists (select 1 from consular_registration x where x.user_id = u.id and x.status = 'returned')
				or exists (select 1 from return_request q where q.user_id = u.id) then 'returned'
			else 'preparing' end as status
	from auth_user u
	left join migrant_profile p on p.user_id = u.id
	left join lateral (
		select x.id, x.country_iso2, x.city, x.mission_id from consular_registration x
		where x.user_id = u.id and x.status in ('submitted', 'confirmed')
		order by x.created_at desc limit 1
	) r on true
	where u.kind = 'migrant'`;

export const normaliseCity = (city: string) => city.trim().toLowerCase().replace(/\s+/g, ' ');

/** The WHERE clause over PERSON_SQL's columns (aliased `person`) for the filters; all combine with AND. */
export function audienceWhere(f: AlertFilters): SQL {
	const parts: SQL[] = [sql`true`];
	if (f.countries.length) {
		parts.push(sql`(person.country_iso2 in ${f.countries} or (person.status = 'preparing' and person.desired_countries && array[${sql.join(
			f.countries.map((c) => sql`${c}`),
			sql`, `
		)}]::text[]))`);
	}
	if (f.cities.length) parts.push(sql`lower(regexp_replace(trim(person.city), '\\s+', ' ', 'g')) in ${f.cities.map(normaliseCity)}`);
	if (f.regions.length) parts.push(sql`person.region_code in ${f.regions}`);
	if (f.languages.length) parts.push(sql`person.locale in ${f.languages}`);
	if (f.statuses.length) parts.push(sql`person.status in ${f.statuses}`);
	if (f.missionIds.length) parts.push(sql`person.mission_id::text in ${f.missionIds}`);
	return sql.join(parts, sql` and `);
}

export const hasAnyFilter = (f: AlertFilters) => Object.values(f).some((v) => v.length > 0);
