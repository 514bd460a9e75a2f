import type { FaqSeed, SourceSeed } from './types';

/**
 * Frequent questions of Kyrgyz labour migrants, with short plain-language answers.
 *
 * Conventions:
 * - needsReview: false only when every fact in the answer comes from the seed document cited.
 * - needsReview: true with a seed source — the core fact is from that seed, but the answer adds
 *   practical advice or details from general knowledge that an editor must confirm.
 * - needsReview: true with document null — the answer is from general knowledge (the source names
 *   the standard it relies on).
 * - Seed excerpts are verbatim, with the seed's line breaks collapsed to single spaces.
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

function seed(doc: { document: string; title: string }, excerpt: string, article?: string): SourceSeed {
	return article ? { document: doc.document, title: doc.title, article, excerpt } : { document: doc.document, title: doc.title, excerpt };
}

export const FAQ: FaqSeed[] = [
	{
		slug: 'information-before-leaving',
		question: {
			ky: 'Жолго чыгардан мурун ишенимдүү маалыматты кайдан алсам болот?',
			ru: 'Где получить надёжную информацию перед отъездом?',
			en: 'Where can I get reliable information before I leave?'
		},
		answer: {
			ky: 'Мамлекеттик Жарандарды чет өлкөлөргө жумушка орноштуруу борбору чет өлкөдө иштөөнү пландагандар жана ал жакта иштеп жүргөндөр үчүн кыргыз жана орус тилдеринде [Migrant.kg](https://www.migrant.kg/) сайтын жүргүзөт; 2022-жылы анда 17 өлкө, анын ичинде Россия, Корея Республикасы, Япония жана Словакия боюнча маалымат бар болчу. Борборго Бишкекте же Ошто өзүңүз барып да кайрылсаңыз болот. Бир нерсеге кол коёрдон мурун Сапардагы [өлкөлөр боюнча колдонмолорду](/countries) окуп, агенттикти текшериңиз.',
			ru: 'Государственный Центр трудоустройства граждан за рубежом ведёт сайт [Migrant.kg](https://www.migrant.kg/) на кыргызском и русском языках для тех, кто собирается работать за рубежом или уже работает там; в 2022 году на нём была информация о 17 странах, в том числе о России, Республике Корея, Японии и Словакии. В Центр можно прийти и лично — в Бишкеке или Оше. Прежде чем что-то подписывать, прочитайте на Сапаре [путеводители по странам](/countries) и проверьте агентство.',
			en: 'The state Centre for Employment of Citizens Abroad runs the website [Migrant.kg](https://www.migrant.kg/) in Kyrgyz and Russian for people who plan to work abroad or already work there; in 2022 it had information on 17 countries, including Russia, the Republic of Korea, Japan and Slovakia. You can also visit the Centre in person in Bishkek or Osh. Before you sign anything, read the [country guides](/countries) on Sapar and check the agency.'
		},
		countryIso2: 'KG',
		source: seed(
			DOC_002,
			'the Centre for Employment of Citizens Abroad (CECA), under MLSSM, has developed the Migrant.kg website to inform and advise citizens on issues with regard to safe labour migration'
		),
		needsReview: false
	},
	// Seed 004 (2013): licences must be renewed annually. Which body issues them today, and whether
	// renewal is still yearly, is not in the seeds.
	{
		slug: 'agency-licence',
		question: {
			ky: 'Жумушка орноштуруу агенттигинин лицензиясы бар экенин кантип билсем болот?',
			ru: 'Как узнать, есть ли у агентства занятости лицензия?',
			en: 'How do I know if a recruitment agency is licensed?'
		},
		answer: {
			ky: 'Адамдарды чет өлкөгө жумушка жиберген жеке агенттиктин лицензиясы болушу керек, ал эми лицензия убагында жаңыланып турушу зарыл — эски лицензия жетишсиз. Агенттиктен лицензиясын көрсөтүүнү сураңыз, анын номерин жана агенттиктин толук аталышын жазып алыңыз. Андан кийин Сапардан агенттикти текшериңиз же Бишкектеги же Оштогу Жарандарды чет өлкөлөргө жумушка орноштуруу борборунан сураңыз. Текшере албаган агенттикке акча төлөбөңүз жана паспортуңузду бербеңиз.',
			ru: 'Частное агентство, которое отправляет людей на работу за рубеж, обязано иметь лицензию, и её нужно вовремя продлевать — старой лицензии недостаточно. Попросите агентство показать лицензию, запишите её номер и полное название агентства. Затем проверьте агентство на Сапаре или спросите в Центре трудоустройства граждан за рубежом в Бишкеке или Оше. Не платите деньги и не отдавайте паспорт агентству, которое вы не смогли проверить.',
			en: 'A private agency that sends people to work abroad must have a licence, and the licence has to be renewed on time — an old licence is not enough. Ask the agency to show its licence, and write down the licence number and the agency’s full name. Then check the agency on Sapar or ask the Centre for Employment of Citizens Abroad in Bishkek or Osh. Do not pay money or hand over your passport to an agency you could not check.'
		},
		countryIso2: 'KG',
		source: seed(
			DOC_004,
			'Now only 4 private recruitment agencies have legitimate licenses, it is obligatory to renew them annually.'
		),
		needsReview: true
	},
	{
		slug: 'recruitment-fee',
		question: {
			ky: 'Жумушка орноштуруу үчүн ким төлөшү керек?',
			ru: 'Кто должен платить за трудоустройство?',
			en: 'Who pays the recruitment fee?'
		},
		answer: {
			ky: 'Эл аралык эмгек стандарттары (ЭЭУ) боюнча агенттиктер жумушка орноштурганы үчүн жумушчудан акы албашы керек: жумушчуларды тартуу чыгымдарын иш берүүчү төлөйт. Бир нерсе төлөөдөн мурун бардык төлөмдөр жазылган жазуу жүзүндөгү келишимди сураңыз жана ар дайым квитанция алыңыз. Жумушту же визаны «кепилдөө» үчүн чоң сумма сурашса же төлөмдү келечектеги айлыгыңыздан кармап калууну сунушташса, абдан сак болуңуз — карызга матоо ушинтип башталат. Агенттик сизден акчаны адилетсиз алса, бул тууралуу кабарлаңыз — [жардам маалымдамасын](/help) караңыз.',
			ru: 'По международным трудовым стандартам (МОТ) агентства не должны брать с работника плату за трудоустройство: расходы на набор работников несёт работодатель. Прежде чем что-то платить, попросите письменный договор, где указаны все платежи, и всегда берите квитанцию. Будьте очень осторожны, если с вас требуют крупную сумму, чтобы «гарантировать» работу или визу, или предлагают удержать плату из будущей зарплаты — так начинается долговая кабала. Если агентство взяло с вас деньги нечестно, сообщите об этом — см. [справочник помощи](/help).',
			en: 'Under international labour standards (ILO), agencies should not charge workers for finding them a job: the costs of recruitment should be paid by the employer. Before you pay anything, ask for a written contract that lists every payment, and always get a receipt. Be very careful if someone asks for a large sum to “guarantee” a job or a visa, or wants to take the fee out of your future wages — this is how debt bondage begins. If an agency charged you unfairly, report it — see the [directory of help](/help).'
		},
		countryIso2: null,
		source: {
			document: null,
			title: 'ILO Private Employment Agencies Convention, 1997 (No. 181); ILO General principles and operational guidelines for fair recruitment',
			article: 'C181, Article 7',
			url: 'https://www.ilo.org/dyn/normlex/en/f?p=NORMLEXPUB:12100:0::NO::P12100_ILO_CODE:C181'
		},
		needsReview: true
	},
	{
		slug: 'contract-language',
		question: {
			ky: 'Толук түшүнбөгөн эмгек келишимине кол коюш керекпи?',
			ru: 'Подписывать ли трудовой договор, если я не всё в нём понимаю?',
			en: 'Should I sign a work contract I do not fully understand?'
		},
		answer: {
			ky: 'Жок. Келишим сизди коргош үчүн түзүлөт, ошондуктан ал эне тилиңизге которулушу керек. Кол коёрдон мурун иш берүүчүнүн аталышын жана дарегин, кызматыңызды, эмгек акынын өлчөмүн жана кантип төлөнөрүн, иш убактысын, турак жайды жана жол киреңизди ким төлөй турганын текшериңиз. Кол коюлган өз нускаңызды жана анын сүрөтүн сактап коюңуз. Бир нерсе түшүнүксүз болсо, кол коёрдон мурун агенттиктен же Жарандарды чет өлкөлөргө жумушка орноштуруу борборунан түшүндүрүп берүүнү сураңыз.',
			ru: 'Нет. Договор нужен, чтобы защищать вас, поэтому он должен быть переведён на ваш родной язык. Перед подписанием проверьте название и адрес работодателя, вашу должность, размер зарплаты и порядок её выплаты, рабочее время, жильё и то, кто оплачивает дорогу. Сохраните свой подписанный экземпляр и его фото. Если что-то непонятно, попросите агентство или Центр трудоустройства граждан за рубежом объяснить это до подписания.',
			en: 'No. A contract is meant to protect you, so it should be translated into your own language. Before you sign, check the employer’s name and address, your job, the wage and how it is paid, working hours, housing, and who pays for travel. Keep your own signed copy and a photo of it. If something is unclear, ask the agency or the Centre for Employment of Citizens Abroad to explain it before you sign.'
		},
		countryIso2: null,
		source: seed(
			DOC_004,
			'Contract is called to provide protection to the labor migrant. Contract should be translated into migrant’s mother tongue.'
		),
		needsReview: true
	},
	{
		slug: 'work-permit-russia',
		question: {
			ky: 'Россияда иштөө үчүн патент же иштөөгө уруксат керекпи?',
			ru: 'Нужен ли мне патент или разрешение на работу в России?',
			en: 'Do I need a work permit or a patent to work in Russia?'
		},
		answer: {
			ky: 'Жок. Кыргызстан Евразиялык экономикалык биримдиктин (ЕАЭБ) мүчөсү, ошондуктан 2015-жылдын августунан бери биримдикке мүчө өлкөлөрдүн жарандары башка мүчө өлкөлөрдө иштөөгө уруксатсыз жана патентсиз иштей алышат, ал эми чет өлкөлүк жумушчуларга коюлган квоталар аларга колдонулбайт. ЕАЭБдин башка өлкөлөрүндө — Казакстанда, Арменияда жана Беларуста — да ушундай. Бирок кирүү жана болуу боюнча башка эрежелер сакталат, ошондуктан жолго чыгардан мурун [өлкөлөр боюнча колдонмолорду](/countries) окуп чыгыңыз.',
			ru: 'Нет. Кыргызстан — член Евразийского экономического союза (ЕАЭС), и с августа 2015 года граждане стран союза могут работать в других странах-членах без разрешения на работу и патента, а квоты на иностранных работников на них не распространяются. Так же и в других странах ЕАЭС — в Казахстане, Армении и Беларуси. Другие правила въезда и пребывания при этом действуют, поэтому перед поездкой прочитайте [путеводители по странам](/countries).',
			en: 'No. Kyrgyzstan is a member of the Eurasian Economic Union (EAEU), and since August 2015 citizens of member countries can work in other member countries without a work permit or patent, and quotas for foreign workers do not apply to them. The same is true in the other EAEU countries: Kazakhstan, Armenia and Belarus. Other rules of entry and stay still apply, so read the [country guides](/countries) before you go.'
		},
		countryIso2: 'RU',
		source: seed(
			DOC_002,
			'The Treaty warrants access to employment of nationals within the bloc regardless of individual State regulations on work permits, quotas or other limitations aimed at protecting their labour markets'
		),
		needsReview: false
	},
	{
		slug: 'consular-registration',
		question: {
			ky: 'Кыргызстандын элчилигинде же консулдугунда каттоого турушум керекпи?',
			ru: 'Нужно ли вставать на учёт в посольстве или консульстве Кыргызстана?',
			en: 'Must I register with the Kyrgyz embassy or consulate?'
		},
		answer: {
			ky: 'Ооба, эгер чет өлкөгө үч айдан ашык мөөнөткө кетсеңиз. Чет өлкөдө үч айдан ашык жүргөн Кыргызстандын жарандары келгенден кийин 15 күндүн ичинде Кыргызстандын элчилигинде же консулдугунда каттоого турушу керек. Элчиликтер жана консулдуктар бул каттоонун негизинде кырдаал оорлошкондо жарандарга жардам беришет. Элчиликке же консулдукка жетүү мүмкүн болбосо, Кыргызстандын өкмөтүнө электрондук почта же факс аркылуу кабарласаңыз болот. Жакынкы өкүлчүлүктү [жардам маалымдамасынан](/help) табыңыз.',
			ru: 'Да, если вы уезжаете больше чем на три месяца. Граждане Кыргызстана, которые находятся за рубежом дольше трёх месяцев, должны встать на учёт в посольстве или консульстве Кыргызстана в течение 15 дней после приезда. По этому учёту посольства и консульства помогают гражданам в кризисных ситуациях. Если обратиться в посольство или консульство невозможно, можно сообщить правительству Кыргызстана по электронной почте или факсу. Ближайшее представительство найдите в [справочнике помощи](/help).',
			en: 'Yes, if you go abroad for more than three months. Kyrgyz citizens staying abroad for over three months must register at an embassy or consulate of Kyrgyzstan within 15 days of arrival. Embassies and consulates use these records to help citizens in a crisis. If you cannot reach an embassy or consulate, you may inform the Kyrgyz government by e-mail or fax. Find the nearest mission in the [directory of help](/help).'
		},
		countryIso2: null,
		source: seed(
			DOC_002,
			'Kyrgyz citizens travelling abroad for a period of over three months are required to register at an embassy or consulate within 15 days of arrival.'
		),
		needsReview: false
	},
	{
		slug: 'passport-kept',
		question: {
			ky: 'Иш берүүчү паспортумду өзүндө кармап турса болобу?',
			ru: 'Может ли работодатель держать у себя мой паспорт?',
			en: 'Can my employer keep my passport?'
		},
		answer: {
			ky: 'Жок. Иш берүүчү же агенттик паспортуңузду карап же көчүрмөсүн алса болот, бирок аны өзүндө калтырбашы керек. Жумушчунун паспортун же башка документтерин тартып алуу — мажбурлап иштетүүнүн жана адам сатуунун негизги белгилеринин бири. Паспортуңузду өзүңүз менен алып жүрүңүз, ал эми анын сүрөтүн же көчүрмөсүн башка жерде сактаңыз. Паспортуңузду кайтарып берүүдөн баш тартышса, Кыргызстандын элчилигине же консулдугуна жана полицияга кайрылыңыз — [жардам маалымдамасын](/help) караңыз.',
			ru: 'Нет. Работодатель или агентство могут посмотреть ваш паспорт или снять с него копию, но не должны оставлять его у себя. Изъятие паспорта или других документов у работника — один из главных признаков принудительного труда и торговли людьми. Держите паспорт при себе, а его фото или копию храните в другом месте. Если вам отказываются вернуть паспорт, обратитесь в посольство или консульство Кыргызстана и в полицию — см. [справочник помощи](/help).',
			en: 'No. An employer or agency may look at your passport or make a copy, but must not keep it. Taking away a worker’s passport or other documents is one of the main signs of forced labour and human trafficking. Keep your passport with you, and keep a photo or copy of it somewhere else. If someone refuses to give your passport back, contact the Kyrgyz embassy or consulate and the police — see the [directory of help](/help).'
		},
		countryIso2: null,
		source: {
			document: null,
			title: 'ILO Indicators of Forced Labour (2012) — retention of identity documents'
		},
		needsReview: true
	},
	// The agency duty is from seed 002; the practical advice (evidence, labour inspection) is general.
	{
		slug: 'not-paid',
		question: {
			ky: 'Иш берүүчү эмгек акымды төлөбөсө эмне кылам?',
			ru: 'Что делать, если работодатель не платит зарплату?',
			en: 'What should I do if my employer does not pay me?'
		},
		answer: {
			ky: 'Далилдерди чогултуңуз: келишимди, эмгек акы боюнча эсеп баракчаларын, жазышууларды, иш ордуңуздун сүрөттөрүн, жетекчиңиздин жана кесиптештериңиздин аты-жөнүн жана телефондорун, иштеген күндөрүңүз менен сааттарыңыздын эсебин. Акчаны жазуу жүзүндө талап кылып, көчүрмөсүн сактап калыңыз. Эгер сизди лицензиясы бар агенттик жиберсе, ал жардам бериши керек: иш берүүчү укугуңузду бузса, Жарандарды чет өлкөлөргө жумушка орноштуруу борбору агенттиктин сизге мекенге кайтууга же башка жумуш табууга жардам беришин көзөмөлдөйт. Ошондой эле Кыргызстандын элчилигине же консулдугуна жана иштеп жаткан өлкөдөгү эмгек инспекциясына кайрылсаңыз болот — [жардам маалымдамасын](/help) караңыз.',
			ru: 'Соберите доказательства: договор, расчётные листки, переписку, фото рабочего места, имена и телефоны начальника и коллег, записи о днях и часах, которые вы отработали. Потребуйте деньги письменно и сохраните копию. Если вас отправило лицензированное агентство, оно обязано помочь: если работодатель нарушил ваши права, Центр трудоустройства граждан за рубежом следит за тем, чтобы агентство помогло вам вернуться домой или найти другую работу. Можно также обратиться в посольство или консульство Кыргызстана и в трудовую инспекцию страны, где вы работаете, — см. [справочник помощи](/help).',
			en: 'Collect proof: your contract, pay slips, messages, photos of the workplace, the names and phone numbers of your boss and co-workers, and a record of the days and hours you worked. Ask for the money in writing and keep a copy. If a licensed agency sent you, it must help: when the employer has violated your rights, the Centre for Employment of Citizens Abroad makes sure the agency helps you return home or find another job. You can also turn to the Kyrgyz embassy or consulate and to the labour inspection of the country where you work — see the [directory of help](/help).'
		},
		countryIso2: null,
		source: seed(
			DOC_002,
			'the CECA is responsible for ensuring that private recruitment agencies help migrant workers whom they sent for work abroad to return to Kyrgyzstan if the employer has violated their rights'
		),
		needsReview: true
	},
	{
		slug: 'recognise-trafficking',
		question: {
			ky: 'Адам сатууну кантип тааныса болот?',
			ru: 'Как распознать торговлю людьми?',
			en: 'How do I recognise human trafficking?'
		},
		answer: {
			ky: 'Коркунучтуу белгилер: жумуш сунушу ишенгис жакшы көрүнөт же чыныгы жумуш убада кылынгандан башка болуп чыгат; паспортуңузду же телефонуңузду тартып алышат; карызыңыз бар экенин айтышат жана ал карыз улам өсө берет; сизди камап коюшат, коркутушат, кетирбей коюшат же акы төлөшпөйт. Жолго чыгардан мурун үй-бүлөңүзгө иш берүүчүнүн так дарегин жана аталышын, паспортуңуздун көчүрмөсүн калтырып, канча убакта бир чалып турарыңызды макулдашып алыңыз. Эгер сиз же тааныштарыңыз ушундай абалга туш болсо, элчиликке же консулдукка, полицияга же ишеним телефонуна кайрылыңыз — [жардам маалымдамасын](/help) караңыз.',
			ru: 'Тревожные признаки: предложение работы кажется слишком хорошим, чтобы быть правдой, или настоящая работа отличается от обещанной; у вас забирают паспорт или телефон; вам говорят, что вы должны, и долг всё растёт; вас запирают, вам угрожают, не отпускают или не платят. Перед отъездом оставьте семье точный адрес и название работодателя и копию паспорта и договоритесь, как часто будете звонить. Если вы или ваш знакомый оказались в такой ситуации, обратитесь в посольство или консульство, в полицию или на горячую линию — см. [справочник помощи](/help).',
			en: 'Warning signs: a job offer that seems too good to be true, or the real work is different from what you were promised; your passport or phone is taken away; you are told you owe a debt that keeps growing; you are locked in, threatened or not allowed to leave, or you are not paid. Before you leave, give your family the exact address and name of your employer and a copy of your passport, and agree how often you will call. If you or someone you know is in this situation, contact the embassy or consulate, the police or a hotline — see the [directory of help](/help).'
		},
		countryIso2: null,
		source: {
			document: null,
			title: 'ILO Indicators of Forced Labour (2012); UN Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children (2000)'
		},
		needsReview: true
	},
	{
		slug: 'trafficking-help',
		question: {
			ky: 'Адам сатуудан жабыр тарткандарга кандай жардам берилет?',
			ru: 'Какую помощь получают пострадавшие от торговли людьми?',
			en: 'What help is there for victims of human trafficking?'
		},
		answer: {
			ky: 'Кыргызстанда адам сатуудан жабыр тарткандар медициналык жардам, психологиялык колдоо, социалдык жана юридикалык жардам ала алышат, практикалык көндүмдөргө үйрөнүп, баш калкалоочу жайга жайгаша алышат. Муну «Адам сатуунун алдын алуу жана ага каршы күрөшүү жөнүндө» мыйзам (2005) жана баш калкалоочу жайлар боюнча өкмөттүн эрежелери кепилдейт. 2019-жылдан бери жабыр тарткандарды жардамга багыттоонун улуттук механизми иштейт: ал мамлекеттик органдарга жана коммерциялык эмес уюмдарга жабыр тарткандарды кантип аныктоону жана аларга юридикалык жана социалдык жардам көрсөтүүнү түшүндүрөт. [Жардам маалымдамасынан](/help) баштаңыз.',
			ru: 'В Кыргызстане пострадавшие от торговли людьми могут получить медицинскую помощь, психологическую поддержку, социальную и юридическую помощь, обучение практическим навыкам и место в приюте. Это гарантируют Закон «О предупреждении и борьбе с торговлей людьми» (2005) и правила правительства о приютах. С 2019 года действует Национальный механизм перенаправления жертв торговли людьми: он объясняет государственным органам и некоммерческим организациям, как выявлять пострадавших и оказывать им юридическую и социальную помощь. Начните со [справочника помощи](/help).',
			en: 'In Kyrgyzstan, victims of human trafficking can get medical care, psychological support, social and legal help, practical skills training and a place in a shelter. This is guaranteed by the Law on Preventing and Combating Human Trafficking (2005) and government rules on shelters. Since 2019 a National Referral Mechanism tells state bodies and non-profit organisations how to identify victims and give them legal and social help. Start with the [directory of help](/help).'
		},
		countryIso2: 'KG',
		source: seed(
			DOC_002,
			'Victims of human trafficking in Kyrgyzstan can access medical services, sociopsychological support, social and labour services (e.g. practical skills training)'
		),
		needsReview: false
	},
	// Seed 004: CECA organises employment in South Korea under intergovernmental agreements, with
	// pre-departure training. "EPS", the language test and employer selection are general knowledge.
	{
		slug: 'eps-korea',
		question: {
			ky: 'Кореяда иштөө үчүн EPS программасы деген эмне?',
			ru: 'Что такое программа EPS для работы в Корее?',
			en: 'What is the EPS programme for work in Korea?'
		},
		answer: {
			ky: 'EPS (Employment Permit System — иштөөгө уруксат берүү системасы) — Корея Республикасынын чет өлкөлүк жумушчуларды, негизинен заводдорго, жалдоо боюнча мамлекеттик программасы. Кыргызстанда ал эки өлкөнүн өкмөттөрүнүн ортосундагы келишимдин негизинде иштейт жана аны жеке агенттиктер эмес, мамлекеттик Жарандарды чет өлкөлөргө жумушка орноштуруу борбору жүргүзөт. Талапкерлер корей тили боюнча сынак тапшырып, корей иш берүүчүсү тандаганча күтүшөт; келишим алгандар чет өлкөгө кетер алдында даярдыктан өтүшөт. EPSке орун убада кылгандарга акча төлөбөңүз — түздөн-түз Борборго кайрылыңыз.',
			ru: 'EPS (Employment Permit System — система разрешений на работу) — государственная программа Республики Корея по найму иностранных работников, в основном на заводы. В Кыргызстане она действует по соглашению между правительствами двух стран, и занимается ею государственный Центр трудоустройства граждан за рубежом, а не частные агентства. Кандидаты сдают экзамен по корейскому языку и ждут, пока их выберет корейский работодатель; те, кто получил контракт, проходят предвыездную подготовку. Никому не платите за обещание места в EPS — обращайтесь напрямую в Центр.',
			en: 'EPS (Employment Permit System) is the Republic of Korea’s state programme for hiring foreign workers, mostly for factories. In Kyrgyzstan it runs under an agreement between the two governments and is handled by the state Centre for Employment of Citizens Abroad, not by private agencies. Candidates take a Korean language test and then wait to be chosen by a Korean employer; those who get a contract go through pre-departure training. Do not pay anyone who promises you a place in EPS — ask the Centre directly.'
		},
		countryIso2: 'KR',
		source: seed(
			DOC_004,
			'about 1450 labor migrants were employed in South Korea on the base of the signed inter-governmental agreements'
		),
		needsReview: true
	},
	// Facts from seed 002; needsReview because whether recruitment is open, and who the official
	// partners are today, must be checked before migrants rely on it.
	{
		slug: 'uk-seasonal-work',
		question: {
			ky: 'Улуу Британияга айыл чарбасындагы мезгилдүү жумушка барсам болобу?',
			ru: 'Можно ли поехать в Великобританию на сезонные сельхозработы?',
			en: 'Can I go to the United Kingdom for seasonal farm work?'
		},
		answer: {
			ky: '2022-жылдын мартында Кыргызстан Улуу Британия менен 1000 кыргызстандыкты алты айга чейинки мөөнөткө айыл чарба жумуштарына тартуу жөнүндө келишимге кол койгон, ал эми Жарандарды чет өлкөлөргө жумушка орноштуруу борбору британиялык AGRI-HR компаниясы менен кыргызстандыктарды мезгилдүү айыл чарба жумуштарына орноштуруу боюнча эмгек келишимин түзгөн. Азыр жумушчулар кабыл алынып жатабы жана кайсы уюмдар расмий өнөктөштөр экенин Борбордон сураңыз. Ушул расмий жолдордон тышкары Британиянын визасын же фермадагы жумушту убада кылгандарга акча төлөбөңүз.',
			ru: 'В марте 2022 года Кыргызстан подписал соглашение с Великобританией о наборе 1000 граждан Кыргызстана на сельскохозяйственные работы сроком до шести месяцев, а Центр трудоустройства граждан за рубежом подписал трудовое соглашение с британской компанией AGRI-HR о трудоустройстве кыргызстанцев на сезонные сельхозработы. Спросите в Центре, идёт ли набор сейчас и какие организации являются официальными партнёрами. Не платите тем, кто обещает британскую визу или работу на ферме в обход этих официальных каналов.',
			en: 'In March 2022 Kyrgyzstan signed an agreement with the United Kingdom to recruit 1,000 Kyrgyz citizens for farm work for up to six months, and the Centre for Employment of Citizens Abroad signed a labour agreement with AGRI-HR, a UK company, to employ Kyrgyz citizens as seasonal farm workers. Ask the Centre whether recruitment is open now and which organisations are official partners. Do not pay anyone who promises a UK visa or a farm job outside these official channels.'
		},
		countryIso2: 'GB',
		source: seed(
			DOC_002,
			'In March 2022, it signed a BLA with the United Kingdom to enable the recruitment of 1,000 Kyrgyz people for the British agricultural sector for up to six months.'
		),
		needsReview: true
	},
	{
		slug: 'pension-abroad',
		question: {
			ky: 'Чет өлкөдөгү эмгегим пенсияма эсептелеби?',
			ru: 'Засчитается ли работа за рубежом в мою пенсию?',
			en: 'Will my work abroad count towards my pension?'
		},
		answer: {
			ky: 'Эгер сиз Евразиялык экономикалык биримдиктин башка өлкөсүндө — Россияда, Казакстанда, Арменияда же Беларуста — иштесеңиз, ошол өлкөнүн пенсиялык системасына катышасыз. 2020-жылдын июлунда Кыргызстан ЕАЭБге мүчө мамлекеттердин эмгекчилерин пенсия менен камсыздоо жөнүндө келишимди ратификациялаган: ЕАЭБ өлкөлөрүндө топтолгон пенсиялык укуктар мүчө мамлекеттердин ортосунда сакталат. 2020-жылдын ноябрынан бери күчүнө кирген Түркия менен келишим эки өлкөнүн мигранттарына социалдык жана пенсиялык камсыздоого бирдей укук берет. Бул сизге кандай тиешелүү экенин Кыргыз Республикасынын Социалдык фондунан тактаңыз.',
			ru: 'Если вы работаете в другой стране Евразийского экономического союза — России, Казахстане, Армении или Беларуси, — вы участвуете в пенсионной системе этой страны. В июле 2020 года Кыргызстан ратифицировал Соглашение о пенсионном обеспечении трудящихся государств — членов ЕАЭС: пенсионные права, заработанные в странах ЕАЭС, сохраняются и переносятся между ними. Договор с Турцией, действующий с ноября 2020 года, даёт мигрантам обеих стран равные права на социальное и пенсионное обеспечение. Как это касается вас, уточните в Социальном фонде Кыргызской Республики.',
			en: 'If you work in another country of the Eurasian Economic Union — Russia, Kazakhstan, Armenia or Belarus — you take part in that country’s pension system. In July 2020 Kyrgyzstan ratified the EAEU Agreement on Pension Provision of Workers, which makes pension rights earned in EAEU countries portable between the member states. An agreement with Türkiye, in force since November 2020, gives migrants of both countries equal social and pension rights. Ask the Social Fund of the Kyrgyz Republic how this applies to you.'
		},
		countryIso2: null,
		source: seed(
			DOC_002,
			'citizens from a member State who are employed in another country of the EAEU must participate in the host country’s social security retirement system'
		),
		needsReview: false
	},
	{
		slug: 'help-after-return',
		question: {
			ky: 'Мекенге кайтып келгенде кандай жардам бар?',
			ru: 'Какая помощь есть после возвращения домой?',
			en: 'What help is there when I come back home?'
		},
		answer: {
			ky: 'Бишкектеги жана Оштогу чет өлкөдө жумушка орноштуруу борборлору чет өлкөгө кетип жаткандарга гана эмес, кайтып келген мигранттарга да маалымат жана кеңеш беришет. 2019-жылы GIZ менен биргеликте «Мигрант Ишкер» пилоттук долбоору башталып, кайтып келген мигранттарды кесиптик көндүмдөргө, анын ичинде өз ишин ачууга үйрөтө баштаган; ал азыр да иштеп жатабы, Борбордон сураңыз. Мамлекет кайтып келген мигранттарды ыңгайлаштыруу жана кайра интеграциялоо боюнча чараларды кабыл алган, бирок 2022-жылы толук кандуу улуттук кайра интеграциялоо программасы али даярдалып жаткан.',
			ru: 'Центры трудоустройства за рубежом в Бишкеке и Оше информируют и консультируют не только уезжающих, но и вернувшихся мигрантов. В 2019 году вместе с GIZ начался пилотный проект «Мигрант Ишкер»: вернувшихся мигрантов обучали профессиональным навыкам, в том числе для открытия своего дела; спросите в Центре, действует ли он сейчас. Государство приняло меры по адаптации и реинтеграции вернувшихся мигрантов, но в 2022 году полноценная национальная программа реинтеграции ещё только готовилась.',
			en: 'The Centres for Employment Abroad in Bishkek and Osh give information and advice to migrants who have come back, not only to those who are leaving. In 2019 a pilot project with GIZ, Migrant Ishker, began training returning migrants in professional skills, including for starting their own business; ask the Centre whether it is running now. The state has adopted measures for the adaptation and reintegration of returning migrants, but in 2022 a full national reintegration programme was still being prepared.'
		},
		countryIso2: 'KG',
		source: seed(
			DOC_003,
			'Centers for Employment Abroad (Bishkek, Osh) provide safe migration and employment info services to returning and prospective migrants.'
		),
		needsReview: false
	},
	{
		slug: 'vote-abroad',
		question: {
			ky: 'Чет өлкөдө жүрүп Кыргызстандагы шайлоодо добуш бере аламбы?',
			ru: 'Могу ли я голосовать на выборах в Кыргызстане, находясь за рубежом?',
			en: 'Can I vote in Kyrgyz elections while I am abroad?'
		},
		answer: {
			ky: 'Ооба. Шайлоо күнү чет өлкөдө жүргөн Кыргызстандын жарандары Кыргыз Республикасынын элчиликтеринде жана консулдуктарында добуш бере алышат; бул Кыргыз Республикасынын Президентин жана Жогорку Кеңешинин депутаттарын шайлоо жөнүндө конституциялык мыйзамда белгиленген. Шайлоо участкасы кайда болорун жана шайлоочулардын тизмесине кантип кирүүнү элчиликтен же консулдуктан алдын ала сураңыз.',
			ru: 'Да. Граждане Кыргызстана, которые в день выборов находятся за рубежом, могут проголосовать в посольствах и консульствах Кыргызской Республики; это установлено Конституционным законом о выборах Президента и депутатов Жогорку Кенеша. Заранее узнайте в посольстве или консульстве, где будет избирательный участок и как попасть в список избирателей.',
			en: 'Yes. Kyrgyz citizens who are abroad on election day can vote at the embassies and consulates of the Kyrgyz Republic; this is set by the Constitutional Law on Presidential and Parliamentary Elections. Ask your embassy or consulate well in advance where the polling station will be and how to get on the voters’ list.'
		},
		countryIso2: null,
		source: seed(
			DOC_002,
			'Kyrgyz citizens who are abroad at the time of the election can exercise their electoral right at diplomatic and consular missions of the Kyrgyz Republic.'
		),
		needsReview: false
	},
	{
		slug: 'missing-relative-russia',
		question: {
			ky: 'Россияда иштеген тууганыбыз дайынсыз жоголуп кетти. Эмне кылабыз?',
			ru: 'Родственник, который работал в России, пропал. Что делать?',
			en: 'A relative working in Russia has gone missing. What can we do?'
		},
		answer: {
			ky: 'Кыргызстандын Ички иштер министрлигинин Россияда өкүлчүлүгү бар, ал дайынсыз жоголгон мигранттарды издөө боюнча кайрылууларды карайт. Ал Кыргызстандын жарандарын табуу үчүн Россиянын укук коргоо органдары менен иштешет жана кыйын абалга туш болгон мигранттарга укуктук жардам берет. Мүмкүн болушунча көп маалымат бериңиз: аты-жөнү, туулган күнү, паспорт маалыматтары, сүрөтү, акыркы белгилүү дареги жана иштеген жери, акыркы жолу качан байланышка чыкканы. Ошондой эле Кыргызстандын Москвадагы элчилигине кайрылсаңыз болот — [жардам маалымдамасын](/help?country=RU) караңыз.',
			ru: 'У Министерства внутренних дел Кыргызстана есть представительство в России, которое принимает запросы о розыске пропавших мигрантов. Оно работает с российскими правоохранительными органами, чтобы найти граждан Кыргызстана, и оказывает правовую помощь мигрантам в трудной ситуации. Сообщите как можно больше сведений: ФИО, дату рождения, паспортные данные, фото, последний известный адрес и место работы, когда человек последний раз выходил на связь. Можно также обратиться в посольство Кыргызстана в Москве — см. [справочник помощи](/help?country=RU).',
			en: 'The Ministry of Internal Affairs of Kyrgyzstan has a representative office in Russia that handles requests to search for missing migrants. It works with Russian law enforcement to find Kyrgyz citizens and gives legal help to migrants in difficult situations. Give as much detail as you can: full name, date of birth, passport details, a photo, the last known address and employer, and when you last heard from them. You can also turn to the Kyrgyz embassy in Moscow — see the [directory of help](/help?country=RU).'
		},
		countryIso2: 'RU',
		source: seed(
			DOC_002,
			'The Ministry of Internal Affairs has established a representative office in the Russian Federation to ensure prompt response to requests to search for missing migrants'
		),
		needsReview: false
	},
	// The decree is listed in seed 002's annex by title only; its conditions are not in the seeds.
	{
		slug: 'death-abroad',
		question: {
			ky: 'Мигрант чет өлкөдө каза болсо эмне кылуу керек?',
			ru: 'Что делать, если мигрант умер за рубежом?',
			en: 'What happens if a migrant dies abroad?'
		},
		answer: {
			ky: 'Үй-бүлөсү ошол өлкөдөгү Кыргызстандын элчилигине же консулдугуна мүмкүн болушунча тезирээк кайрылышы керек. Өкмөттүн чет өлкөдө каза болгон жарандардын сөөгүн Кыргызстанга алып келүү чыгымдарын жабуу чаралары жөнүндө токтому бар (2021-жылдын 21-апрелиндеги № 169). Кандай шарттарда жүргүзүлөрүн жана кандай документтер керек экенин элчиликтен же консулдуктан тактаңыз.',
			ru: 'Семье нужно как можно скорее связаться с посольством или консульством Кыргызстана в этой стране. У правительства есть постановление о мерах по покрытию расходов на перевозку в Кыргызстан тел граждан, умерших за рубежом (№ 169 от 21 апреля 2021 года). Уточните в посольстве или консульстве, на каких условиях это делается и какие нужны документы.',
			en: 'The family should contact the Kyrgyz embassy or consulate in that country as soon as possible. The government has a decree on covering the costs of bringing home the bodies of Kyrgyz citizens who died abroad (Decree No. 169 of 21 April 2021). Ask the embassy or consulate which conditions apply and which documents are needed.'
		},
		countryIso2: null,
		source: seed(
			DOC_002,
			'Measures to Cover the Costs associated with the Repatriation to the Kyrgyz Republic of the Bodies of Citizens of the Kyrgyz Republic Who Died Abroad',
			'Annex, item 26'
		),
		needsReview: true
	}
];
