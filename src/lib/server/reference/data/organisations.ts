import type { Translated } from '#lib/i18n';

/**
 * Organisations a labour migrant may deal with or be referred to.
 *
 * Conventions:
 * - `source` cites the seed document (/work/shared/seeds/) that names the organisation, with a
 *   verbatim excerpt (line breaks of the seed collapsed to single spaces). Seeds are mostly in
 *   English, so ky/ru names are our translations or the organisation's known local name.
 * - `source: null, needsReview: true` — added from general knowledge, not from the seeds.
 * - `needsReview: true` with a source — the seed names the organisation, but a detail we rely on
 *   (current name, role, country, licence status) is not in the seeds and must be checked.
 * - `countryIso2` — 'KG' for domestic bodies; the host country for missions and offices abroad;
 *   for international organisations and donors, the country where they are listed for Sapar's
 *   purposes ('KG' = active in Kyrgyzstan).
 * - Government bodies that are not ministries (Social Fund, Ombudsman, presidential councils,
 *   ministry offices abroad) use kind 'ministry', the closest state-body kind available.
 */
export type OrgKind = 'employment_centre' | 'ministry' | 'consulate' | 'ngo' | 'diaspora' | 'agency' | 'international';

export interface SourceRef {
	/** seed file name, e.g. '002_50f2aea91ede881b.txt' */
	document: string;
	/** human title of that document */
	title: string;
	/** short quote (≤200 chars) from the seed that names/justifies it */
	excerpt: string;
}

export interface OrganisationSeed {
	/** stable lowercase id */
	slug: string;
	kind: OrgKind;
	name: Translated;
	/** 'KG' for domestic, host country for consulates */
	countryIso2: string;
	city: Translated | null;
	/** from the seeds when they name it; null plus needsReview: true when added from general knowledge */
	source: SourceRef | null;
	needsReview: boolean;
}

// Seed documents (file names and titles as in seed-documents.ts). Seed 000 is not cited: it names
// no organisation that another seed does not cite better; its institutional history is summarised
// at 'ministry-licensing'.
const DOC_001 = {
	document: '001_47d3e49b2631fb29.txt',
	title:
		'Recommendations of the International Conference "Best practices in protecting labour migrants\' rights and perspectives of its application in Kyrgyzstan" (Bishkek, 3–4 June 2013)'
} as const;
const DOC_002 = {
	document: '002_50f2aea91ede881b.txt',
	title: 'Migration Governance Indicators Second Profile 2022 – The Kyrgyz Republic'
} as const;
const DOC_003 = {
	document: '003_6de141c8d0ad10ba.txt',
	title: 'Making Migration Work for Sustainable Development — Kyrgyzstan'
} as const;
const DOC_004 = {
	document: '004_37add4523c43590f.txt',
	title: 'Roundtable Report: "International Experience on Protection of Labor Migrants\' Rights and Its Application to Kyrgyzstan", 26 March 2013'
} as const;

function cite(doc: { document: string; title: string }, excerpt: string): SourceRef {
	return { document: doc.document, title: doc.title, excerpt };
}

// Cities used more than once.
const BISHKEK: Translated = { ky: 'Бишкек', ru: 'Бишкек', en: 'Bishkek' };
const OSH: Translated = { ky: 'Ош', ru: 'Ош', en: 'Osh' };
const MOSCOW: Translated = { ky: 'Москва', ru: 'Москва', en: 'Moscow' };
const ALMATY: Translated = { ky: 'Алматы', ru: 'Алматы', en: 'Almaty' };

export const ORGANISATIONS: OrganisationSeed[] = [
	// ─── State employment service ─────────────────────────────────────────────
	// Centre for Employment of Citizens Abroad (CECA) under the Ministry of Labour, Social Security
	// and Migration. Official Russian name since Decree No. 319 of 17.12.2021 (seed 002, annex):
	// «Центр трудоустройства граждан за рубежом»; seed 004 calls its 2013 predecessor
	// "Center of employing Kyrgyz citizens abroad (CEA)". Seeds 002/003 say it serves people in
	// person in Bishkek and Osh.
	{
		slug: 'ceca-bishkek',
		kind: 'employment_centre',
		name: {
			ky: 'Жарандарды чет өлкөлөргө жумушка орноштуруу борбору (Бишкек)',
			ru: 'Центр трудоустройства граждан за рубежом (Бишкек)',
			en: 'Centre for Employment of Citizens Abroad (CECA), Bishkek'
		},
		countryIso2: 'KG',
		city: BISHKEK,
		source: cite(
			DOC_002,
			'All necessary information, including on the main countries of destination, can be provided both during a personal visit to the CECA in Bishkek or Osh, or through the website'
		),
		needsReview: false
	},
	{
		slug: 'ceca-osh',
		kind: 'employment_centre',
		name: {
			ky: 'Жарандарды чет өлкөлөргө жумушка орноштуруу борбору (Ош)',
			ru: 'Центр трудоустройства граждан за рубежом (Ош)',
			en: 'Centre for Employment of Citizens Abroad (CECA), Osh'
		},
		countryIso2: 'KG',
		city: OSH,
		source: cite(
			DOC_003,
			'Centers for Employment Abroad (Bishkek, Osh) provide safe migration and employment info services to returning and prospective migrants.'
		),
		needsReview: false
	},

	// ─── Ministries and other state bodies (Kyrgyz Republic) ──────────────────
	// Labour-migration ministry. Institutional history in the seeds: Agency on Migration and
	// Demography (1999–2001) → Department Migration Service, MFA (2001–2005) → State Committee on
	// Migration and Employment (2005–2007) → Ministry of Labour, Migration and Employment →
	// Ministry of Youth, Labour, Employment and Migration (2011–2012) (seed 000) → Ministry of
	// Labour, Migration and Youth (2013, seeds 001/004) → State Migration Service (2020, seed 002)
	// → Ministry of Labour, Social Security and Migration (MLSSM), named in seed 002 (2022) as the
	// body responsible for migration policy, its Office of Migration and the CECA.
	// needsReview: the seeds do not say which unit issues/renews private recruitment agency
	// licences (seed 004 only notes that licences must be renewed annually); attributing
	// licensing to MLSSM is from general knowledge.
	{
		slug: 'ministry-licensing',
		kind: 'ministry',
		name: {
			ky: 'Кыргыз Республикасынын Эмгек, социалдык камсыздоо жана миграция министрлиги',
			ru: 'Министерство труда, социального обеспечения и миграции Кыргызской Республики',
			en: 'Ministry of Labour, Social Security and Migration of the Kyrgyz Republic'
		},
		countryIso2: 'KG',
		city: BISHKEK,
		source: cite(
			DOC_002,
			'Under MLSSM, the CECA is responsible for ensuring that private recruitment agencies help migrant workers whom they sent for work abroad to return to Kyrgyzstan'
		),
		needsReview: true
	},
	{
		slug: 'mfa',
		kind: 'ministry',
		name: {
			ky: 'Кыргыз Республикасынын Тышкы иштер министрлиги',
			ru: 'Министерство иностранных дел Кыргызской Республики',
			en: 'Ministry of Foreign Affairs of the Kyrgyz Republic'
		},
		countryIso2: 'KG',
		city: BISHKEK,
		source: cite(DOC_004, 'The legal protection of migrants abroad is under the responsibility of the MFA.'),
		needsReview: false
	},
	// Seed 002: in 2020 the State Migration Service opened a representative unit in Moscow; seed 002
	// (annex, item 10) also lists the 2015 agreement on the Representative Office of the Ministry of
	// Labour, Migration and Youth in the Russian Federation. The office's current name under MLSSM is
	// not in the seeds, hence needsReview.
	{
		slug: 'mlssm-office-russia',
		kind: 'ministry',
		name: {
			ky: 'Кыргыз Республикасынын Эмгек, социалдык камсыздоо жана миграция министрлигинин Россия Федерациясындагы өкүлчүлүгү',
			ru: 'Представительство Министерства труда, социального обеспечения и миграции Кыргызской Республики в Российской Федерации',
			en: 'Representative Office of the Ministry of Labour, Social Security and Migration of the Kyrgyz Republic in the Russian Federation'
		},
		countryIso2: 'RU',
		city: MOSCOW,
		source: cite(
			DOC_002,
			'In 2020, the State Migration Service established a representative unit in Moscow, the Russian Federation, to protect the rights of and provide assistance to Kyrgyz nationals working there.'
		),
		needsReview: true
	},
	// Searches for missing migrants in Russia (seed 002). City not stated in the seed.
	{
		slug: 'mia-office-russia',
		kind: 'ministry',
		name: {
			ky: 'Кыргыз Республикасынын Ички иштер министрлигинин Россия Федерациясындагы өкүлчүлүгү',
			ru: 'Представительство Министерства внутренних дел Кыргызской Республики в Российской Федерации',
			en: 'Representative Office of the Ministry of Internal Affairs of the Kyrgyz Republic in the Russian Federation'
		},
		countryIso2: 'RU',
		city: null,
		source: cite(
			DOC_002,
			'The Ministry of Internal Affairs has established a representative office in the Russian Federation to ensure prompt response to requests to search for missing migrants'
		),
		needsReview: false
	},
	{
		slug: 'social-fund',
		kind: 'ministry',
		name: {
			ky: 'Кыргыз Республикасынын Социалдык фонду',
			ru: 'Социальный фонд Кыргызской Республики',
			en: 'Social Fund of the Kyrgyz Republic'
		},
		countryIso2: 'KG',
		city: BISHKEK,
		source: cite(DOC_004, 'Social Fund of KR is undertaking effective efforts to solve the issue of migrants’ pensions’ provision.'),
		needsReview: false
	},
	{
		slug: 'ombudsman',
		kind: 'ministry',
		name: {
			ky: 'Кыргыз Республикасынын Акыйкатчысы (Омбудсмени)',
			ru: 'Акыйкатчы (Омбудсмен) Кыргызской Республики',
			en: 'Ombudsman (Akyikatchy) of the Kyrgyz Republic'
		},
		countryIso2: 'KG',
		city: BISHKEK,
		source: cite(
			DOC_002,
			'increasing financial support for the institution of the Ombudsman in order to protect the rights of labour workers and their families'
		),
		needsReview: false
	},
	// Presidential council engaging the diaspora (est. November 2018, seed 002). It is a state body,
	// not a diaspora association, hence kind 'ministry'.
	{
		slug: 'council-compatriots-abroad',
		kind: 'ministry',
		name: {
			ky: 'Кыргыз Республикасынын Президентине караштуу Чет өлкөдөгү мекендештер менен байланыштар боюнча кеңеш',
			ru: 'Совет по связям с соотечественниками за рубежом при Президенте Кыргызской Республики',
			en: 'Council for Relations with Compatriots Abroad under the President of the Kyrgyz Republic'
		},
		countryIso2: 'KG',
		city: BISHKEK,
		source: cite(
			DOC_002,
			'The Council for Relations with Compatriots Abroad, under the President of the Kyrgyz Republic, was established in November 2018 and is responsible for engaging with the diaspora population.'
		),
		needsReview: false
	},

	// ─── Diplomatic and consular missions of the Kyrgyz Republic ──────────────
	{
		slug: 'consulate-moscow',
		kind: 'consulate',
		name: {
			ky: 'Кыргыз Республикасынын Россия Федерациясындагы Элчилиги',
			ru: 'Посольство Кыргызской Республики в Российской Федерации',
			en: 'Embassy of the Kyrgyz Republic in the Russian Federation'
		},
		countryIso2: 'RU',
		city: MOSCOW,
		source: cite(
			DOC_002,
			'the Government created an Operational Headquarters at the Embassy of the Kyrgyz Republic in the Russian Federation for the repatriation of stranded migrants'
		),
		needsReview: false
	},
	{
		slug: 'consulate-yekaterinburg',
		kind: 'consulate',
		name: {
			ky: 'Кыргыз Республикасынын Екатеринбург шаарындагы Башкы консулдугу',
			ru: 'Генеральное консульство Кыргызской Республики в Екатеринбурге',
			en: 'Consulate General of the Kyrgyz Republic in Yekaterinburg'
		},
		countryIso2: 'RU',
		city: { ky: 'Екатеринбург', ru: 'Екатеринбург', en: 'Yekaterinburg' },
		source: cite(
			DOC_002,
			'Instructions on the procedure for registration and issuance of visas of the Kyrgyz Republic. Consulate General of the Kyrgyz Republic in Yekaterinburg.'
		),
		needsReview: false
	},
	// Not named in the seeds (Almaty appears only as a city and in "Almaty Process").
	{
		slug: 'consulate-almaty',
		kind: 'consulate',
		name: {
			ky: 'Кыргыз Республикасынын Алматы шаарындагы Башкы консулдугу',
			ru: 'Генеральное консульство Кыргызской Республики в Алматы',
			en: 'Consulate General of the Kyrgyz Republic in Almaty'
		},
		countryIso2: 'KZ',
		city: ALMATY,
		source: null,
		needsReview: true
	},
	// Not named in the seeds (they mention employment in the Republic of Korea, not the mission).
	{
		slug: 'consulate-seoul',
		kind: 'consulate',
		name: {
			ky: 'Кыргыз Республикасынын Корея Республикасындагы Элчилиги',
			ru: 'Посольство Кыргызской Республики в Республике Корея',
			en: 'Embassy of the Kyrgyz Republic in the Republic of Korea'
		},
		countryIso2: 'KR',
		city: { ky: 'Сеул', ru: 'Сеул', en: 'Seoul' },
		source: null,
		needsReview: true
	},
	// Not named in the seeds (they mention the 2022 UK seasonal-work agreement, not the mission).
	{
		slug: 'consulate-london',
		kind: 'consulate',
		name: {
			ky: 'Кыргыз Республикасынын Улуу Британия жана Түндүк Ирландия Бириккен Королдугундагы Элчилиги',
			ru: 'Посольство Кыргызской Республики в Соединённом Королевстве Великобритании и Северной Ирландии',
			en: 'Embassy of the Kyrgyz Republic in the United Kingdom of Great Britain and Northern Ireland'
		},
		countryIso2: 'GB',
		city: { ky: 'Лондон', ru: 'Лондон', en: 'London' },
		source: null,
		needsReview: true
	},

	// ─── Civil society, trade unions, research centres ────────────────────────
	{
		slug: 'federation-trade-unions',
		kind: 'ngo',
		name: {
			ky: 'Кыргызстандын кесиптик бирликтер федерациясы',
			ru: 'Федерация профсоюзов Кыргызстана',
			en: 'Federation of Trade Unions of Kyrgyzstan'
		},
		countryIso2: 'KG',
		city: BISHKEK,
		source: cite(
			DOC_004,
			'Federation of Trade Unions has admitted that trade unions in this country are not very active and do not develop their capacity in migration area.'
		),
		needsReview: false
	},
	// Organiser of the 2013 roundtable (004, "TSPC") and conference (001, which spells it
	// "Tyan-Shan Analytical Centre"). Its own English name is "Tian Shan Policy Center" (AUCA).
	{
		slug: 'tspc-auca',
		kind: 'ngo',
		name: {
			ky: 'Борбордук Азиядагы Америка университетинин «Тянь-Шань» аналитикалык борбору',
			ru: 'Аналитический центр «Тянь-Шань» Американского университета в Центральной Азии',
			en: 'Tyan-Shan Analytical Centre (TSPC), American University in Central Asia'
		},
		countryIso2: 'KG',
		city: BISHKEK,
		source: cite(DOC_001, 'The Conference was organized by the Tyan-Shan Analytical Centre of the American University in Central Asia'),
		needsReview: false
	},
	// A regional civil-society platform; seed 004 calls it "Asia on Move". Its seat is not stated.
	{
		slug: 'central-asia-on-move',
		kind: 'ngo',
		name: {
			ky: '«Борбордук Азия кыймылда» жарандык өнөктөштүк платформасы',
			ru: 'Гражданская платформа партнёрства «Центральная Азия в движении»',
			en: 'Civil Partnership Platform "Central Asia on Move"'
		},
		countryIso2: 'KG',
		city: null,
		source: cite(DOC_001, 'the Dutch Organization for Development of Cooperation (ICCO), and Civil Partnership Platform "Central Asia on Move"'),
		needsReview: true
	},
	// Kazakh public foundation; the seed gives only the English name, ru/ky are back-translations.
	{
		slug: 'public-position-almaty',
		kind: 'ngo',
		name: {
			ky: '«Коомдук позиция» коомдук фонду',
			ru: 'Общественный фонд «Общественная позиция»',
			en: 'Public Foundation "Public Position"'
		},
		countryIso2: 'KZ',
		city: ALMATY,
		source: cite(DOC_001, 'Asiya Kalieva, Head of the PF "Public Position", Almaty'),
		needsReview: true
	},
	// Seed 004 calls it "Migration Research center, Moscow, RF".
	{
		slug: 'center-migration-studies-moscow',
		kind: 'ngo',
		name: {
			ky: '«Миграциялык изилдөөлөр борбору» аймактык коомдук уюму',
			ru: 'Региональная общественная организация «Центр миграционных исследований»',
			en: 'Regional public organization "Center for Migration Studies"'
		},
		countryIso2: 'RU',
		city: MOSCOW,
		source: cite(DOC_001, 'Dmitry Poletaev, Director of the regional public organization "Center for Migration Studies"'),
		needsReview: false
	},

	// ─── Diaspora ─────────────────────────────────────────────────────────────
	// Seed 004 names Zamandash among diaspora participants but not its country; Russia is from
	// general knowledge.
	{
		slug: 'zamandash',
		kind: 'diaspora',
		name: { ky: 'Замандаш', ru: 'Замандаш', en: 'Zamandash' },
		countryIso2: 'RU',
		city: null,
		source: cite(DOC_004, 'The non-governmental sector including Diasporas participants to the event, Zamandash among them'),
		needsReview: true
	},

	// ─── International organisations and development partners ────────────────
	{
		slug: 'iom',
		kind: 'international',
		name: {
			ky: 'Эл аралык миграция уюму (ЭМУ)',
			ru: 'Международная организация по миграции (МОМ)',
			en: 'International Organization for Migration (IOM)'
		},
		countryIso2: 'KG',
		city: BISHKEK,
		source: cite(
			DOC_002,
			'an induction workshop was subsequently organized by IOM (the United Nations Migration Agency) in collaboration with the Ministry of Foreign Affairs of the Kyrgyz Republic'
		),
		needsReview: false
	},
	{
		slug: 'ilo',
		kind: 'international',
		name: {
			ky: 'Эл аралык эмгек уюму (ЭЭУ)',
			ru: 'Международная организация труда (МОТ)',
			en: 'International Labour Organization (ILO)'
		},
		countryIso2: 'KG',
		city: null,
		source: cite(DOC_002, 'developed within the framework of the joint project by the International Labour Organization, IOM and UN-Women'),
		needsReview: false
	},
	{
		slug: 'un-women',
		kind: 'international',
		name: {
			ky: 'БУУ-Аялдар',
			ru: 'Структура «ООН-женщины»',
			en: 'UN Women'
		},
		countryIso2: 'KG',
		city: null,
		source: cite(
			DOC_002,
			'the joint project by the International Labour Organization, IOM and UN-Women, “Empowering women and girls affected by migration for inclusive and peaceful community development”'
		),
		needsReview: false
	},
	{
		slug: 'undp',
		kind: 'international',
		name: {
			ky: 'БУУнун Өнүктүрүү программасы (БУУӨП)',
			ru: 'Программа развития ООН (ПРООН)',
			en: 'United Nations Development Programme (UNDP)'
		},
		countryIso2: 'KG',
		city: BISHKEK,
		source: cite(
			DOC_003,
			'mobile app "IshtApp" (Search for Job) where people search for jobs, focusing on most vulnerable groups (incl. informal workers) in Kyrgyzstan, Kazakhstan and Russia (UNDP initiative)'
		),
		needsReview: false
	},
	{
		slug: 'osce-bishkek',
		kind: 'international',
		name: {
			ky: 'ЕККУнун Бишкектеги программалык кеңсеси',
			ru: 'Программный офис ОБСЕ в Бишкеке',
			en: 'OSCE Programme Office in Bishkek'
		},
		countryIso2: 'KG',
		city: BISHKEK,
		source: cite(
			DOC_002,
			'the Programme Office of the Organization for Security and Co-operation in Europe in Bishkek launched the first National Simulation Exercise on Combating Trafficking in Human Beings'
		),
		needsReview: false
	},
	// Seed 004 (2013) uses the older name GTZ.
	{
		slug: 'giz',
		kind: 'international',
		name: {
			ky: 'Германиянын эл аралык кызматташтык коому (GIZ)',
			ru: 'Германское общество по международному сотрудничеству (GIZ)',
			en: 'Deutsche Gesellschaft für Internationale Zusammenarbeit (GIZ)'
		},
		countryIso2: 'KG',
		city: BISHKEK,
		source: cite(DOC_002, 'a pilot project with the support of the German Corporation for International Cooperation (GIZ) titled “Skills for reintegration”'),
		needsReview: false
	},
	{
		slug: 'helpage-international',
		kind: 'international',
		name: {
			ky: 'HelpAge International',
			ru: 'HelpAge International',
			en: 'HelpAge International'
		},
		countryIso2: 'KG',
		city: null,
		source: cite(DOC_004, 'HelpAge International recommended making studies on demography situation in Kyrgyzstan'),
		needsReview: false
	},
	{
		slug: 'danchurchaid',
		kind: 'international',
		name: {
			ky: 'Дания чиркөө жардамы (DCA), Борбордук Азия',
			ru: 'Датская церковная помощь (DCA) в Центральной Азии',
			en: 'DanChurchAid (DCA) in Central Asia'
		},
		countryIso2: 'KG',
		city: null,
		source: cite(DOC_001, 'the Danish Church Aid in Central Asia (DCA)'),
		needsReview: false
	},
	{
		slug: 'icco',
		kind: 'international',
		name: {
			ky: 'Нидерланддардын өнүктүрүү үчүн кызматташтык уюму (ICCO)',
			ru: 'Нидерландская организация по сотрудничеству в целях развития (ICCO)',
			en: 'ICCO (Dutch Organization for Development Cooperation)'
		},
		countryIso2: 'KG',
		city: null,
		source: cite(DOC_001, 'the Dutch Organization for Development of Cooperation (ICCO)'),
		needsReview: false
	},
	{
		slug: 'open-society-foundations',
		kind: 'international',
		name: {
			ky: '«Ачык коом» фонддору (OSF)',
			ru: 'Фонды «Открытое общество» (OSF)',
			en: 'Open Society Foundations (OSF)'
		},
		countryIso2: 'KG',
		city: null,
		source: cite(DOC_001, 'supported by a number of international, foreign and national organizations, including the Open Society Foundations (OSF)'),
		needsReview: false
	},
	{
		slug: 'sdc',
		kind: 'international',
		name: {
			ky: 'Швейцариянын өнүктүрүү жана кызматташтык агенттиги (SDC)',
			ru: 'Швейцарское управление по развитию и сотрудничеству (SDC)',
			en: 'Swiss Agency for Development and Cooperation (SDC)'
		},
		countryIso2: 'KG',
		city: null,
		source: cite(DOC_003, 'It is funded by the Swiss Agency for Development and Cooperation (SDC).'),
		needsReview: false
	},

	// ─── Recruitment agencies ─────────────────────────────────────────────────
	// UK company that signed a seasonal agricultural work agreement with CECA in March 2022 (seed 002).
	// needsReview: its current status as a UK Seasonal Worker scheme operator and as a CECA partner
	// must be verified before it is shown to migrants as a route.
	{
		slug: 'agri-hr',
		kind: 'agency',
		name: {
			ky: 'AGRI-HR (Улуу Британия)',
			ru: 'AGRI-HR (Великобритания)',
			en: 'AGRI-HR (United Kingdom)'
		},
		countryIso2: 'GB',
		city: null,
		source: cite(
			DOC_002,
			"signed a labour agreement with the United Kingdom's AGRI-HR, a company to facilitate the employment of Kyrgyz nationals as seasonal agricultural workers in the United Kingdom"
		),
		needsReview: true
	},
	// Demo record for development and screenshots — not a real organisation.
	{
		slug: 'demo-agency',
		kind: 'agency',
		name: {
			ky: 'Демо ишке орноштуруу агенттиги',
			ru: 'Демонстрационное кадровое агентство',
			en: 'Demo Recruitment Agency'
		},
		countryIso2: 'KG',
		city: null,
		source: null,
		needsReview: true
	}
];
