import type { Translated } from '#lib/i18n';
import type { DirectorySeed, SourceSeed } from './types';

/**
 * Directory of help, by country and city.
 *
 * Conventions:
 * - Contact details (address, phones, e-mail, hours) are filled only where they are the official
 *   published ones and we are sure of them; otherwise null / [] for an editor to complete.
 * - Entries or details not taken from the seed documents carry needsReview: true and a source
 *   naming where they come from (the MFA list of foreign missions, or the news report / page that
 *   confirms a mission exists).
 * - Seed excerpts are verbatim, with the seed's line breaks collapsed to single spaces.
 * - Organisations named in the seeds that do not themselves help migrants (research centres,
 *   donors, conference organisers) are not listed here.
 */

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
	title:
		"Roundtable Report: \"International Experience on Protection of Labor Migrants' Rights and Its Application to Kyrgyzstan\", 26 March 2013"
} as const;

function seed(doc: { document: string; title: string }, excerpt: string, extra: Partial<SourceSeed> = {}): SourceSeed {
	return { document: doc.document, title: doc.title, excerpt, ...extra };
}

/** The MFA's list of diplomatic and consular missions, for missions not named in the seeds. */
const MFA_MISSIONS: SourceSeed = {
	document: null,
	title: 'Ministry of Foreign Affairs of the Kyrgyz Republic — foreign missions',
	url: 'https://mfa.gov.kg/'
};

// Cities used more than once.
const BISHKEK: Translated = { ky: 'Бишкек', ru: 'Бишкек', en: 'Bishkek' };
const OSH: Translated = { ky: 'Ош', ru: 'Ош', en: 'Osh' };
const MOSCOW: Translated = { ky: 'Москва', ru: 'Москва', en: 'Moscow' };

/** What every embassy and consulate helps with (general description, checked per mission by editors). */
const CONSULAR_SERVICES: Translated = {
	ky: 'Паспорт жана башка документтер, консулдук каттоо, чет өлкөдө укугуңуз бузулганда жардам, мекенге кайтууга көмөк.',
	ru: 'Паспорта и другие документы, консульский учёт, помощь при нарушении ваших прав за рубежом, содействие в возвращении домой.',
	en: 'Passports and other documents, consular registration, help when your rights are violated abroad, help with returning home.'
};

/** The same, limited to what the seeds themselves say missions do (for entries sourced from a seed). */
const CONSULAR_SERVICES_SEED: Translated = {
	ky: 'Консулдук каттоо, чет өлкөдө укугуңузду коргоого жардам, чет өлкөдөн туруп Кыргызстандагы шайлоого катышуу.',
	ru: 'Консульский учёт, помощь в защите ваших прав за рубежом, голосование на выборах в Кыргызстане из-за рубежа.',
	en: 'Consular registration, help in protecting your rights abroad, voting in Kyrgyz elections from abroad.'
};

export const DIRECTORY: DirectorySeed[] = [
	// ─── Kyrgyzstan: state bodies ──────────────────────────────────────────────
	// needsReview: which unit licenses private recruitment agencies is not in the seeds (see
	// organisations.ts, 'ministry-licensing'). Website from seed 002's key sources (mlsp.gov.kg).
	{
		slug: 'ministry-labour-migration',
		kind: 'government',
		organisation: 'ministry-licensing',
		name: {
			ky: 'Кыргыз Республикасынын Эмгек, социалдык камсыздоо жана миграция министрлиги',
			ru: 'Министерство труда, социального обеспечения и миграции Кыргызской Республики',
			en: 'Ministry of Labour, Social Security and Migration of the Kyrgyz Republic'
		},
		countryIso2: 'KG',
		city: BISHKEK,
		address: null,
		phones: [],
		website: 'https://mlsp.gov.kg/',
		hours: null,
		languages: ['ky', 'ru'],
		services: {
			ky: 'Эмгек миграциясы боюнча мамлекеттик саясат; жеке жумушка орноштуруу агенттиктерине көзөмөл; Жарандарды чет өлкөлөргө жумушка орноштуруу борбору ушул министрликке карайт.',
			ru: 'Государственная политика в сфере трудовой миграции; надзор за частными агентствами занятости; в его ведении Центр трудоустройства граждан за рубежом.',
			en: 'State labour migration policy; oversight of private recruitment agencies; runs the Centre for Employment of Citizens Abroad.'
		},
		source: seed(
			DOC_002,
			'Under MLSSM, the CECA is responsible for ensuring that private recruitment agencies help migrant workers whom they sent for work abroad to return to Kyrgyzstan'
		),
		needsReview: true
	},
	{
		slug: 'ceca-bishkek',
		kind: 'employment_centre',
		organisation: 'ceca-bishkek',
		name: {
			ky: 'Жарандарды чет өлкөлөргө жумушка орноштуруу борбору (Бишкек)',
			ru: 'Центр трудоустройства граждан за рубежом (Бишкек)',
			en: 'Centre for Employment of Citizens Abroad (CECA), Bishkek'
		},
		countryIso2: 'KG',
		city: BISHKEK,
		address: null,
		phones: [],
		website: 'https://www.migrant.kg/',
		hours: null,
		languages: ['ky', 'ru'],
		services: {
			ky: 'Коопсуз миграция жана чет өлкөдөгү жумуш боюнча маалымат жана кеңеш, мамлекеттер аралык келишимдер боюнча жумушка орноштуруу (мисалы, Корея), чет өлкөгө кетер алдындагы даярдык, кайтып келген мигранттарга кеңеш.',
			ru: 'Информация и консультации о безопасной миграции и работе за рубежом, трудоустройство по межгосударственным соглашениям (например, в Корею), предвыездная подготовка, консультации для вернувшихся мигрантов.',
			en: 'Information and advice on safe migration and jobs abroad, employment under government-to-government agreements (e.g. Korea), pre-departure training, advice for returning migrants.'
		},
		source: seed(
			DOC_002,
			'All necessary information, including on the main countries of destination, can be provided both during a personal visit to the CECA in Bishkek or Osh, or through the website'
		),
		needsReview: false
	},
	{
		slug: 'ceca-osh',
		kind: 'employment_centre',
		organisation: 'ceca-osh',
		name: {
			ky: 'Жарандарды чет өлкөлөргө жумушка орноштуруу борбору (Ош)',
			ru: 'Центр трудоустройства граждан за рубежом (Ош)',
			en: 'Centre for Employment of Citizens Abroad (CECA), Osh'
		},
		countryIso2: 'KG',
		city: OSH,
		address: null,
		phones: [],
		website: 'https://www.migrant.kg/',
		hours: null,
		languages: ['ky', 'ru'],
		services: {
			ky: 'Коопсуз миграция жана чет өлкөдөгү жумуш боюнча маалымат жана кеңеш — чет өлкөгө кетүүнү пландагандарга да, кайтып келгендерге да.',
			ru: 'Информация и консультации о безопасной миграции и работе за рубежом — для тех, кто собирается уехать, и для вернувшихся.',
			en: 'Information and advice on safe migration and jobs abroad, for people planning to leave and for those who have returned.'
		},
		source: seed(
			DOC_003,
			'Centers for Employment Abroad (Bishkek, Osh) provide safe migration and employment info services to returning and prospective migrants.'
		),
		needsReview: false
	},
	{
		slug: 'mfa-kyrgyzstan',
		kind: 'government',
		organisation: 'mfa',
		name: {
			ky: 'Кыргыз Республикасынын Тышкы иштер министрлиги',
			ru: 'Министерство иностранных дел Кыргызской Республики',
			en: 'Ministry of Foreign Affairs of the Kyrgyz Republic'
		},
		countryIso2: 'KG',
		city: BISHKEK,
		address: null,
		phones: [],
		website: 'https://mfa.gov.kg/',
		hours: null,
		languages: ['ky', 'ru'],
		services: {
			ky: 'Чет өлкөдөгү жарандардын укуктук коргоосу; элчиликтерди жана консулдуктарды башкарат.',
			ru: 'Правовая защита граждан за рубежом; руководит посольствами и консульствами.',
			en: 'Legal protection of citizens abroad; runs the embassies and consulates.'
		},
		source: seed(DOC_004, 'The legal protection of migrants abroad is under the responsibility of the MFA.'),
		needsReview: false
	},
	// Website from seed 002's key sources (socfond.kg page on the agreement with Türkiye).
	{
		slug: 'social-fund',
		kind: 'government',
		organisation: 'social-fund',
		name: {
			ky: 'Кыргыз Республикасынын Социалдык фонду',
			ru: 'Социальный фонд Кыргызской Республики',
			en: 'Social Fund of the Kyrgyz Republic'
		},
		countryIso2: 'KG',
		city: BISHKEK,
		address: null,
		phones: [],
		website: 'http://socfond.kg/',
		hours: null,
		languages: ['ky', 'ru'],
		services: {
			ky: 'Пенсиялар, анын ичинде ЕАЭБ өлкөлөрүндө жана Түркияда иштеген мезгил үчүн пенсия укугу.',
			ru: 'Пенсии, в том числе пенсионные права за работу в странах ЕАЭС и в Турции.',
			en: 'Pensions, including pension rights for work in EAEU countries and in Türkiye.'
		},
		source: seed(
			DOC_002,
			'In July 2020, Kyrgyzstan ratified the Agreement on Pension Provision of Workers of the Member States of the Eurasian Economic Union (EAEU) (2019)'
		),
		needsReview: false
	},
	// needsReview: how the Ombudsman takes complaints from migrants abroad is not in the seeds.
	{
		slug: 'ombudsman',
		kind: 'government',
		organisation: 'ombudsman',
		name: {
			ky: 'Кыргыз Республикасынын Акыйкатчысы (Омбудсмени)',
			ru: 'Акыйкатчы (Омбудсмен) Кыргызской Республики',
			en: 'Ombudsman (Akyikatchy) of the Kyrgyz Republic'
		},
		countryIso2: 'KG',
		city: BISHKEK,
		address: null,
		phones: [],
		hours: null,
		languages: ['ky', 'ru'],
		services: {
			ky: 'Адам укуктарын коргоо, анын ичинде эмгек мигранттарынын жана алардын үй-бүлөлөрүнүн укуктарын; укук бузулганы боюнча арыздарды карайт.',
			ru: 'Защита прав человека, в том числе прав трудовых мигрантов и их семей; рассматривает жалобы на нарушение прав.',
			en: 'Protection of human rights, including the rights of labour migrants and their families; considers complaints about rights violations.'
		},
		source: seed(
			DOC_002,
			'increasing financial support for the institution of the Ombudsman in order to protect the rights of labour workers and their families'
		),
		needsReview: true
	},

	// ─── Kyrgyzstan: hotlines ──────────────────────────────────────────────────
	// Named in seed 002, but the seed gives no number: an editor must add it.
	{
		slug: 'hotline-gender-family-violence',
		kind: 'hotline',
		name: {
			ky: 'Гендердик жана үй-бүлөлүк зомбулуктан жабыр тарткандар үчүн акысыз ишеним телефону',
			ru: 'Бесплатная горячая линия для пострадавших от гендерного и семейного насилия',
			en: 'Toll-free helpline for survivors of gender-based and family violence'
		},
		countryIso2: 'KG',
		city: null,
		address: null,
		phones: [],
		hours: null,
		languages: ['ky', 'ru'],
		services: {
			ky: 'Гендердик жана үй-бүлөлүк зомбулуктан жабыр тарткандарга, анын ичинде мигранттарга, жардам жана кеңеш.',
			ru: 'Помощь и консультации пострадавшим от гендерного и семейного насилия, в том числе мигрантам.',
			en: 'Help and advice for survivors of gender-based and family violence, including migrants.'
		},
		source: seed(
			DOC_002,
			'a toll-free helpline for all those who have suffered from gender and family violence, including migrants, was established by MLSSM in 2021'
		),
		needsReview: true
	},
	// Not in the seeds. Launched in 2011 with IOM; the report below (2017) still names it. Whether
	// it still answers, and who runs it now, must be checked before publication.
	{
		slug: 'hotline-189',
		kind: 'hotline',
		name: {
			ky: '189 ишеним телефону: коопсуз миграция жана адам сатууга каршы күрөш',
			ru: 'Горячая линия 189 по безопасной миграции и противодействию торговле людьми',
			en: 'Hotline 189 on safe migration and counter-trafficking'
		},
		countryIso2: 'KG',
		city: null,
		address: null,
		phones: ['189'],
		hours: null,
		languages: ['ky', 'ru'],
		services: {
			ky: 'Чет өлкөгө чыгуунун эрежелери, адам сатуунун коркунучтары жана жабыр тарткандарга жардам боюнча акысыз кеңеш.',
			ru: 'Бесплатные консультации о правилах выезда за рубеж, рисках торговли людьми и помощи пострадавшим.',
			en: 'Free advice on the rules for going abroad, the risks of human trafficking and help for victims.'
		},
		source: {
			document: null,
			title: 'The Times of Central Asia — U.S. government helps protect the rights of Kyrgyzstan migrant workers abroad (2017)',
			url: 'https://timesca.com/u-s-government-helps-protect-the-rights-of-kyrgyzstan-migrant-workers-abroad/'
		},
		needsReview: true
	},

	// ─── Kyrgyzstan: international organisations ──────────────────────────────
	// needsReview: website and current services are from general knowledge.
	{
		slug: 'iom-kyrgyzstan',
		kind: 'international',
		organisation: 'iom',
		name: {
			ky: 'Эл аралык миграция уюму (ЭМУ), Кыргызстандагы өкүлчүлүгү',
			ru: 'Международная организация по миграции (МОМ), представительство в Кыргызстане',
			en: 'International Organization for Migration (IOM), Kyrgyzstan office'
		},
		countryIso2: 'KG',
		city: BISHKEK,
		address: null,
		phones: [],
		website: 'https://kyrgyzstan.iom.int/',
		hours: null,
		languages: ['ky', 'ru', 'en'],
		services: {
			ky: 'Адам сатуудан жабыр тарткандарга жана чет өлкөдө кыйын абалда калган мигранттарга жардам, мекенге кайтууга көмөк.',
			ru: 'Помощь пострадавшим от торговли людьми и мигрантам в трудной ситуации за рубежом, содействие в возвращении домой.',
			en: 'Help for victims of trafficking and for migrants in difficulty abroad, assistance with returning home.'
		},
		source: seed(
			DOC_002,
			'In cooperation with international organizations, particularly with IOM, Kyrgyzstan assisted its nationals stranded abroad'
		),
		needsReview: true
	},
	// needsReview: seed 002 describes a pilot started in 2019; whether it still runs is unknown.
	{
		slug: 'giz-migrant-ishker',
		kind: 'international',
		organisation: 'giz',
		name: {
			ky: 'GIZ — «Мигрант Ишкер» (кайра интеграция үчүн көндүмдөр)',
			ru: 'GIZ — «Мигрант Ишкер» (навыки для реинтеграции)',
			en: 'GIZ — Migrant Ishker (Skills for reintegration)'
		},
		countryIso2: 'KG',
		city: BISHKEK,
		address: null,
		phones: [],
		hours: null,
		languages: ['ky', 'ru'],
		services: {
			ky: 'Кайтып келген мигранттардын кесиптик көндүмдөрүн өркүндөтүү, анын ичинде өз ишин ачуу үчүн.',
			ru: 'Повышение профессиональных навыков вернувшихся мигрантов, в том числе для открытия своего дела.',
			en: 'Professional skills for returning migrants, including for self-employment.'
		},
		source: seed(
			DOC_002,
			'Migrant Ishker aims to improve the professional skills of returning Kyrgyz migrants, including for self-employment purposes.'
		),
		needsReview: true
	},

	// ─── Russian Federation ────────────────────────────────────────────────────
	// Address: the embassy's published address (general knowledge), hence needsReview.
	{
		slug: 'embassy-moscow',
		kind: 'consulate',
		organisation: 'consulate-moscow',
		name: {
			ky: 'Кыргыз Республикасынын Россия Федерациясындагы Элчилиги',
			ru: 'Посольство Кыргызской Республики в Российской Федерации',
			en: 'Embassy of the Kyrgyz Republic in the Russian Federation'
		},
		countryIso2: 'RU',
		city: MOSCOW,
		address: {
			ky: 'Москва ш., Большая Ордынка көч., 64',
			ru: 'Москва, ул. Большая Ордынка, 64',
			en: '64 Bolshaya Ordynka St, Moscow'
		},
		phones: [],
		hours: null,
		languages: ['ky', 'ru'],
		services: CONSULAR_SERVICES,
		source: { ...MFA_MISSIONS, title: 'Ministry of Foreign Affairs of the Kyrgyz Republic — foreign missions (Embassy in Moscow)' },
		needsReview: true
	},
	{
		slug: 'consulate-yekaterinburg',
		kind: 'consulate',
		organisation: 'consulate-yekaterinburg',
		name: {
			ky: 'Кыргыз Республикасынын Екатеринбург шаарындагы Башкы консулдугу',
			ru: 'Генеральное консульство Кыргызской Республики в Екатеринбурге',
			en: 'Consulate General of the Kyrgyz Republic in Yekaterinburg'
		},
		countryIso2: 'RU',
		city: { ky: 'Екатеринбург', ru: 'Екатеринбург', en: 'Yekaterinburg' },
		address: null,
		phones: [],
		hours: null,
		languages: ['ky', 'ru'],
		services: CONSULAR_SERVICES_SEED,
		source: seed(
			DOC_002,
			'Instructions on the procedure for registration and issuance of visas of the Kyrgyz Republic. Consulate General of the Kyrgyz Republic in Yekaterinburg.',
			{
				url: 'https://mfa.gov.kg/ru/dm/General-sonsulata-of-the-Kyrgyz-Republic-in-Ekaterinburg/Menu---Foreign-/Consular-issues/Visa-issues/isa-issues-5c175d02e72c8'
			}
		),
		needsReview: false
	},
	// Not in the seeds; established in 2019 (MFA statement reported by 24.kg).
	{
		slug: 'consulate-novosibirsk',
		kind: 'consulate',
		name: {
			ky: 'Кыргыз Республикасынын Новосибирск шаарындагы Башкы консулдугу',
			ru: 'Генеральное консульство Кыргызской Республики в Новосибирске',
			en: 'Consulate General of the Kyrgyz Republic in Novosibirsk'
		},
		countryIso2: 'RU',
		city: { ky: 'Новосибирск', ru: 'Новосибирск', en: 'Novosibirsk' },
		address: null,
		phones: [],
		hours: null,
		languages: ['ky', 'ru'],
		services: CONSULAR_SERVICES,
		source: {
			document: null,
			title: '24.kg — Kyrgyzstan plans to open Consulates General in St. Petersburg and Kazan (28 June 2021): “We have two Consulates General now — in Yekaterinburg and Novosibirsk”',
			url: 'https://24.kg/english/199175_Kyrgyzstan_plans_to_open_Consulates_General_in_St_Petersburg_and_Kazan/'
		},
		needsReview: true
	},
	// Not in the seeds; opening announced by the MFA (reported by Azattyk).
	{
		slug: 'consulate-st-petersburg',
		kind: 'consulate',
		name: {
			ky: 'Кыргыз Республикасынын Санкт-Петербург шаарындагы Башкы консулдугу',
			ru: 'Генеральное консульство Кыргызской Республики в Санкт-Петербурге',
			en: 'Consulate General of the Kyrgyz Republic in Saint Petersburg'
		},
		countryIso2: 'RU',
		city: { ky: 'Санкт-Петербург', ru: 'Санкт-Петербург', en: 'Saint Petersburg' },
		address: null,
		phones: [],
		hours: null,
		languages: ['ky', 'ru'],
		services: CONSULAR_SERVICES,
		source: {
			document: null,
			title: 'Azattyk — Kyrgyz Consulate General opened in Saint Petersburg (MFA announcement)',
			url: 'https://azattyk.org/amp/32574413.html'
		},
		needsReview: true
	},
	// Not in the seeds (seed 004 names Tatarstan as a main destination); the consulate is
	// confirmed by Kazan press reports of 2024.
	{
		slug: 'consulate-kazan',
		kind: 'consulate',
		name: {
			ky: 'Кыргыз Республикасынын Казань шаарындагы Башкы консулдугу',
			ru: 'Генеральное консульство Кыргызской Республики в Казани',
			en: 'Consulate General of the Kyrgyz Republic in Kazan'
		},
		countryIso2: 'RU',
		city: { ky: 'Казань', ru: 'Казань', en: 'Kazan' },
		address: null,
		phones: [],
		hours: null,
		languages: ['ky', 'ru'],
		services: CONSULAR_SERVICES,
		source: {
			document: null,
			title: 'Realnoe Vremya — briefing at the Consulate General of the Kyrgyz Republic in Kazan (2024)',
			url: 'https://realnoevremya.ru/news/317417-v-kazani-ozvuchili-programmu-100-letiya-kyrgyzskoy-respubliki/amp'
		},
		needsReview: true
	},
	// Seed 002 (2020: State Migration Service unit in Moscow); today's name under MLSSM is not in
	// the seeds, hence needsReview (as in organisations.ts).
	{
		slug: 'mlssm-office-russia',
		kind: 'government',
		organisation: 'mlssm-office-russia',
		name: {
			ky: 'Кыргыз Республикасынын Эмгек, социалдык камсыздоо жана миграция министрлигинин Россия Федерациясындагы өкүлчүлүгү',
			ru: 'Представительство Министерства труда, социального обеспечения и миграции Кыргызской Республики в Российской Федерации',
			en: 'Representative Office of the Ministry of Labour, Social Security and Migration of the Kyrgyz Republic in the Russian Federation'
		},
		countryIso2: 'RU',
		city: MOSCOW,
		address: null,
		phones: [],
		hours: null,
		languages: ['ky', 'ru'],
		services: {
			ky: 'Россияда иштеген Кыргызстандын жарандарынын укуктарын коргоо жана аларга жардам берүү.',
			ru: 'Защита прав граждан Кыргызстана, работающих в России, и помощь им.',
			en: 'Protects the rights of Kyrgyz citizens working in Russia and helps them.'
		},
		source: seed(
			DOC_002,
			'In 2020, the State Migration Service established a representative unit in Moscow, the Russian Federation, to protect the rights of and provide assistance to Kyrgyz nationals working there.'
		),
		needsReview: true
	},
	{
		slug: 'mia-office-russia',
		kind: 'government',
		organisation: 'mia-office-russia',
		name: {
			ky: 'Кыргыз Республикасынын Ички иштер министрлигинин Россия Федерациясындагы өкүлчүлүгү',
			ru: 'Представительство Министерства внутренних дел Кыргызской Республики в Российской Федерации',
			en: 'Representative Office of the Ministry of Internal Affairs of the Kyrgyz Republic in the Russian Federation'
		},
		countryIso2: 'RU',
		city: null,
		address: null,
		phones: [],
		hours: null,
		languages: ['ky', 'ru'],
		services: {
			ky: 'Россияда дайынсыз жоголгон мигранттарды издөө; кыйын абалга туш болгон мигранттарга укуктук жардам.',
			ru: 'Поиск пропавших мигрантов в России; правовая помощь мигрантам в трудной жизненной ситуации.',
			en: 'Searches for missing migrants in Russia; legal help for migrants in difficult situations.'
		},
		source: seed(
			DOC_002,
			'it provides the necessary legal assistance to migrants in difficult life situations'
		),
		needsReview: false
	},
	// Seed 004 names Zamandash among diaspora participants but not its country or services.
	{
		slug: 'zamandash',
		kind: 'diaspora',
		organisation: 'zamandash',
		name: { ky: 'Замандаш', ru: 'Замандаш', en: 'Zamandash' },
		countryIso2: 'RU',
		city: null,
		address: null,
		phones: [],
		hours: null,
		languages: ['ky', 'ru'],
		services: {
			ky: 'Россиядагы кыргызстандыктардын диаспоралык уюму: мекендештер менен байланыш жана колдоо.',
			ru: 'Диаспорная организация кыргызстанцев в России: связь с соотечественниками и поддержка.',
			en: 'Diaspora organisation of Kyrgyz citizens in Russia: contact with compatriots and support.'
		},
		source: seed(
			DOC_004,
			'The non-governmental sector including Diasporas participants to the event, Zamandash among them'
		),
		needsReview: true
	},

	// ─── Kazakhstan ────────────────────────────────────────────────────────────
	{
		slug: 'embassy-astana',
		kind: 'consulate',
		name: {
			ky: 'Кыргыз Республикасынын Казакстан Республикасындагы Элчилиги',
			ru: 'Посольство Кыргызской Республики в Республике Казахстан',
			en: 'Embassy of the Kyrgyz Republic in the Republic of Kazakhstan'
		},
		countryIso2: 'KZ',
		city: { ky: 'Астана', ru: 'Астана', en: 'Astana' },
		address: null,
		phones: [],
		hours: null,
		languages: ['ky', 'ru'],
		services: CONSULAR_SERVICES,
		source: MFA_MISSIONS,
		needsReview: true
	},
	{
		slug: 'consulate-almaty',
		kind: 'consulate',
		organisation: 'consulate-almaty',
		name: {
			ky: 'Кыргыз Республикасынын Алматы шаарындагы Башкы консулдугу',
			ru: 'Генеральное консульство Кыргызской Республики в Алматы',
			en: 'Consulate General of the Kyrgyz Republic in Almaty'
		},
		countryIso2: 'KZ',
		city: { ky: 'Алматы', ru: 'Алматы', en: 'Almaty' },
		address: null,
		phones: [],
		hours: null,
		languages: ['ky', 'ru'],
		services: CONSULAR_SERVICES,
		source: MFA_MISSIONS,
		needsReview: true
	},

	// ─── Republic of Korea ─────────────────────────────────────────────────────
	{
		slug: 'embassy-seoul',
		kind: 'consulate',
		organisation: 'consulate-seoul',
		name: {
			ky: 'Кыргыз Республикасынын Корея Республикасындагы Элчилиги',
			ru: 'Посольство Кыргызской Республики в Республике Корея',
			en: 'Embassy of the Kyrgyz Republic in the Republic of Korea'
		},
		countryIso2: 'KR',
		city: { ky: 'Сеул', ru: 'Сеул', en: 'Seoul' },
		address: null,
		phones: [],
		hours: null,
		languages: ['ky', 'ru'],
		services: CONSULAR_SERVICES,
		source: MFA_MISSIONS,
		needsReview: true
	},

	// ─── United Kingdom ────────────────────────────────────────────────────────
	// Address as published for the embassy (Ascot House, Marylebone); phone not added.
	{
		slug: 'embassy-london',
		kind: 'consulate',
		organisation: 'consulate-london',
		name: {
			ky: 'Кыргыз Республикасынын Улуу Британия жана Түндүк Ирландия Бириккен Королдугундагы Элчилиги',
			ru: 'Посольство Кыргызской Республики в Соединённом Королевстве Великобритании и Северной Ирландии',
			en: 'Embassy of the Kyrgyz Republic in the United Kingdom of Great Britain and Northern Ireland'
		},
		countryIso2: 'GB',
		city: { ky: 'Лондон', ru: 'Лондон', en: 'London' },
		address: {
			ky: 'Ascot House, 119 Crawford Street, London W1U 6BJ',
			ru: 'Ascot House, 119 Crawford Street, London W1U 6BJ',
			en: 'Ascot House, 119 Crawford Street, London W1U 6BJ'
		},
		phones: [],
		hours: null,
		languages: ['ky', 'ru', 'en'],
		services: CONSULAR_SERVICES,
		source: {
			document: null,
			title: 'Diplomat Magazine — Heads of mission: Kyrgyz Republic (embassy address)',
			url: 'https://diplomatmagazine.com/heads-of-mission/middle-east-asia/kyrgyz-republic/'
		},
		needsReview: true
	},

	// ─── Türkiye ───────────────────────────────────────────────────────────────
	{
		slug: 'embassy-ankara',
		kind: 'consulate',
		name: {
			ky: 'Кыргыз Республикасынын Түркия Республикасындагы Элчилиги',
			ru: 'Посольство Кыргызской Республики в Турецкой Республике',
			en: 'Embassy of the Kyrgyz Republic in the Republic of Türkiye'
		},
		countryIso2: 'TR',
		city: { ky: 'Анкара', ru: 'Анкара', en: 'Ankara' },
		address: null,
		phones: [],
		hours: null,
		languages: ['ky', 'ru', 'tr'],
		services: CONSULAR_SERVICES,
		source: MFA_MISSIONS,
		needsReview: true
	},
	{
		slug: 'consulate-istanbul',
		kind: 'consulate',
		name: {
			ky: 'Кыргыз Республикасынын Стамбул шаарындагы Башкы консулдугу',
			ru: 'Генеральное консульство Кыргызской Республики в Стамбуле',
			en: 'Consulate General of the Kyrgyz Republic in Istanbul'
		},
		countryIso2: 'TR',
		city: { ky: 'Стамбул', ru: 'Стамбул', en: 'Istanbul' },
		address: null,
		phones: [],
		hours: null,
		languages: ['ky', 'ru', 'tr'],
		services: CONSULAR_SERVICES,
		source: {
			document: null,
			title: 'Ministry of Foreign Affairs of the Kyrgyz Republic — Consulate General of the Kyrgyz Republic in Istanbul (news page)',
			url: 'https://mfa.gov.kg/en/dm/Consulate-General-of-Kyrgyz-Republic-in-Istanbul/Menu---Foreign-/News/News-and-Events/Meeting-of-the-Consul-General-of-the-Kyrgyz-Republic-in-Istanbul-Nurlan-Abdrakhmanov-with-the-Governor-of-Istanbul-Ali-Yerlikaya'
		},
		needsReview: true
	},

	// ─── United Arab Emirates ──────────────────────────────────────────────────
	{
		slug: 'consulate-dubai',
		kind: 'consulate',
		name: {
			ky: 'Кыргыз Республикасынын Дубай шаарындагы Башкы консулдугу',
			ru: 'Генеральное консульство Кыргызской Республики в Дубае',
			en: 'Consulate General of the Kyrgyz Republic in Dubai'
		},
		countryIso2: 'AE',
		city: { ky: 'Дубай', ru: 'Дубай', en: 'Dubai' },
		address: null,
		phones: [],
		hours: null,
		languages: ['ky', 'ru'],
		services: CONSULAR_SERVICES,
		source: {
			document: null,
			title: 'Consulate General of the Kyrgyz Republic in Dubai and the Northern Emirates — consular registration',
			url: 'http://www.kyrgyzconsuae.org/mobilka/index.php'
		},
		needsReview: true
	},

	// ─── Other destination countries named in the seeds ───────────────────────
	// Germany: seed 003 names the Kyrgyz diaspora in Germany.
	{
		slug: 'embassy-berlin',
		kind: 'consulate',
		name: {
			ky: 'Кыргыз Республикасынын Германия Федеративдик Республикасындагы Элчилиги',
			ru: 'Посольство Кыргызской Республики в Федеративной Республике Германия',
			en: 'Embassy of the Kyrgyz Republic in the Federal Republic of Germany'
		},
		countryIso2: 'DE',
		city: { ky: 'Берлин', ru: 'Берлин', en: 'Berlin' },
		address: null,
		phones: [],
		hours: null,
		languages: ['ky', 'ru', 'de'],
		services: CONSULAR_SERVICES,
		source: MFA_MISSIONS,
		needsReview: true
	},
	// USA: seed 003 names the Kyrgyz diaspora in the USA.
	{
		slug: 'embassy-washington',
		kind: 'consulate',
		name: {
			ky: 'Кыргыз Республикасынын Америка Кошмо Штаттарындагы Элчилиги',
			ru: 'Посольство Кыргызской Республики в Соединённых Штатах Америки',
			en: 'Embassy of the Kyrgyz Republic in the United States of America'
		},
		countryIso2: 'US',
		city: { ky: 'Вашингтон', ru: 'Вашингтон', en: 'Washington, D.C.' },
		address: null,
		phones: [],
		hours: null,
		languages: ['ky', 'ru', 'en'],
		services: CONSULAR_SERVICES,
		source: MFA_MISSIONS,
		needsReview: true
	},
	// Japan: among the 17 countries covered by Migrant.kg (seed 002).
	{
		slug: 'embassy-tokyo',
		kind: 'consulate',
		name: {
			ky: 'Кыргыз Республикасынын Япониядагы Элчилиги',
			ru: 'Посольство Кыргызской Республики в Японии',
			en: 'Embassy of the Kyrgyz Republic in Japan'
		},
		countryIso2: 'JP',
		city: { ky: 'Токио', ru: 'Токио', en: 'Tokyo' },
		address: null,
		phones: [],
		hours: null,
		languages: ['ky', 'ru'],
		services: CONSULAR_SERVICES,
		source: MFA_MISSIONS,
		needsReview: true
	}
];
