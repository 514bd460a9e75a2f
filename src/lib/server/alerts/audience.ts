import { sql, type SQL } from 'drizzle-orm';
import type { AlertFilters } from './alerts.table';

/**
 * Everyone an alert can reach, one row per migrant account: language, region of origin, where they
 * are (their latest open consular registration), and their status (docs/decisions/0020):
 * abroad = an open registration; returned = a registration marked returned or a return request;
 * preparing = neither. People preparing count for a country they said they want to go to.
 * Set-based (hash joins, no per-person subquery), so a million people select in seconds.
 */
export const PERSON_SQL = sql`
	select u.id as user_id, coalesce(u.locale, 'ky') as locale, p.region_code, coalesce(p.desired_countries, '{}') as desired_countries,
		r.country_iso2, r.city, r.mission_id,
		case when r.id is not null then 'abroad' when ret.user_id is not null then 'returned' else 'preparing' end as status
	from auth_user u
	left join migrant_profile p on p.user_id = u.id
	left join (
		select distinct on (x.user_id) x.user_id, x.id, x.country_iso2, x.city, x.mission_id from consular_registration x
		where x.status in ('submitted', 'confirmed')
		order by x.user_id, x.created_at desc
	) r on r.user_id = u.id
	left join (
		select x.user_id from consular_registration x where x.status = 'returned'
		union select q.user_id from return_request q
	) ret on ret.user_id = u.id
	where u.kind = 'migrant'`;

/**
 * Each person's first reachable channel (channel_contact in their order), for the user ids `users`
 * selects: one DISTINCT ON over a join instead of a lookup per person.
 */
export const firstContact = (users: SQL) => sql`
	select distinct on (cc.user_id) cc.user_id, cc.channel, cc.address
	from channel_contact cc where cc.user_id in (${users})
	order by cc.user_id, cc.position`;

export const normaliseCity = (city: string) => city.trim().toLowerCase().replace(/\s+/g, ' ');

/** The WHERE clause over PERSON_SQL's columns (aliased `person`) for the filters; all combine with AND. */
export function audienceWhere(f: AlertFilters): SQL {
	const parts: SQL[] = [sql`true`];
	if (f.countries.length) {
		parts.push(
			sql`(person.country_iso2 in ${f.countries} or (person.status = 'preparing' and person.desired_countries && array[${sql.join(
				f.countries.map((c) => sql`${c}`),
				sql`, `
			)}]::text[]))`
		);
	}
	if (f.cities.length) parts.push(sql`lower(regexp_replace(trim(person.city), '\\s+', ' ', 'g')) in ${f.cities.map(normaliseCity)}`);
	if (f.regions.length) parts.push(sql`person.region_code in ${f.regions}`);
	if (f.languages.length) parts.push(sql`person.locale in ${f.languages}`);
	if (f.statuses.length) parts.push(sql`person.status in ${f.statuses}`);
	if (f.missionIds.length) parts.push(sql`person.mission_id::text in ${f.missionIds}`);
	return sql.join(parts, sql` and `);
}

export const hasAnyFilter = (f: AlertFilters) => Object.values(f).some((v) => v.length > 0);

/** A cohort is "programmeId:stage". */
export const COHORT_RE = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}):([a-z_]{2,30})$/;
export const cohortsOf = (f: AlertFilters) => f.cohorts ?? [];

/**
 * Whether the audience comes from PERSON_SQL: any filter, unless programme cohorts are chosen (then
 * the cohorts are the audience, narrowed by language and region; docs/decisions/0034).
 */
export const personFiltered = (f: AlertFilters) => hasAnyFilter(f) && cohortsOf(f).length === 0;

/**
 * The sign-ups of the chosen programme cohorts, one row per phone: the account when the person has
 * one (linked to the sign-up or with the same phone), else the phone alone; their language is the
 * account's, or the one they signed up in. Language and region filters narrow it.
 */
export function cohortSql(f: AlertFilters): SQL {
	const cohorts = cohortsOf(f);
	const lang = f.languages.length ? sql`and c.locale in ${f.languages}` : sql``;
	const regions = f.regions.length ? sql`and s.region_code in ${f.regions}` : sql``;
	return sql`
		select c.user_id, c.phone, c.locale from (
			select distinct on (s.phone) coalesce(ua.id, up.id) as user_id, s.phone, coalesce(ua.locale, up.locale, s.locale) as locale
			from programme_signup s
			left join auth_user ua on ua.id = s.user_id
			left join auth_user up on s.user_id is null and up.phone_number = s.phone
			where (s.programme_id::text || ':' || s.stage) in ${cohorts.length ? cohorts : ['-']} ${regions}
			order by s.phone, s.created_at
		) c where true ${lang}`;
}
