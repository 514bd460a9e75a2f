import { asc, eq, sql } from 'drizzle-orm';
import { tr, type Locale } from '#lib/i18n';
import type { Db } from '../db/client';
import { organisation } from '../org/org.table';
import { programme, programmeSignup } from '../programmes/programmes.table';
import { country, region } from '../reference/reference.table';

const ARRAYS = ['countries', 'regions', 'languages', 'statuses', 'missionIds', 'cohorts'] as const;

/** The draft form as the service's input (checkbox groups as lists; a phone file joins the typed list). */
export async function alertInput(data: FormData) {
	const input: Record<string, string | string[]> = {};
	const values: Record<string, string | string[]> = {};
	for (const [key, value] of data.entries()) {
		if (typeof value !== 'string') continue;
		if ((ARRAYS as readonly string[]).includes(key)) {
			const list = (input[key] as string[] | undefined) ?? [];
			list.push(value);
			input[key] = list;
		} else input[key] = value;
	}
	const file = data.get('phonesFile');
	if (file instanceof File && file.size > 0) {
		// A plain list or a CSV: any cell that looks like a phone number; the service checks each one.
		const text = file.size <= 2_000_000 ? new TextDecoder('utf-8', { fatal: false }).decode(await file.arrayBuffer()) : '';
		const cells = text
			.split(/[\r\n,;\t]+/)
			.map((c) => c.trim().replace(/^"|"$/g, ''))
			.filter((c) => /^\+?[\d\s()-]{7,20}$/.test(c));
		input.phones = [input.phones ?? '', ...cells].filter(Boolean).join('\n');
	}
	for (const [k, v] of Object.entries(input)) values[k] = k === 'phones' && typeof v === 'string' && v.length > 20_000 ? v.slice(0, 20_000) : v;
	return { input, values };
}

/** Choices for the form: destinations that have a mission, the missions, the regions, programme cohorts. */
export async function alertChoices(db: Db, locale: Locale, organisationId: string | null) {
	const [own] = organisationId ? await db.select().from(organisation).where(eq(organisation.id, organisationId)) : [];
	const missions = await db
		.select({ id: organisation.id, name: organisation.name, countryIso2: organisation.countryIso2 })
		.from(organisation)
		.where(eq(organisation.kind, 'consulate'))
		.orderBy(asc(organisation.countryIso2), asc(organisation.slug));
	const mine = own?.kind === 'consulate' ? missions.filter((m) => m.countryIso2 === own.countryIso2) : missions;
	const iso = [...new Set(mine.map((m) => m.countryIso2))];
	const countries = iso.length ? (await db.select().from(country).orderBy(asc(country.iso2))).filter((c) => iso.includes(c.iso2)) : [];
	const regions = await db.select().from(region).orderBy(asc(region.code));
	// Programme cohorts (a programme's sign-ups at one stage) for the ministry and employment centre.
	const cohorts =
		own && own.kind !== 'consulate'
			? await db
					.select({ id: programme.id, title: programme.title, stage: programmeSignup.stage, n: sql<number>`count(*)::int` })
					.from(programmeSignup)
					.innerJoin(programme, eq(programme.id, programmeSignup.programmeId))
					.groupBy(programme.id, programmeSignup.stage)
					.orderBy(asc(programme.opensAt), asc(programmeSignup.stage))
			: [];
	return {
		consulate: own?.kind === 'consulate',
		countries: countries.map((c) => ({ value: c.iso2, label: tr(c.name, locale) })).sort((a, b) => a.label.localeCompare(b.label, locale)),
		missions: mine.map((m) => ({ value: m.id, label: tr(m.name, locale) })),
		regions: regions.map((r) => ({ value: r.code, label: tr(r.name, locale) })),
		cohorts: cohorts.map((c) => ({ value: `${c.id}:${c.stage}`, label: tr(c.title, locale), stage: c.stage, n: c.n }))
	};
}
