import { eq, inArray } from 'drizzle-orm';
import type { Db } from '../db/client';
import { organisation } from '../org/org.table';
import { findOrganisationBySlug } from '../org/org.repository';
import { indexWords } from '../portal/search';
import { agencySearchText, licenceKey } from './agency.service';
import { vacancySearchText } from './vacancy.service';
import { addDays, addYear, today } from './licence-status';
import { agency, licence, licenceEvent, vacancy } from './recruitment.table';

/**
 * Demo register for development and tests: invented agencies (every name says "Demo"), one in each
 * licence status, and a few vacancies. Seed 004 says only four private agencies held licences; their
 * names are not in the seeds, so none is invented here. Dates are relative to the day of loading.
 */
interface DemoAgency {
	slug: string;
	name: string;
	taxNumber: string;
	licence?: { number: string; issuedDaysAgo: number; countries: string[]; state?: 'suspended' | 'revoked'; reason?: string };
}

const AGENCIES: DemoAgency[] = [
	{
		slug: 'demo-agency',
		name: 'Демо ишке орноштуруу агенттиги / Demo Recruitment Agency',
		taxNumber: '02401200010017',
		licence: { number: 'ЛА-2026-001', issuedDaysAgo: 60, countries: ['GB', 'KR', 'KZ', 'RU'] }
	},
	{
		slug: 'demo-agency-suspended',
		name: 'Демо Ак Жол Кадр / Demo Ak Jol Kadr',
		taxNumber: '02401200010025',
		licence: {
			number: 'ЛА-2026-002',
			issuedDaysAgo: 120,
			countries: ['RU', 'TR'],
			state: 'suspended',
			reason: 'Demo: workers charged placement fees (inspection finding).'
		}
	},
	{
		slug: 'demo-agency-revoked',
		name: 'Демо Тез Жумуш / Demo Tez Jumush',
		taxNumber: '02401200010033',
		licence: { number: 'ЛА-2025-014', issuedDaysAgo: 200, countries: ['RU'], state: 'revoked', reason: 'Demo: passports of workers retained.' }
	},
	{
		slug: 'demo-agency-expired',
		name: 'Демо Эл Аралык Эмгек / Demo El Aralyk Emgek',
		taxNumber: '02401200010041',
		licence: { number: 'ЛА-2024-007', issuedDaysAgo: 400, countries: ['KZ'] }
	},
	{
		slug: 'demo-agency-expiring',
		name: 'Демо Сапар Тревел / Demo Sapar Travel',
		taxNumber: '02401200010059',
		licence: { number: 'ЛА-2025-031', issuedDaysAgo: 345, countries: ['DE', 'GB'] }
	},
	{ slug: 'demo-agency-unlicensed', name: 'Демо Жаңы Агенттик / Demo New Agency', taxNumber: '02401200010067' }
];

export async function loadRecruitmentDemo(db: Db): Promise<void> {
	const first = await findOrganisationBySlug(db, 'demo-agency');
	if (!first) return;
	const [done] = await db.select({ id: agency.organisationId }).from(agency).where(eq(agency.organisationId, first.id));
	if (done) return; // loaded before: keep what people changed
	const day = today();
	await db.transaction(async (tx) => {
		for (const a of AGENCIES) {
			let [org] = await tx.select({ id: organisation.id }).from(organisation).where(eq(organisation.slug, a.slug));
			if (!org) {
				[org] = await tx
					.insert(organisation)
					.values({ slug: a.slug, kind: 'agency', name: { ky: a.name, ru: a.name, en: a.name }, countryIso2: 'KG', needsReview: true })
					.returning({ id: organisation.id });
			}
			await tx.insert(agency).values({
				organisationId: org.id,
				taxNumber: a.taxNumber,
				name: a.name,
				address: 'Бишкек ш., Чүй пр. 1 (demo)',
				phone: '+996312000000',
				email: `${a.slug}@sapar.test`,
				branches: a.slug === 'demo-agency' ? [{ city: 'Ош', address: 'Ленин көч. 1 (demo)' }] : [],
				searchText: agencySearchText(a.name, a.taxNumber, a.licence ? [a.licence.number] : [])
			});
			await indexWords(tx, [agencySearchText(a.name, a.taxNumber, a.licence ? [a.licence.number] : [])]);
			if (!a.licence) continue;
			const issuedOn = addDays(day, -a.licence.issuedDaysAgo);
			const expiresOn = addYear(issuedOn);
			const suspendedUntil = a.licence.state === 'suspended' ? addDays(day, 60) : null;
			const [l] = await tx
				.insert(licence)
				.values({
					agencyId: org.id,
					number: a.licence.number,
					numberKey: licenceKey(a.licence.number),
					issuedOn,
					expiresOn,
					countries: a.licence.countries,
					depositAmount: '500000.00',
					depositCurrency: 'KGS',
					state: a.licence.state ?? 'active',
					suspendedUntil,
					stateReason: a.licence.reason ?? null
				})
				.returning({ id: licence.id });
			await tx.insert(licenceEvent).values({ licenceId: l.id, kind: 'issued', untilDate: expiresOn, at: new Date(`${issuedOn}T09:00:00Z`) });
			if (a.licence.state) {
				await tx.insert(licenceEvent).values({
					licenceId: l.id,
					kind: a.licence.state,
					reason: a.licence.reason,
					untilDate: suspendedUntil,
					at: new Date(`${addDays(day, -10)}T09:00:00Z`)
				});
			}
		}
		// One query: a transaction's client runs one statement at a time.
		const found = await tx
			.select({ id: organisation.id, slug: organisation.slug })
			.from(organisation)
			.where(inArray(organisation.slug, ['demo-agency', 'demo-agency-suspended', 'ceca-bishkek']));
		const ids: Record<string, string | undefined> = Object.fromEntries(found.map((o) => [o.slug, o.id]));
		const base = {
			description:
				'Келишим орус жана кыргыз тилдеринде; жол киреси иш берүүчүнүн эсебинен. / Договор на русском и кыргызском языках; дорогу оплачивает работодатель.',
			languages: ['ru'],
			places: 10
		};
		const rows: (typeof vacancy.$inferInsert)[] = [];
		if (ids['demo-agency']) {
			rows.push(
				{
					...base,
					organisationId: ids['demo-agency'],
					title: 'Бетончу / Concrete worker',
					employerName: 'Demo StroyMontazh LLC',
					countryIso2: 'RU',
					city: 'Москва',
					sector: 'construction',
					occupationCode: '7',
					salaryMin: '90000',
					salaryMax: '120000',
					currency: 'RUB',
					payPeriod: 'month',
					monthlyMin: '90000',
					hoursPerWeek: 40,
					housing: 'free',
					contractMonths: 12,
					searchText: ''
				},
				{
					...base,
					organisationId: ids['demo-agency'],
					title: 'Тигүүчү / Sewing machine operator',
					employerName: 'Demo Textile Almaty',
					countryIso2: 'KZ',
					city: 'Алматы',
					sector: 'manufacturing',
					occupationCode: '8',
					salaryMin: '250000',
					salaryMax: null,
					currency: 'KZT',
					payPeriod: 'month',
					monthlyMin: '250000',
					hoursPerWeek: 44,
					housing: 'paid',
					contractMonths: 6,
					workerFee: '15000',
					workerFeeNote: 'Medical examination and translation of documents',
					searchText: ''
				}
			);
		}
		if (ids['demo-agency-suspended']) {
			rows.push({
				...base,
				organisationId: ids['demo-agency-suspended'],
				title: 'Склад / Warehouse worker',
				employerName: 'Demo Logistics',
				countryIso2: 'RU',
				city: 'Казань',
				sector: 'transport',
				occupationCode: '9',
				salaryMin: '70000',
				salaryMax: null,
				currency: 'RUB',
				payPeriod: 'month',
				monthlyMin: '70000',
				hoursPerWeek: 48,
				housing: 'none',
				contractMonths: 6,
				searchText: ''
			});
		}
		if (ids['ceca-bishkek']) {
			rows.push(
				{
					...base,
					organisationId: ids['ceca-bishkek'],
					programme: 'eps_korea',
					title: 'EPS: өндүрүш жумушчусу / Manufacturing worker (EPS)',
					employerName: 'Employers in the Republic of Korea (EPS matching)',
					countryIso2: 'KR',
					city: 'Gyeonggi-do',
					sector: 'manufacturing',
					occupationCode: '8',
					salaryMin: '10030',
					salaryMax: null,
					currency: 'KRW',
					payPeriod: 'hour',
					monthlyMin: ((10030 * 40 * 52) / 12).toFixed(2),
					hoursPerWeek: 40,
					housing: 'paid',
					contractMonths: 36,
					languages: ['ko'],
					places: 200,
					searchText: ''
				},
				{
					...base,
					organisationId: ids['ceca-bishkek'],
					programme: 'uk_seasonal',
					title: 'Сезондук жумуш: жашылча-жемиш / Seasonal fruit picker',
					employerName: 'UK Seasonal Worker scheme farms (via AGRI-HR, seed 002)',
					countryIso2: 'GB',
					city: 'Kent',
					sector: 'agriculture',
					occupationCode: '9',
					salaryMin: '12.21',
					salaryMax: null,
					currency: 'GBP',
					payPeriod: 'hour',
					monthlyMin: ((12.21 * 39 * 52) / 12).toFixed(2),
					hoursPerWeek: 39,
					housing: 'paid',
					contractMonths: 6,
					languages: ['en', 'ru'],
					places: 100,
					searchText: ''
				}
			);
		}
		for (const r of rows) r.searchText = vacancySearchText(r);
		if (rows.length) await tx.insert(vacancy).values(rows);
	});
}
