/**
 * Agency check and vacancy search with 10,000 synthetic agencies (one licence each, in every status)
 * and 100,000 synthetic vacancies, and the employer black list with 20,000 employers (a third listed).
 * Prints p50/p95/p99 per query kind; target p95 ≤ 30 ms.
 * The data is kept in .data/bench-recruitment between runs.
 */
import { sql } from 'drizzle-orm';
import { startEmbedded } from '#lib/server/db/embedded';
import { measure as timed } from './measure';

const AGENCIES = Number(process.env.BENCH_AGENCIES ?? 10_000);
const VACANCIES = Number(process.env.BENCH_VACANCIES ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 40);
const measure = (label: string, calls: (() => Promise<unknown>)[]) => timed(label, calls, RUNS);

const embedded = process.env.DATABASE_URL ? undefined : await startEmbedded('.data/bench-recruitment', 'sapar_bench', 5437);
if (embedded) process.env.DATABASE_URL = embedded.url;
process.env.LOG_LEVEL ??= 'warn';

const { getDb, closeDb } = await import('#lib/server/db/client');
const { prepareDatabase } = await import('#lib/server/db/setup');
const { organisation } = await import('#lib/server/org/org.table');
const { agency, licence, vacancy } = await import('#lib/server/recruitment/recruitment.table');
const { agencySearchText, findAgencies, licenceKey } = await import('#lib/server/recruitment/agency.service');
const { searchVacancies, vacancyCountries, vacancyFilterSchema, vacancySearchText } = await import('#lib/server/recruitment/vacancy.service');
const { addDays, addYear, today } = await import('#lib/server/recruitment/licence-status');
const { employer, employerProceeding } = await import('#lib/server/employers/employers.table');
const { employerKey, employerFlag, employerSearchText, searchBlacklist } = await import('#lib/server/employers/employers.service');

const db = getDb();
await prepareDatabase(db, { demo: false });

const SYLLABLES = [
	'ак',
	'жол',
	'кадр',
	'эл',
	'ара',
	'тез',
	'жумуш',
	'нур',
	'сапар',
	'тал',
	'ай',
	'бек',
	'кут',
	'мол',
	'берекe',
	'ишкер',
	'глобал',
	'трейд',
	'персонал',
	'экспорт'
];
const pick = <T>(list: readonly T[]) => list[Math.floor(Math.random() * list.length)];
const nameOf = (i: number) => `${pick(SYLLABLES)} ${pick(SYLLABLES)} ${pick(SYLLABLES)} ${i}`;
const COUNTRIES = ['RU', 'KZ', 'KR', 'GB', 'TR', 'DE', 'JP', 'LV', 'SK', 'BH'];
const CITIES: Record<string, string[]> = {
	RU: ['Москва', 'Казань', 'Екатеринбург'],
	KZ: ['Алматы', 'Астана'],
	KR: ['Ansan', 'Incheon'],
	GB: ['Kent', 'Hereford'],
	TR: ['Istanbul'],
	DE: ['Berlin'],
	JP: ['Osaka'],
	LV: ['Riga'],
	SK: ['Bratislava'],
	BH: ['Manama']
};
const SECTORS = ['agriculture', 'construction', 'manufacturing', 'hospitality', 'care', 'transport', 'retail', 'cleaning', 'other'] as const;
const TITLES = ['Бетончу', 'Сварщик', 'Тигүүчү', 'Повар', 'Водитель', 'Picker', 'Cleaner', 'Caregiver', 'Складчик', 'Официант'];

const [{ n }] = (await db.execute<{ n: number }>(sql`select count(*)::int as n from agency where tax_number like '9%'`)).rows;
if (n < AGENCIES) {
	const started = performance.now();
	const day = today();
	const states = ['active', 'active', 'active', 'suspended', 'revoked'] as const;
	const agencyIds: string[] = [];
	for (let i = n; i < AGENCIES; i += 500) {
		const batch = Array.from({ length: Math.min(500, AGENCIES - i) }, (_, k) => i + k);
		const orgs = await db
			.insert(organisation)
			.values(batch.map((j) => ({ slug: `bench-agency-${j}`, kind: 'agency' as const, name: { ky: nameOf(j) }, countryIso2: 'KG' })))
			.returning({ id: organisation.id, name: organisation.name });
		const rows = orgs.map((o, k) => {
			const tax = `9${String(batch[k]).padStart(13, '0')}`;
			return { organisationId: o.id, taxNumber: tax, name: o.name.ky!, address: 'Бишкек', searchText: agencySearchText(o.name.ky!, tax, [`BA-${batch[k]}`]) };
		});
		await db.insert(agency).values(rows);
		await db.insert(licence).values(
			orgs.map((o, k) => {
				const issuedOn = addDays(day, -Math.floor(Math.random() * 500));
				const state = pick(states);
				return {
					agencyId: o.id,
					number: `BA-${batch[k]}`,
					numberKey: licenceKey(`BA-${batch[k]}`),
					issuedOn,
					expiresOn: addYear(issuedOn),
					countries: [pick(COUNTRIES), pick(COUNTRIES), 'RU'].filter((c, x, all) => all.indexOf(c) === x),
					depositAmount: '100000',
					depositCurrency: 'KGS',
					state,
					suspendedUntil: state === 'suspended' ? addDays(day, 30) : null
				};
			})
		);
		agencyIds.push(...orgs.map((o) => o.id));
	}
	for (let i = 0; i < VACANCIES; i += 2000) {
		await db.insert(vacancy).values(
			Array.from({ length: Math.min(2000, VACANCIES - i) }, () => {
				const country = pick(COUNTRIES);
				const title = `${pick(TITLES)} ${pick(TITLES)}`;
				const city = pick(CITIES[country]);
				const salary = 20000 + Math.floor(Math.random() * 200000);
				return {
					organisationId: pick(agencyIds),
					title,
					description: 'Synthetic vacancy for the benchmark.',
					employerName: nameOf(i),
					countryIso2: country,
					city,
					sector: pick(SECTORS),
					occupationCode: String(Math.floor(Math.random() * 10)),
					salaryMin: String(salary),
					currency: 'RUB',
					payPeriod: 'month' as const,
					monthlyMin: String(salary),
					hoursPerWeek: 40,
					housing: 'free' as const,
					contractMonths: 12,
					languages: ['ru'],
					searchText: vacancySearchText({ title, employerName: '', city, description: '' }),
					createdAt: new Date(Date.now() - Math.floor(Math.random() * 90 * 86_400_000))
				};
			})
		);
	}
	for (const table of ['agency', 'licence', 'vacancy', 'organisation']) await db.execute(sql.raw(`vacuum analyze ${table}`));
	console.log(`generated ${AGENCIES - n} agencies and ${VACANCIES} vacancies in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
const counts = (await db.execute<{ a: number; v: number }>(sql`select (select count(*) from agency)::int as a, (select count(*) from vacancy)::int as v`))
	.rows[0];

// Black list: EMPLOYERS employers, each with a proceeding (about a third listed).
const EMPLOYERS = Number(process.env.BENCH_EMPLOYERS ?? 20_000);
const [{ e }] = (await db.execute<{ e: number }>(sql`select count(*)::int as e from employer where key like 'bench|%'`)).rows;
if (e < EMPLOYERS) {
	const [ministry] = await db
		.insert(organisation)
		.values({ slug: `bench-ministry-${Date.now()}`, kind: 'ministry', name: { ky: 'Bench ministry' }, countryIso2: 'KG' })
		.returning({ id: organisation.id });
	const states = ['listed', 'review', 'dismissed'] as const;
	for (let i = e; i < EMPLOYERS; i += 1000) {
		const batch = Array.from({ length: Math.min(1000, EMPLOYERS - i) }, (_, k) => i + k);
		const rows = batch.map((j) => {
			const countryIso2 = COUNTRIES[j % COUNTRIES.length];
			const city = CITIES[countryIso2][j % CITIES[countryIso2].length];
			const name = `${nameOf(j)} LLC`;
			return { name, countryIso2, city, key: `bench|${employerKey(name, countryIso2, city)}`, searchText: employerSearchText(name, city) };
		});
		const made = await db.insert(employer).values(rows).returning({ id: employer.id });
		await db.insert(employerProceeding).values(
			made.map((m, k) => {
				const state = states[batch[k] % 3];
				return {
					number: `BL-BENCH-${batch[k]}`,
					employerId: m.id,
					organisationId: ministry.id,
					state,
					reasons: ['unpaid_wages'],
					summary: 'Bench',
					listedOn: state === 'listed' ? addDays(today(), -(batch[k] % 700)) : null
				};
			})
		);
	}
}

// The words of agency names join the search vocabulary (as registerAgency does), for typo matching.
await db.execute(
	sql`insert into search_word (word) select distinct w from agency, unnest(string_to_array(search_text, ' ')) w where length(w) between 2 and 40 and w !~ '[0-9]' on conflict do nothing`
);
// Left by runs from before digits were kept out of the vocabulary: drop them and rebuild the index.
if ((await db.execute(sql`delete from search_word where word ~ '[0-9]'`)).rowCount) await db.execute(sql`reindex table search_word`);

const f = (o: Record<string, string>) => vacancyFilterSchema.parse(o);
console.log(`agencies: ${counts.a}, vacancies: ${counts.v}, employers on the black-list desk: ${EMPLOYERS}; ${RUNS} runs of each query`);
await measure(
	'agency by name, Cyrillic',
	['ак жол', 'сапар ишкер', 'глобал трейд', 'нур бек'].map((q) => () => findAgencies(db, q))
);
await measure(
	'agency by name, Latin',
	['ak jol', 'sapar ishker', 'global treid', 'nur bek'].map((q) => () => findAgencies(db, q))
);
await measure(
	'agency by name, typo',
	['sapar ishkr', 'globl treid'].map((q) => () => findAgencies(db, q))
);
await measure(
	'agency by licence / tax number',
	['BA-4242', 'ва-777', '90000000001234'].map((q) => () => findAgencies(db, q))
);
await measure('vacancies, no filter', [() => searchVacancies(db, f({}))]);
await measure(
	'vacancies by country',
	COUNTRIES.slice(0, 4).map((c) => () => searchVacancies(db, f({ country: c })))
);
await measure(
	'vacancies, country+sector+salary',
	COUNTRIES.slice(0, 4).map((c) => () => searchVacancies(db, f({ country: c, sector: 'construction', minSalary: '150000' })))
);
await measure('vacancies, words + city', [
	() => searchVacancies(db, f({ q: 'svarshik', city: 'moskva' })),
	() => searchVacancies(db, f({ q: 'повар', country: 'KZ' }))
]);
await measure('countries offered (filter)', [() => vacancyCountries(db)]);
await measure('vacancies, page 20', [() => searchVacancies(db, f({ country: 'RU', page: '20' }))]);
await measure('black list, no filter', [() => searchBlacklist(db, {})]);
await measure(
	'black list, words',
	['ак жол', 'sapar ishker', 'trejd 42'].map((q) => () => searchBlacklist(db, { q }))
);
await measure(
	'black list, country + words',
	COUNTRIES.slice(0, 3).map((c) => () => searchBlacklist(db, { q: 'nur', country: c }))
);
await measure('contract check employer flag', [() => employerFlag(db, 'Ак Жол Тез 77 LLC', 'RU'), () => employerFlag(db, 'Unknown Employer Ltd', 'KR')]);

await closeDb();
await embedded?.stop();
