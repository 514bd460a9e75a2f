import type { GuideSeed, SourceSeed } from './types';

/**
 * Destination-country guides for the CIS / Eurasian region and the Middle East: Russia, Kazakhstan,
 * Türkiye and Bahrain (the only Middle East country the seeds name as a destination: seed 002 lists it
 * among the countries covered by Migrant.kg). Uzbekistan, Belarus and Armenia are named in the seeds
 * only as CIS / EAEU members, not as destinations, and the UAE is not named at all, so they have no
 * guide here.
 *
 * Conventions:
 * - A section whose facts all come from the seed documents cites the seed (verbatim excerpt, line breaks
 *   collapsed to single spaces), has needsReview: false and reviewedOn 2026-11-01.
 * - Every other section mixes in facts from general knowledge (the host country's own rules). It cites
 *   the official act or site those facts come from, has needsReview: true and reviewedOn 2026-05-01.
 *   Seed facts repeated in such sections (consular registration within 15 days, the EAEU pension
 *   agreement, the Kyrgyz–Turkish social security agreement) are checked against seed 002.
 * - No phone numbers except national emergency and official public hotlines; embassy contacts are left
 *   to the directory (/help).
 * - Seed 004 (2013) says migrants in Russia pay 30% tax in the first year: that predates EAEU membership
 *   and is not used; the Russian taxes section says so explicitly.
 */

const SEED_CHECKED = '2026-11-01';
const TO_REVIEW = '2026-05-01';

const DOC_002 = {
	document: '002_50f2aea91ede881b.txt',
	title: 'Migration Governance Indicators Second Profile 2022 – The Kyrgyz Republic'
} as const;

function seed002(article: string, excerpt: string): SourceSeed {
	return { document: DOC_002.document, title: DOC_002.title, article, excerpt };
}

/** Kyrgyz citizens abroad may turn to embassies and consulates (seed 002, section 5.1). */
const SRC_RIGHTS_EMBASSIES = seed002(
	'5.1. Effectively addresses the mobility dimensions of crises – examples of well-developed areas',
	'Under Law No. 4 on External Labour Migration (2006), Kyrgyz nationals abroad may turn to embassies and consulates for assistance in protecting their rights and freedom to seek employment.'
);

const EAEU_TREATY_URL = 'https://www.wto.org/english/thewto_e/acc_e/kaz_e/wtacckaz85_leg_1.pdf';
const MFA_EMBASSY_RU_URL =
	'https://mfa.gov.kg/en/dm/Embassy-of-the-Kyrgyz-Republic-in-the-Russian-Federation/Menu---Foreign-/Consular-issues/Useful-information/oleznaya-informaciya-5c0f4ca3e7101';
const MFA_EMBASSY_KZ_URL =
	'https://mfa.gov.kg/en/dm/Embassy-of-the-Kyrgyz-Republic-to-the-Republic-of-Kazakhstan/Menu---Foreign-/Consular-issues/Useful-information/seful-information-5c1100fc346e3';
const MFA_ISTANBUL_URL =
	'https://mfa.gov.kg/en/dm/Consulate-General-of-Kyrgyz-Republic-in-Istanbul/Menu---Foreign-/Consular-issues/Useful-information/Useful-information-5c46b160175b7';
const LMRA_URL = 'https://www.lmra.gov.bh/';

export const GUIDES_CIS: GuideSeed[] = [
	// ═══ Russia ═══════════════════════════════════════════════════════════════
	{
		countryIso2: 'RU',
		intro: {
			ky: `Россия — Кыргызстандын эмгек мигранттары эң көп бара турган өлкө. Кыргызстан 2015-жылдан бери Евразиялык экономикалык биримдиктин (ЕАЭБ) мүчөсү, ошондуктан Россияда патентсиз жана иштөөгө уруксатсыз иштей аласыз, бирок каттоо эрежелерин так сакташыңыз керек.`,
			ru: `Россия — главная страна, куда едут трудовые мигранты из Кыргызстана. С 2015 года Кыргызстан входит в Евразийский экономический союз (ЕАЭС), поэтому в России можно работать без патента и разрешения на работу, но правила учёта нужно строго соблюдать.`,
			en: `Russia is the main destination for Kyrgyz labour migrants. Since 2015 Kyrgyzstan has been a member of the Eurasian Economic Union (EAEU), so you can work in Russia without a patent or work permit, but you must follow the registration rules carefully.`
		},
		sections: [
			{
				kind: 'entry',
				body: {
					ky: `Россияга кирүү үчүн виза керек эмес.

Өзүңүз менен алыңыз:
- Кыргызстандын жаранынын жарактуу паспорту: ID-карта же жалпы жарандык (чет өлкөгө чыгуучу) паспорт;
- паспорттун көчүрмөлөрү — аларды түп нускасынан бөлөк сактаңыз;
- дипломуңуз же кесибиңизди тастыктаган документтер, эгер болсо;
- алгачкы жумаларга жана үйгө кайтуучу билетке жете турган акча.

Жолго чыгардан мурун Россияга кирүүгө тыюу салынган-салынбаганын Россиянын ИИМинин сайтынан текшериңиз.

Чек арадан өткөндө **миграциялык карта** толтурасыз. Иштегени барсаңыз, сапардын максатын **«работа»** (иш) деп жазыңыз. Картаны Россиядан чыкканга чейин сактаңыз.

Иштегени келсеңиз, кирген күндөн тартып **30 күндүн ичинде** медициналык кароодон жана дактилоскопиядан өтүшүңүз керек (кийинки бөлүмдү караңыз).

Россия өлкөгө кирүү үчүн RuID тиркемесин сынап жатат. Аны колдонуу сиз үчүн милдеттүүбү, элчиликтен сураңыз. Эрежелер көп өзгөрөт: жолго чыгардан мурун Кыргызстандын Россиядагы элчилигинин сайтынан же Migrant.kg сайтынан текшериңиз.`,
					ru: `Для въезда в Россию виза не нужна.

Возьмите с собой:
- действующий паспорт гражданина Кыргызстана: ID-карту или общегражданский (заграничный) паспорт;
- копии паспорта — храните их отдельно от оригинала;
- диплом или документы о профессии, если они есть;
- деньги на первые недели и на билет домой.

Перед поездкой проверьте на сайте МВД России, нет ли у вас запрета на въезд.

На границе вы заполняете **миграционную карту**. Если едете работать, укажите цель визита **«работа»**. Храните карту до выезда из России.

Если вы приехали работать, в течение **30 дней** после въезда нужно пройти медосвидетельствование и дактилоскопию (см. следующий раздел).

Россия испытывает приложение для въезда RuID. Спросите в посольстве, обязательно ли оно для вас. Правила часто меняются: перед поездкой проверьте их на сайте посольства Кыргызстана в России или на Migrant.kg.`,
					en: `You do not need a visa to enter Russia.

Take with you:
- a valid passport of a Kyrgyz citizen: the ID card or the general (foreign travel) passport;
- copies of your passport, kept apart from the original;
- your diploma or papers that prove your trade, if you have them;
- money for the first weeks and for a ticket home.

Before the trip, check on the website of the Russian Ministry of Internal Affairs (МВД) that you are not banned from entering Russia.

At the border you fill in a **migration card**. If you come to work, write the purpose of the visit as **«работа»** (work). Keep the card until you leave Russia.

If you come to work, within **30 days** of entry you must pass a medical check and fingerprinting (see the next section).

Russia is testing an entry app called RuID. Ask the embassy if you must use it. Rules change often: before you travel, check the website of the Kyrgyz embassy in Russia or Migrant.kg.`
				},
				source: {
					document: null,
					title:
						'Federal Law No. 115-FZ "On the legal status of foreign citizens in the Russian Federation" (as amended by Federal Law No. 274-FZ of 1 July 2021); Embassy of the Kyrgyz Republic in the Russian Federation — useful information'
				},
				reviewedOn: TO_REVIEW,
				needsReview: true,
				laws: ['eaeu-treaty-2014']
			},
			{
				kind: 'registration',
				body: {
					ky: `**Миграциялык каттоо.** ЕАЭБ өлкөсүнүн жараны катары Россияда **30 күнгө чейин каттоосуз** жүрө аласыз. Андан узак калсаңыз, жашаган жериңиз боюнча каттоого турушуңуз керек. Муну кабыл алуучу тарап жасайт: үйдүн ээси же иш берүүчү почта же МФЦ (мамлекеттик кызматтар борбору) аркылуу ИИМге билдирме тапшырат. Билдирменин **үзүлмө бөлүгүн** алып, паспортуңуз менен бирге сактаңыз. Эмгек келишими болсо, Россияда келишимдин бүт мөөнөтүнө жүрө аласыз.

**Медициналык кароо жана дактилоскопия.** Иштегени келсеңиз, кирген күндөн тартып **30 күндүн ичинде**:
- Россиядагы ыйгарым укуктуу клиникада медициналык кароодон өтүңүз;
- андан кийин ИИМдин миграция бөлүмүндө манжа издериңизди тапшырып, сүрөткө түшүңүз.
Медициналык маалым каттын мөөнөтү бүткөндө, кароодон кайра өтүңүз.

**Консулдук каттоо.** Чет өлкөдө үч айдан ашык болсоңуз, келген күндөн тартып **15 күндүн ичинде** Кыргызстандын элчилигинде же консулдугунда каттоого туруңуз.

Бул эрежелерди бузсаңыз, сизге айып пул салынышы, өлкөдөн чыгарылышыңыз жана кайра кирүүгө тыюу салынышы мүмкүн.`,
					ru: `**Миграционный учёт.** Как гражданин страны ЕАЭС вы можете находиться в России **до 30 дней без регистрации**. Если остаётесь дольше, вас нужно поставить на учёт по месту пребывания. Это делает принимающая сторона: хозяин жилья или работодатель подаёт уведомление в МВД через почту или МФЦ. Возьмите **отрывную часть уведомления** и храните её вместе с паспортом. С трудовым договором вы можете находиться в России весь срок договора.

**Медосвидетельствование и дактилоскопия.** Если вы приехали работать, в течение **30 дней** после въезда:
- пройдите медосвидетельствование в уполномоченной клинике в России;
- затем сдайте отпечатки пальцев и сфотографируйтесь в подразделении МВД по вопросам миграции.
Когда срок медицинской справки закончится, пройдите осмотр снова.

**Консульский учёт.** Если вы находитесь за рубежом дольше трёх месяцев, встаньте на учёт в посольстве или консульстве Кыргызстана **в течение 15 дней** после приезда.

За нарушение этих правил грозят штраф, выдворение и запрет въезда.`,
					en: `**Migration registration.** As a citizen of an EAEU country you may stay in Russia **up to 30 days without registration**. If you stay longer, you must be registered at the place where you live. The host does this: the owner of the flat or your employer sends a notice to the police migration office (МВД) through the post office or a public service centre (МФЦ). Take the **tear-off slip** of the notice and keep it with your passport. With a labour contract you may stay in Russia for the whole term of the contract.

**Medical check and fingerprints.** If you came to work, within **30 days** of entry:
- pass a medical check at an approved clinic in Russia;
- then give your fingerprints and have your photo taken at the police migration office.
When your medical certificate expires, take the check again.

**Consular registration.** If you stay abroad more than three months, register with the Kyrgyz embassy or a consulate **within 15 days** of arrival.

Breaking these rules can bring a fine, expulsion and a ban on entry.`
				},
				source: {
					document: null,
					title:
						'Treaty on the Eurasian Economic Union, Article 97; Federal Law No. 109-FZ "On migration registration of foreign citizens and stateless persons in the Russian Federation"; Federal Law No. 274-FZ of 1 July 2021',
					url: EAEU_TREATY_URL
				},
				reviewedOn: TO_REVIEW,
				needsReview: true,
				laws: ['eaeu-treaty-2014']
			},
			{
				kind: 'work',
				body: {
					ky: `Кыргызстан — Евразиялык экономикалык биримдиктин (ЕАЭБ) мүчөсү. 2015-жылдын августунан бери ЕАЭБ өлкөлөрүнүн ортосунда жумушчулар эркин жүрө алышат. Демек:
- Россияда иштөө үчүн **патент да, иштөөгө уруксат да керек эмес**;
- Кыргызстандын жумушчулары үчүн **квота жок**;
- ЕАЭБ өлкөлөрү бири-биринин квалификациясын таанышат. Дарыгер, мугалим же юрист болсоңуз, кайсы документтер керек экенин иш берүүчүдөн сураңыз.

Кыргызстан менен Россиянын ортосунда эмгек мигранттарынын эмгек ишмердүүлүгү жана социалдык коргоосу жөнүндө макулдашуу да бар (1996-жыл, 2003-жылы өзгөртүлгөн).

Россиядагы кыргызстандыктар көбүнчө курулушта, тейлөө кызматында, тамак-аш жасоодо, тигүүчүлүктө жана шаардык коммуналдык кызматтарда иштешет.

Өзүңүздү коргоңуз:
- **жазуу жүзүндөгү эмгек келишими** менен гана иштеңиз; аны өзүңүз түшүнгөн тилде сураңыз;
- келишимдин жана кол койгон ар бир кагаздын көчүрмөсүн сактаңыз;
- агенттик аркылуу барсаңыз, лицензиясы барын тандаңыз. Агенттиктер жана Жарандарды чет өлкөлөргө жумушка орноштуруу борбору иш берүүчүлөр сиздин укуктарыңызды сактап жатканын көзөмөлдөшү керек.

Кыргызстандын мыйзамы мигранттарды кадыр-баркын кемсинткен, ден соолугуна же өмүрүнө коркунуч туудурган шарттарда иштетүүгө тыюу салат.`,
					ru: `Кыргызстан — член Евразийского экономического союза (ЕАЭС). С августа 2015 года работники могут свободно перемещаться между странами ЕАЭС. Это значит:
- для работы в России **не нужны ни патент, ни разрешение на работу**;
- для работников из Кыргызстана **нет квот**;
- страны ЕАЭС взаимно признают квалификацию. Если вы врач, учитель или юрист, спросите у работодателя, какие документы нужны.

Между Кыргызстаном и Россией также действует соглашение о трудовой деятельности и социальной защите трудящихся-мигрантов (1996 год, изменено в 2003 году).

Кыргызстанцы в России чаще всего работают в строительстве, сфере услуг, общепите, швейном деле и городском коммунальном хозяйстве.

Защитите себя:
- работайте только по **письменному трудовому договору**; просите договор на понятном вам языке;
- храните копию договора и всех бумаг, которые подписываете;
- если едете через агентство, выбирайте агентство с лицензией. Агентства и Центр трудоустройства граждан за рубежом должны следить, чтобы работодатели соблюдали ваши права.

Закон Кыргызстана запрещает нанимать мигрантов на условиях, унижающих достоинство, вредящих здоровью или угрожающих жизни.`,
					en: `Kyrgyzstan is a member of the Eurasian Economic Union (EAEU). Since August 2015 workers can move freely between EAEU countries. This means:
- you **need neither a patent nor a work permit** to work in Russia;
- there are **no quotas** for Kyrgyz workers;
- EAEU countries accept each other's qualifications. If you are a doctor, teacher or lawyer, ask the employer which papers you need.

Kyrgyzstan and Russia also have an agreement on the work and social protection of migrant workers (1996, amended in 2003).

Kyrgyz migrants in Russia often work in construction, services, catering, sewing and city maintenance.

Protect yourself:
- work only with a **written labour contract**; ask for it in a language you understand;
- keep a copy of the contract and of every paper you sign;
- if you go through an agency, choose a licensed one. Agencies and the Centre for Employment of Citizens Abroad must check that employers respect your rights.

Kyrgyz law forbids hiring migrants in conditions that humiliate them or put their health or life in danger.`
				},
				source: seed002(
					'3.1. Engages with partners to address migration and related issues – examples of well-developed areas',
					'The Treaty warrants access to employment of nationals within the bloc regardless of individual State regulations on work permits, quotas or other limitations aimed at protecting their labour markets'
				),
				reviewedOn: SEED_CHECKED,
				needsReview: false,
				laws: ['eaeu-treaty-2014', 'law-external-labour-migration-2006']
			},
			{
				kind: 'taxes',
				body: {
					ky: `**Киреше салыгы.** ЕАЭБ өлкөсүнөн келген жумушчу катары **биринчи иш күнүңүздөн баштап** Россиянын резиденти сыяктуу киреше салыгын төлөйсүз: эмгек акыңыздын **13%**. Жогорку ставкалар абдан чоң кирешелерге гана колдонулат (жылына 2,4 миллион рублдан ашык). Салыкты иш берүүчү өзү кармап, төлөп берет.

Эгер сизге 30% төлөшүңүз керек деп айтышса, бул ЕАЭБдин жумушчуларына тиешелүү эмес. Салык кызматынан (ФНС) тактаңыз.

**Патентке акы төлөнбөйт.** ЕАЭБдин жумушчуларына патент керек эмес, ошондуктан ал үчүн акы төлөбөйсүз.

**Пенсия.** ЕАЭБдин пенсиялык камсыздоо жөнүндө макулдашуусу боюнча Россиядагы расмий ишиңиз пенсияга эсептелет. Пенсиялык төгүмдөрдү сиз үчүн иш берүүчү төлөйт.

**Кеңештер:**
- ар айда эмгек акы боюнча эсеп баракчасын (расчётный листок) сураңыз;
- айлыгыңыз «конвертте» эмес, расмий төлөнүшүн талап кылыңыз;
- келишимди жана эсеп баракчаларын сактаңыз: алар пенсия үчүн эмгек стажыңызды тастыктайт.`,
					ru: `**Налог на доходы.** Как работник из страны ЕАЭС вы платите налог на доходы (НДФЛ) как налоговый резидент России **с первого дня работы**: **13%** от зарплаты. Повышенные ставки действуют только для очень высоких доходов (больше 2,4 млн рублей в год). Работодатель сам удерживает и платит налог.

Если вам говорят, что вы должны платить 30%, — для работников из ЕАЭС это не так. Уточните в налоговой службе (ФНС).

**Патент не оплачивается.** Работникам из ЕАЭС патент не нужен, поэтому платить за него не надо.

**Пенсия.** По соглашению ЕАЭС о пенсионном обеспечении официальная работа в России учитывается для пенсии. Пенсионные взносы за вас платит работодатель.

**Советы:**
- каждый месяц просите расчётный листок;
- следите, чтобы зарплата была официальной, а не «в конверте»;
- храните договор и расчётные листки: они подтверждают ваш стаж для пенсии.`,
					en: `**Income tax.** As a worker from an EAEU country, you pay income tax like a Russian resident **from your first working day**: **13%** of your salary. Higher rates apply only to very high incomes (over 2.4 million roubles a year). Your employer holds back the tax and pays it for you.

If someone tells you that you must pay 30%, this is not the rule for EAEU workers. Ask the tax service (ФНС).

**No patent fee.** EAEU workers do not need a patent, so you do not pay for one.

**Pension.** Under the EAEU agreement on pensions, your official work in Russia counts for a pension. Your employer pays pension contributions for you.

**Tips:**
- ask for a payslip (расчётный листок) every month;
- make sure your salary is paid officially, not "in an envelope";
- keep your contract and payslips: they prove your years of work for a pension.`
				},
				source: {
					document: null,
					title:
						'Treaty on the Eurasian Economic Union, Article 73; Tax Code of the Russian Federation, Article 224; Agreement on Pension Provision for Workers of the Member States of the Eurasian Economic Union (2019)',
					url: 'https://www.nalog.gov.ru/'
				},
				reviewedOn: TO_REVIEW,
				needsReview: true,
				laws: ['eaeu-treaty-2014']
			},
			{
				kind: 'health',
				body: {
					ky: `**Тез жардам акысыз.** ЕАЭБ өлкөлөрүнөн келген жумушчулар жана алардын үй-бүлө мүчөлөрү шашылыш медициналык жардамды Россиянын жарандары менен бирдей шартта алышат. Тез жардам: **112** же **103**.

**ОМС полиси.** Эмгек келишими менен иштесеңиз, милдеттүү медициналык камсыздандыруу (ОМС) полисин алууга укугуңуз бар. Иш берүүчүдөн сурап, ОМС менен иштеген камсыздандыруу компаниясына кайрылыңыз. Полис менен мамлекеттик клиникаларда дарылануу акысыз.

**Үй-бүлөңүз.** Азыр Россия ЕАЭБ жумушчуларынын үй-бүлө мүчөлөрүнө ОМС полисин бербейт. 2026-жылдын январында Кыргызстан бул маселе боюнча ЕАЭБ Сотуна кайрылган. Маселе чечилгенге чейин үй-бүлөңүз үчүн ыктыярдуу медициналык камсыздандыруу (ДМС) алыңыз.

**Медициналык кароо.** Кирген күндөн тартып 30 күндүн ичинде мигранттар үчүн медициналык кароодон өтүңүз (баңгизат, ВИЧ, жугуштуу оорулар). Маалым катты сактаңыз.

**Кеңеш:** бардык медициналык документтердин көчүрмөсүн сактап, клиникаңыздын дарегин жазып алыңыз.`,
					ru: `**Скорая помощь бесплатна.** Работники из стран ЕАЭС и члены их семей получают скорую и неотложную медицинскую помощь на тех же условиях, что и граждане России. Скорая помощь: **112** или **103**.

**Полис ОМС.** Если вы работаете по трудовому договору, вы имеете право на полис обязательного медицинского страхования. Спросите работодателя и обратитесь в страховую компанию, которая работает с ОМС. С полисом лечение в государственных поликлиниках и больницах бесплатное.

**Семья.** Сейчас Россия не выдаёт полисы ОМС членам семей работников из ЕАЭС. В январе 2026 года Кыргызстан обратился по этому вопросу в Суд ЕАЭС. Пока вопрос не решён, оформите для семьи добровольную страховку (ДМС).

**Медосвидетельствование.** В течение 30 дней после въезда пройдите медосмотр для мигрантов (наркотики, ВИЧ, инфекционные болезни). Храните справку.

**Совет:** храните копии всех медицинских документов и запишите адрес своей поликлиники.`,
					en: `**Emergency care is free.** Workers from EAEU countries and their family members get emergency medical help on the same terms as Russian citizens. For an ambulance call **112** or **103**.

**Medical insurance (ОМС).** If you work under a labour contract, you have the right to a compulsory medical insurance policy (полис ОМС). Ask your employer, then apply at an insurance company that works with ОМС. With the policy, treatment at state clinics and hospitals is free.

**Your family.** At present Russia does not give ОМС policies to family members of EAEU workers. In January 2026 Kyrgyzstan took this question to the EAEU Court. Until it is solved, buy voluntary health insurance (ДМС) for your family.

**Medical check for work.** Within 30 days of entry, pass the medical check for migrants (drugs, HIV, infectious diseases). Keep the certificate.

**Tip:** keep copies of all your medical papers and write down the address of your clinic.`
				},
				source: {
					document: null,
					title:
						'Treaty on the Eurasian Economic Union, Article 98; Federal Law No. 326-FZ "On compulsory health insurance in the Russian Federation", Article 10',
					url: EAEU_TREATY_URL
				},
				reviewedOn: TO_REVIEW,
				needsReview: true,
				laws: ['eaeu-treaty-2014']
			},
			{
				kind: 'rights',
				body: {
					ky: `**Россияда кайдан жардам алса болот:**
- Кыргызстандын Москвадагы элчилиги жана башкы консулдуктары (мисалы, Екатеринбургда). «Тышкы эмгек миграциясы жөнүндө» мыйзамга (2006) ылайык, чет өлкөдөгү Кыргызстандын жарандары укуктарын коргоо үчүн элчиликтерге жана консулдуктарга кайрыла алышат;
- Кыргызстандын миграция кызматынын Москвадагы өкүлчүлүгү (2020-жылы ачылган) кыргызстандык жумушчулардын укуктарын коргойт жана аларга жардам берет;
- Кыргызстандын Ички иштер министрлигинин Россиядагы өкүлчүлүгү дайынсыз жоголгон мигранттарды издейт жана кыйын абалда калгандарга укуктук жардам берет.
Даректер [жардам маалымдамасында](/help).

**Укуктарыңыз:**
- Кыргызстан менен Россиянын ортосунда эмгек мигранттарынын эмгек ишмердүүлүгү жана социалдык коргоосу жөнүндө макулдашуу бар;
- Кыргызстандын мыйзамы мигранттарды кадыр-баркын кемсинткен, ден соолугуна же өмүрүнө коркунуч туудурган шарттарда иштетүүгө тыюу салат.

**Мажбурлап иштетүү жана адам сатуу — кылмыш.** Жабырлануучулар Кыргызстанда медициналык, психологиялык, укуктук жана социалдык жардам алышат, баш калкалоочу жайлар бар. Гендердик жана үй-бүлөлүк зомбулуктан жабыр тарткандар үчүн акысыз ишеним телефону да иштейт.`,
					ru: `**Куда обратиться за помощью в России:**
- посольство Кыргызстана в Москве и генеральные консульства (например, в Екатеринбурге). По Закону «О внешней трудовой миграции» (2006) граждане Кыргызстана за рубежом могут обращаться в посольства и консульства за помощью в защите своих прав;
- представительство миграционной службы Кыргызстана в Москве (открыто в 2020 году) защищает права работников из Кыргызстана и помогает им;
- представительство МВД Кыргызстана в России ищет пропавших мигрантов и оказывает правовую помощь мигрантам в трудной ситуации.
Адреса — в [справочнике помощи](/help).

**Ваши права:**
- между Кыргызстаном и Россией действует соглашение о трудовой деятельности и социальной защите трудящихся-мигрантов;
- закон Кыргызстана запрещает нанимать мигрантов на условиях, унижающих достоинство, вредящих здоровью или угрожающих жизни.

**Принудительный труд и торговля людьми — преступления.** Пострадавшие получают в Кыргызстане медицинскую, психологическую, правовую и социальную помощь, есть приюты. Работает и бесплатная горячая линия для пострадавших от гендерного и семейного насилия.`,
					en: `**Where to get help in Russia:**
- the Embassy of Kyrgyzstan in Moscow and the consulates general (for example, in Yekaterinburg). Under the Law on External Labour Migration (2006), Kyrgyz citizens abroad can turn to embassies and consulates for help in protecting their rights;
- the office of Kyrgyzstan's migration service in Moscow (opened in 2020) protects the rights of Kyrgyz workers and helps them;
- the office of the Kyrgyz Ministry of Internal Affairs in Russia searches for missing migrants and gives legal help to migrants in difficult situations.
Addresses are in our [directory](/help).

**Your rights:**
- Kyrgyzstan and Russia have an agreement on the work and social protection of migrant workers;
- Kyrgyz law forbids hiring migrants in conditions that humiliate them or put their health or life in danger.

**Forced labour and human trafficking are crimes.** Victims get medical, psychological, legal and social help in Kyrgyzstan, and there are shelters. There is also a free helpline for survivors of gender-based and family violence.`
				},
				source: SRC_RIGHTS_EMBASSIES,
				reviewedOn: SEED_CHECKED,
				needsReview: false,
				laws: ['law-external-labour-migration-2006', 'law-human-trafficking-2005']
			},
			{
				kind: 'emergency',
				body: {
					ky: `**Россиядагы шашылыш номерлер:**
- **112** — бирдиктүү шашылыш номер, каалаган телефондон акысыз;
- **101** — өрт; **102** — полиция; **103** — тез жардам.

**Кыргызстандын элчилигине же консулдугуна чалыңыз**, эгер кармалсаңыз, паспортуңузду жоготсоңуз, жаракат алсаңыз же бирөө каза болсо. Номерлер жана даректер [жардам маалымдамасында](/help).

**Паспортуңузду жоготсоңуз:** 3 күндүн ичинде полицияга кайрылып, арызыңыз кабыл алынганын тастыктаган кагаз алыңыз. Андан кийин Кыргызстанга кайтып келүү үчүн күбөлүк алууга элчиликке же консулдукка барыңыз.

**Миграциялык картаны же каттоонун үзүлмө бөлүгүн жоготсоңуз:** 3 күндүн ичинде ИИМдин миграция бөлүмүнө кайрылып, дубликатын алыңыз.

**Бирөө дайынсыз жоголсо:** полицияга жана элчиликке кабарлаңыз.

Телефонуңузга сактап коюңуз: элчиликтин номерин, иш берүүчүнүн дарегин жана телефонун, паспортуңуздун, миграциялык картаңыздын, каттоо талонуңуздун жана келишимиңиздин сүрөттөрүн.`,
					ru: `**Экстренные номера в России:**
- **112** — единый номер экстренных служб, бесплатно с любого телефона;
- **101** — пожарные; **102** — полиция; **103** — скорая помощь.

**Звоните в посольство или консульство Кыргызстана**, если вас задержали, вы потеряли паспорт, получили травму или кто-то умер. Телефоны и адреса — в [справочнике помощи](/help).

**Если вы потеряли паспорт:** в течение 3 дней обратитесь в полицию и получите документ о приёме заявления. Затем идите в посольство или консульство за свидетельством на возвращение в Кыргызстан.

**Если вы потеряли миграционную карту или отрывную часть уведомления:** в течение 3 дней обратитесь в подразделение МВД по вопросам миграции за дубликатом.

**Если человек пропал:** сообщите в полицию и в посольство.

Сохраните в телефоне: номер посольства, адрес и телефон работодателя, фото паспорта, миграционной карты, отрывной части уведомления и договора.`,
					en: `**Emergency numbers in Russia:**
- **112** — single emergency number, free from any phone;
- **101** — fire; **102** — police; **103** — ambulance.

**Call the Kyrgyz embassy or a consulate** if you are detained, lose your passport, are injured, or someone dies. Numbers and addresses are in our [directory](/help).

**If you lose your passport:** within 3 days go to the police and get a paper confirming your report. Then go to the embassy or consulate for a certificate to return to Kyrgyzstan.

**If you lose your migration card or registration slip:** within 3 days ask the police migration office (МВД) for a duplicate.

**If someone goes missing:** tell the police and the embassy.

Save in your phone: the embassy number, your employer's address and phone, and photos of your passport, migration card, registration slip and contract.`
				},
				source: {
					document: null,
					title:
						'Embassy of the Kyrgyz Republic in the Russian Federation — useful information (loss of documents); single emergency number 112 of the Russian Federation',
					url: MFA_EMBASSY_RU_URL
				},
				reviewedOn: TO_REVIEW,
				needsReview: true,
				laws: []
			}
		]
	},

	// ═══ Kazakhstan ═══════════════════════════════════════════════════════════
	{
		countryIso2: 'KZ',
		intro: {
			ky: `Казакстан — Россиядан кийин Кыргызстандын эмгек мигранттары эң көп барган өлкөлөрдүн бири. Эки өлкө тең Евразиялык экономикалык биримдиктин мүчөсү болгондуктан, ал жерде иштөөгө уруксатсыз иштей аласыз, ал эми Кыргызстан менен Казакстандын 2006-жылдагы макулдашуусу эмгек мигранттарынын укуктарын коргойт.`,
			ru: `Казахстан — после России одна из главных стран, куда едут трудовые мигранты из Кыргызстана. Обе страны входят в Евразийский экономический союз, поэтому работать там можно без разрешения на работу, а соглашение Кыргызстана и Казахстана 2006 года защищает права трудящихся-мигрантов.`,
			en: `After Russia, Kazakhstan is a main destination for Kyrgyz labour migrants. Both countries are in the Eurasian Economic Union, so you can work there without a work permit, and a 2006 agreement between Kyrgyzstan and Kazakhstan protects migrant workers' rights.`
		},
		sections: [
			{
				kind: 'entry',
				body: {
					ky: `Казакстанга кирүү үчүн виза керек эмес.

Өзүңүз менен алыңыз:
- Кыргызстандын жаранынын жарактуу паспорту (ID-карта же жалпы жарандык паспорт);
- паспорттун көчүрмөлөрү — аларды түп нускасынан бөлөк сактаңыз;
- дипломуңуз же кесибиңизди тастыктаган документтер, эгер болсо;
- алгачкы жумаларга жана үйгө кайтуучу билетке жете турган акча.

Чек арада кирген күнүңүз белгиленет. Бардык мөөнөттөр ушул күндөн баштап эсептелет (кийинки бөлүмдү караңыз).

**Канча убакыт жүрө аласыз.** 2023-жылдын 27-январынан бери ЕАЭБ өлкөлөрүнүн жарандары Казакстанда **ар бир 180 күндүн ичинде 90 күнгө чейин** жүрө алышат. Уруксат берилген мөөнөттөн ашык калсаңыз, Казакстанга кирүүгө тыюу салынышы мүмкүн. Узагыраак калуу үчүн убактылуу жашоого уруксат керек, мисалы, эмгек келишиминин негизинде.

Жолго чыгардан мурун акыркы эрежелерди Кыргызстандын Казакстандагы элчилигинин сайтынан текшериңиз.`,
					ru: `Для въезда в Казахстан виза не нужна.

Возьмите с собой:
- действующий паспорт гражданина Кыргызстана (ID-карту или общегражданский паспорт);
- копии паспорта — храните их отдельно от оригинала;
- диплом или документы о профессии, если они есть;
- деньги на первые недели и на билет домой.

На границе отмечают дату вашего въезда. От этой даты считаются все сроки (см. следующий раздел).

**Сколько можно находиться.** С 27 января 2023 года граждане стран ЕАЭС могут находиться в Казахстане **до 90 дней в каждые 180 дней**. Если вы превысите разрешённый срок, вам могут запретить въезд в Казахстан. Чтобы остаться дольше, нужно разрешение на временное проживание, например на основании трудового договора.

Перед поездкой проверьте актуальные правила на сайте посольства Кыргызстана в Казахстане.`,
					en: `You do not need a visa to enter Kazakhstan.

Take with you:
- a valid passport of a Kyrgyz citizen (ID card or general passport);
- copies of your passport, kept apart from the original;
- your diploma or papers that prove your trade, if you have them;
- money for the first weeks and for a ticket home.

The border guards record the day you enter. All your deadlines are counted from this day (see the next section).

**How long you may stay.** Since 27 January 2023, citizens of EAEU countries may stay in Kazakhstan **up to 90 days in every 180 days**. If you stay longer than allowed, you can be banned from entering Kazakhstan. To stay longer, you need a temporary residence permit, for example on the basis of a labour contract.

Before you travel, check the latest rules on the website of the Kyrgyz embassy in Kazakhstan.`
				},
				source: {
					document: null,
					title:
						'Embassy of the Kyrgyz Republic in the Republic of Kazakhstan — useful information: entry and stay of citizens of the Kyrgyz Republic in Kazakhstan',
					url: MFA_EMBASSY_KZ_URL
				},
				reviewedOn: TO_REVIEW,
				needsReview: true,
				laws: ['eaeu-treaty-2014']
			},
			{
				kind: 'registration',
				body: {
					ky: `**Каттоо.** Каттоосуз **30 күнгө чейин** жүрө аласыз. Андан узак калсаңыз, жашаган дарегиңиз боюнча каттоого турушуңуз керек. Муну үйдүн ээси же иш берүүчү egov.kz сайтында онлайн же ЦОНдо (калкка кызмат көрсөтүү борборунда) жасай алат. Каттоодон өткөнүңүздү тастыктаган документти сактаңыз.

**Убактылуу жашоого уруксат (РВП).** 90 күндөн ашык калуу үчүн РВП керек. Эмгек же жарандык-укуктук келишим аны келишимдин мөөнөтүнө алууга укук берет. Арызды egov.kz сайтында же ЦОНдо **90 күн бүткөнгө чейин** бериңиз.

**Консулдук каттоо.** Чет өлкөдө үч айдан ашык болсоңуз, келген күндөн тартып **15 күндүн ичинде** Кыргызстандын Казакстандагы элчилигинде же консулдугунда каттоого туруңуз.

**Келишим мөөнөтүнөн мурда бүтсө,** жаңы келишим түзүүгө убакыт аз калышы мүмкүн. Мөөнөтүңүздү миграция кызматынан тактаңыз.

Бул эрежелерди бузсаңыз, сизге айып пул салынышы, өлкөдөн чыгарылышыңыз жана кайра кирүүгө тыюу салынышы мүмкүн.`,
					ru: `**Регистрация.** Без регистрации можно находиться **до 30 дней**. Если остаётесь дольше, нужно встать на учёт по адресу, где вы живёте. Это может сделать хозяин жилья или работодатель — онлайн на egov.kz или в ЦОНе. Сохраните подтверждение регистрации.

**Разрешение на временное проживание (РВП).** Чтобы находиться больше 90 дней, нужно РВП. Трудовой или гражданско-правовой договор даёт право получить его на срок договора. Подайте заявление на egov.kz или в ЦОНе **до окончания 90 дней**.

**Консульский учёт.** Если вы находитесь за рубежом дольше трёх месяцев, встаньте на учёт в посольстве или консульстве Кыргызстана в Казахстане **в течение 15 дней** после приезда.

**Если договор закончился раньше срока,** времени на новый договор может быть мало. Уточните свой срок в миграционной службе.

За нарушение этих правил грозят штраф, выдворение и запрет въезда.`,
					en: `**Registration.** You may stay **up to 30 days without registration**. If you stay longer, you must be registered at the address where you live. The owner of the flat or your employer can do it online on egov.kz or at a public service centre (ЦОН). Keep the proof of registration.

**Temporary residence permit (РВП).** To stay more than 90 days, you need a temporary residence permit. A labour or civil contract gives you the right to get it for the term of the contract. Apply on egov.kz or at a public service centre **before your 90 days end**.

**Consular registration.** If you stay abroad more than three months, register with the Kyrgyz embassy or consulate in Kazakhstan **within 15 days** of arrival.

**If your contract ends early,** you may have little time to sign a new one. Ask the migration service about your deadline.

Breaking these rules can bring a fine, expulsion and a ban on entry.`
				},
				source: {
					document: null,
					title:
						'Treaty on the Eurasian Economic Union, Article 97; Embassy of the Kyrgyz Republic in the Republic of Kazakhstan — useful information: entry and stay of citizens of the Kyrgyz Republic in Kazakhstan',
					url: MFA_EMBASSY_KZ_URL
				},
				reviewedOn: TO_REVIEW,
				needsReview: true,
				laws: ['eaeu-treaty-2014']
			},
			{
				kind: 'work',
				body: {
					ky: `Кыргызстан да, Казакстан да Евразиялык экономикалык биримдиктин (ЕАЭБ) мүчөлөрү. 2015-жылдын августунан бери ЕАЭБ өлкөлөрүнүн ортосунда жумушчулар эркин жүрө алышат. Демек:
- Казакстанда иштөө үчүн **иштөөгө уруксат керек эмес**;
- Кыргызстандын жумушчулары үчүн **квота жок**;
- ЕАЭБ өлкөлөрү бири-биринин квалификациясын таанышат. Дарыгер, мугалим же юрист болсоңуз, кайсы документтер керек экенин иш берүүчүдөн сураңыз.

Кыргызстан менен Казакстандын ортосундагы эки макулдашуу да эмгек мигранттарын коргойт:
- эмгек мигранттарынын эмгек ишмердүүлүгү жана укуктарын коргоо жөнүндө 2006-жылдагы макулдашуу;
- чек ара аймактарында айыл чарба жумуштарында иштеген мигранттар жөнүндө 2002-жылдагы макулдашуу.

Өзүңүздү коргоңуз:
- **жазуу жүзүндөгү келишим** менен гана иштеңиз; аны өзүңүз түшүнгөн тилде сураңыз;
- келишимдин жана кол койгон ар бир кагаздын көчүрмөсүн сактаңыз;
- агенттик аркылуу барсаңыз, лицензиясы барын тандаңыз. Агенттиктер жана Жарандарды чет өлкөлөргө жумушка орноштуруу борбору иш берүүчүлөр сиздин укуктарыңызды сактап жатканын көзөмөлдөшү керек.

Жолго чыгардан мурун Бишкектеги же Оштогу борбордон, же Migrant.kg сайтынан кеңеш алыңыз.`,
					ru: `Кыргызстан и Казахстан — члены Евразийского экономического союза (ЕАЭС). С августа 2015 года работники могут свободно перемещаться между странами ЕАЭС. Это значит:
- для работы в Казахстане **не нужно разрешение на работу**;
- для работников из Кыргызстана **нет квот**;
- страны ЕАЭС взаимно признают квалификацию. Если вы врач, учитель или юрист, спросите у работодателя, какие документы нужны.

Мигрантов защищают и два соглашения между Кыргызстаном и Казахстаном:
- соглашение 2006 года о трудовой деятельности и защите прав трудящихся-мигрантов;
- соглашение 2002 года о трудящихся-мигрантах, занятых на сельскохозяйственных работах в приграничных районах.

Защитите себя:
- работайте только по **письменному договору**; просите договор на понятном вам языке;
- храните копию договора и всех бумаг, которые подписываете;
- если едете через агентство, выбирайте агентство с лицензией. Агентства и Центр трудоустройства граждан за рубежом должны следить, чтобы работодатели соблюдали ваши права.

Перед отъездом получите консультацию в Центре в Бишкеке или Оше либо на Migrant.kg.`,
					en: `Kyrgyzstan and Kazakhstan are both members of the Eurasian Economic Union (EAEU). Since August 2015 workers can move freely between EAEU countries. This means:
- you **do not need a work permit** to work in Kazakhstan;
- there are **no quotas** for Kyrgyz workers;
- EAEU countries accept each other's qualifications. If you are a doctor, teacher or lawyer, ask the employer which papers you need.

Two agreements between Kyrgyzstan and Kazakhstan also protect migrant workers:
- the 2006 agreement on the work and protection of the rights of migrant workers;
- the 2002 agreement on migrant workers doing farm work in the border areas.

Protect yourself:
- work only with a **written contract**; ask for it in a language you understand;
- keep a copy of the contract and of every paper you sign;
- if you go through an agency, choose a licensed one. Agencies and the Centre for Employment of Citizens Abroad must check that employers respect your rights.

Before you go, get advice at the Centre in Bishkek or Osh, or on Migrant.kg.`
				},
				source: seed002(
					'4.1. Advances the socioeconomic well-being of migrants and society – examples of well-developed areas',
					'since August 2015, the multilateral integration framework of the Eurasian Economic Union (EAEU) has allowed for the free flow of labour between the member States'
				),
				reviewedOn: SEED_CHECKED,
				needsReview: false,
				laws: ['eaeu-treaty-2014', 'law-external-labour-migration-2006']
			},
			{
				kind: 'taxes',
				body: {
					ky: `**Киреше салыгы.** ЕАЭБ өлкөсүнөн келген жумушчу катары **биринчи иш күнүңүздөн баштап** Казакстандын резиденти сыяктуу жеке киреше салыгын төлөйсүз. Көпчүлүк жумушчулар үчүн ставка — **10%**. Салыкты иш берүүчү кармап, төлөп берет.

**Пенсиялык төгүмдөр.** Эмгек акыңыздын бир бөлүгү пенсиялык фондго (ЕНПФ) которулат. ЕАЭБдин пенсиялык камсыздоо жөнүндө макулдашуусу боюнча Казакстандагы расмий ишиңиз пенсияга эсептелет.

**Медициналык камсыздандыруу төгүмдөрү.** Милдеттүү социалдык медициналык камсыздандыруу (ОСМС) үчүн төгүмдөр да сиз үчүн төлөнөт.

**Иштөөгө уруксат үчүн акы жок.** Сизге иштөөгө уруксат керек эмес, ошондуктан ал үчүн эч нерсе төлөбөйсүз.

**Кеңештер:**
- ар айда эмгек акы боюнча эсеп баракчасын сураңыз;
- пенсиялык топтомуңузду enpf.kz сайтынан текшериңиз;
- документсиз иштебеңиз: анда сиз үчүн салык да, пенсиялык төгүм да, камсыздандыруу да төлөнбөйт.`,
					ru: `**Налог на доходы.** Как работник из страны ЕАЭС вы платите индивидуальный подоходный налог (ИПН) как резидент Казахстана **с первого дня работы**. Для большинства работников ставка — **10%**. Работодатель сам удерживает и платит налог.

**Пенсионные взносы.** Часть зарплаты перечисляется в пенсионный фонд (ЕНПФ). По соглашению ЕАЭС о пенсионном обеспечении официальная работа в Казахстане учитывается для пенсии.

**Взносы на медстрахование.** За вас также платятся взносы на обязательное социальное медицинское страхование (ОСМС).

**Плата за разрешение не нужна.** Разрешение на работу вам не требуется, поэтому платить за него не надо.

**Советы:**
- каждый месяц просите расчётный листок;
- проверяйте пенсионные накопления на enpf.kz;
- не работайте без оформления: тогда за вас не платятся ни налог, ни пенсионные взносы, ни страховка.`,
					en: `**Income tax.** As a worker from an EAEU country, you pay individual income tax like a resident of Kazakhstan **from your first working day**. For most workers the rate is **10%**. Your employer holds back the tax and pays it.

**Pension contributions.** Part of your salary goes to the pension fund (ЕНПФ). Under the EAEU agreement on pensions, your official work in Kazakhstan counts for a pension.

**Health insurance contributions.** Contributions for compulsory social health insurance (ОСМС) are also paid for you.

**No work permit fee.** You do not need a work permit, so you pay nothing for one.

**Tips:**
- ask for a payslip every month;
- check your pension savings on enpf.kz;
- do not work without papers: then no tax, no pension contributions and no insurance are paid for you.`
				},
				source: {
					document: null,
					title:
						'Treaty on the Eurasian Economic Union, Article 73; Tax Code of the Republic of Kazakhstan; Agreement on Pension Provision for Workers of the Member States of the Eurasian Economic Union (2019)'
				},
				reviewedOn: TO_REVIEW,
				needsReview: true,
				laws: ['eaeu-treaty-2014']
			},
			{
				kind: 'health',
				body: {
					ky: `**Тез жардам акысыз.** ЕАЭБ өлкөлөрүнөн келген жумушчулар жана алардын үй-бүлө мүчөлөрү шашылыш медициналык жардамды Казакстандын жарандары менен бирдей шартта алышат. Тез жардам: **112** же **103**.

**Медициналык камсыздандыруу (ОСМС).** Расмий иштеп, сиз үчүн төгүмдөр төлөнсө, мамлекеттик клиникаларда камсыздандыруу системасы аркылуу дарылана аласыз. Үйүңүзгө жакын емканага (поликлиникага) бекитилиңиз — емканадан же egov.kz сайтынан сураңыз. Үй-бүлө мүчөлөрүңүз да камтылабы, тактаңыз.

**Камсыздандыруу жок болсо,** пландуу дарылоо акылуу. Ыктыярдуу медициналык камсыздандыруу жөнүндө ойлонуңуз.

**Кеңештер:**
- эмгек келишимиңизди жаныңызда алып жүрүңүз: ал медициналык жардамга укугуңузду тастыктайт;
- бардык медициналык документтердин көчүрмөсүн сактаңыз;
- ооруп калсаңыз, күтпөй, эрте эле емканага барыңыз;
- тамак-аш, мектеп же саламаттык сактоо тармагында иштесеңиз, медициналык китепче керек болушу мүмкүн — иш берүүчүдөн сураңыз.`,
					ru: `**Скорая помощь бесплатна.** Работники из стран ЕАЭС и члены их семей получают скорую и неотложную медицинскую помощь на тех же условиях, что и граждане Казахстана. Скорая помощь: **112** или **103**.

**Медстрахование (ОСМС).** Если вы работаете официально и за вас платятся взносы, вы можете лечиться в государственных клиниках в системе страхования. Прикрепитесь к поликлинике рядом с домом — спросите в поликлинике или на egov.kz. Уточните, распространяется ли страховка на членов вашей семьи.

**Без страховки** плановое лечение платное. Подумайте о добровольном медицинском страховании.

**Советы:**
- носите с собой трудовой договор: он подтверждает ваше право на помощь;
- храните копии всех медицинских документов;
- если заболели, не ждите — сразу идите в поликлинику;
- для работы с продуктами, в школах или в медицине может понадобиться медицинская книжка — спросите работодателя.`,
					en: `**Emergency care is free.** Workers from EAEU countries and their family members get emergency medical help on the same terms as citizens of Kazakhstan. For an ambulance call **112** or **103**.

**Health insurance (ОСМС).** If you work officially and contributions are paid for you, you can get care at state clinics in the insurance system. Attach yourself to a polyclinic near your home — ask at the polyclinic or on egov.kz. Ask whether your family members are covered too.

**Without insurance,** planned treatment must be paid for. Think about voluntary health insurance.

**Tips:**
- carry your labour contract: it proves your right to care;
- keep copies of all your medical papers;
- if you feel ill, do not wait: go to the polyclinic early;
- for work with food, in schools or in health care you may need a medical book — ask the employer.`
				},
				source: {
					document: null,
					title:
						'Treaty on the Eurasian Economic Union, Article 98; Code of the Republic of Kazakhstan "On public health and the healthcare system"',
					url: EAEU_TREATY_URL
				},
				reviewedOn: TO_REVIEW,
				needsReview: true,
				laws: ['eaeu-treaty-2014']
			},
			{
				kind: 'rights',
				body: {
					ky: `**Кайдан жардам алса болот:**
- Кыргызстандын Казакстандагы элчилиги же консулдугу. «Тышкы эмгек миграциясы жөнүндө» мыйзамга (2006) ылайык, чет өлкөдөгү Кыргызстандын жарандары укуктарын коргоо үчүн элчиликтерге жана консулдуктарга кайрыла алышат. Даректер [жардам маалымдамасында](/help);
- Жарандарды чет өлкөлөргө жумушка орноштуруу борбору (Бишкек, Ош) жана Migrant.kg сайты — коопсуз миграция боюнча маалымат;
- гендердик жана үй-бүлөлүк зомбулуктан жабыр тарткандар үчүн акысыз ишеним телефону.

**Укуктарыңыз:**
- Кыргызстан менен Казакстандын ортосунда эмгек мигранттарынын эмгек ишмердүүлүгү жана укуктарын коргоо жөнүндө макулдашуу (2006) бар;
- Кыргызстандын мыйзамы мигранттарды кадыр-баркын кемсинткен, ден соолугуна же өмүрүнө коркунуч туудурган шарттарда иштетүүгө тыюу салат;
- кризис учурунда жардам берүү үчүн Кыргызстан чет өлкөдөгү жарандарын элчиликтер жана консулдуктар аркылуу эсепке алат. Консулдукта каттоого туруңуз.

**Мажбурлап иштетүү жана адам сатуу — кылмыш.** Бирөө сизди мажбурлап иштетсе же кетирбесе, полицияга жана консулдукка кабарлаңыз. Жабырлануучулар Кыргызстанда медициналык, психологиялык, укуктук жана социалдык жардам алышат, баш калкалоочу жайлар бар.`,
					ru: `**Куда обратиться за помощью:**
- посольство или консульство Кыргызстана в Казахстане. По Закону «О внешней трудовой миграции» (2006) граждане Кыргызстана за рубежом могут обращаться в посольства и консульства за помощью в защите своих прав. Адреса — в [справочнике помощи](/help);
- Центр трудоустройства граждан за рубежом (Бишкек, Ош) и сайт Migrant.kg — информация о безопасной миграции;
- бесплатная горячая линия для пострадавших от гендерного и семейного насилия.

**Ваши права:**
- между Кыргызстаном и Казахстаном действует соглашение (2006) о трудовой деятельности и защите прав трудящихся-мигрантов;
- закон Кыргызстана запрещает нанимать мигрантов на условиях, унижающих достоинство, вредящих здоровью или угрожающих жизни;
- чтобы помочь в кризисной ситуации, Кыргызстан ведёт учёт граждан за рубежом через посольства и консульства. Встаньте на консульский учёт.

**Принудительный труд и торговля людьми — преступления.** Если вас заставляют работать или не отпускают, сообщите в полицию и в консульство. Пострадавшие получают в Кыргызстане медицинскую, психологическую, правовую и социальную помощь, есть приюты.`,
					en: `**Where to get help:**
- the Kyrgyz embassy or consulate in Kazakhstan. Under the Law on External Labour Migration (2006), Kyrgyz citizens abroad can turn to embassies and consulates for help in protecting their rights. Addresses are in our [directory](/help);
- the Centre for Employment of Citizens Abroad (Bishkek, Osh) and the website Migrant.kg — information on safe migration;
- a free helpline for survivors of gender-based and family violence.

**Your rights:**
- Kyrgyzstan and Kazakhstan have an agreement (2006) on the work and protection of the rights of migrant workers;
- Kyrgyz law forbids hiring migrants in conditions that humiliate them or put their health or life in danger;
- to help in a crisis, Kyrgyzstan keeps a record of its citizens abroad through its embassies and consulates. Register with the consulate.

**Forced labour and human trafficking are crimes.** If someone forces you to work or does not let you leave, tell the police and the consulate. Victims get medical, psychological, legal and social help in Kyrgyzstan, and there are shelters.`
				},
				source: SRC_RIGHTS_EMBASSIES,
				reviewedOn: SEED_CHECKED,
				needsReview: false,
				laws: ['law-external-labour-migration-2006', 'law-human-trafficking-2005']
			},
			{
				kind: 'emergency',
				body: {
					ky: `**Казакстандагы шашылыш номерлер:**
- **112** — бирдиктүү шашылыш номер;
- **101** — өрт; **102** — полиция; **103** — тез жардам.
Бул номерлерге мобилдик телефондон да акысыз чалууга болот.

**Кыргызстандын элчилигине же консулдугуна чалыңыз**, эгер кармалсаңыз, паспортуңузду жоготсоңуз, жаракат алсаңыз же бирөө каза болсо. Номерлер жана даректер [жардам маалымдамасында](/help).

**Паспортуңузду жоготсоңуз:** полицияга кабарлаңыз, андан кийин мекенге кайтып келүү үчүн күбөлүк алууга элчиликке же консулдукка барыңыз.

**Бирөө дайынсыз жоголсо:** полицияга жана элчиликке же консулдукка кабарлаңыз.

Телефонуңузга сактап коюңуз: элчиликтин номерин, иш берүүчүнүн дарегин жана телефонун, паспортуңуздун, келишимиңиздин жана каттоо документиңиздин сүрөттөрүн.

Орус же казак тилин жакшы билбесеңиз, котормочу сураңыз.`,
					ru: `**Экстренные номера в Казахстане:**
- **112** — единый номер экстренных служб;
- **101** — пожарные; **102** — полиция; **103** — скорая помощь.
Звонки бесплатные, в том числе с мобильного телефона.

**Звоните в посольство или консульство Кыргызстана**, если вас задержали, вы потеряли паспорт, получили травму или кто-то умер. Телефоны и адреса — в [справочнике помощи](/help).

**Если вы потеряли паспорт:** сообщите в полицию, затем обратитесь в посольство или консульство за свидетельством на возвращение на родину.

**Если человек пропал:** сообщите в полицию и в посольство или консульство.

Сохраните в телефоне: номер посольства, адрес и телефон работодателя, фото паспорта, договора и документа о регистрации.

Если вы плохо говорите по-русски или по-казахски, попросите переводчика.`,
					en: `**Emergency numbers in Kazakhstan:**
- **112** — single emergency number;
- **101** — fire; **102** — police; **103** — ambulance.
Calls are free, also from a mobile phone.

**Call the Kyrgyz embassy or consulate** if you are detained, lose your passport, are injured, or someone dies. Numbers and addresses are in our [directory](/help).

**If you lose your passport:** report it to the police, then go to the embassy or consulate for a certificate to return home.

**If someone goes missing:** tell the police and the embassy or consulate.

Save in your phone: the embassy number, your employer's address and phone, and photos of your passport, contract and registration paper.

If you do not speak Russian or Kazakh well, ask for an interpreter.`
				},
				source: {
					document: null,
					title:
						'Single emergency number 112 of the Republic of Kazakhstan; Embassy of the Kyrgyz Republic in the Republic of Kazakhstan — consular services',
					url: MFA_EMBASSY_KZ_URL
				},
				reviewedOn: TO_REVIEW,
				needsReview: true,
				laws: []
			}
		]
	},

	// ═══ Türkiye ══════════════════════════════════════════════════════════════
	{
		countryIso2: 'TR',
		intro: {
			ky: `Түркияда Кыргызстандын көп жарандары иштешет. Түркия Евразиялык экономикалык биримдиктин мүчөсү эмес: ага визасыз кире аласыз, бирок мыйзамдуу иштөө үчүн иштөөгө уруксат керек, ал эми 2018-жылы кол коюлган социалдык камсыздоо жөнүндө макулдашуу пенсиялык укуктарыңызды коргойт.`,
			ru: `Многие граждане Кыргызстана работают в Турции. Турция не входит в Евразийский экономический союз: въехать можно без визы, но для законной работы нужно разрешение на работу, а соглашение о социальном обеспечении 2018 года защищает ваши пенсионные права.`,
			en: `Many Kyrgyz citizens work in Türkiye. Türkiye is not in the Eurasian Economic Union: you can enter without a visa, but to work legally you need a work permit, and a 2018 social security agreement protects your pension rights.`
		},
		sections: [
			{
				kind: 'entry',
				body: {
					ky: `Кыргызстандын жарандары Түркияга жарактуу паспорт менен **визасыз** кире алышат. Түркияда **ар бир 180 күндүн ичинде 90 күнгө чейин** жүрүүгө болот.

**Маанилүү:** визасыз кирүү **иштөөгө укук бербейт**. Иштөө үчүн иштөөгө уруксат керек (кийинки бөлүмдөрдү караңыз).

Өзүңүз менен алыңыз:
- бүт сапарыңызга жарактуу паспорт;
- паспорттун көчүрмөлөрү — аларды түп нускасынан бөлөк сактаңыз;
- кайтуучу билет же ага жете турган акча;
- токтой турган жериңиздин дареги.

90 күндөн ашык калсаңыз, чыгып жатканда айып пул төлөйсүз. Көпкө ашык калсаңыз же айып пулду төлөбөсөңүз, депортацияланышыңыз жана Түркияга кирүүгө тыюу салынышы мүмкүн. Уруксатсыз иштеп жатып кармалгандар айып пул төлөп, депортацияланат жана аларга кеминде 5 жылга кирүүгө тыюу салынат.

Жолго чыгардан мурун эрежелерди Кыргызстандын Стамбулдагы башкы консулдугунун сайтынан текшериңиз.`,
					ru: `Граждане Кыргызстана могут въехать в Турцию **без визы** по действующему паспорту. Находиться в Турции можно **до 90 дней в каждые 180 дней**.

**Важно:** безвизовый въезд **не даёт права работать**. Для работы нужно разрешение на работу (см. следующие разделы).

Возьмите с собой:
- паспорт, действующий на весь срок поездки;
- копии паспорта — храните их отдельно от оригинала;
- обратный билет или деньги на него;
- адрес, где вы будете жить.

Если вы пробудете больше 90 дней, при выезде придётся заплатить штраф. При долгом превышении срока или отказе платить штраф грозят депортация и запрет въезда в Турцию. Тех, кого поймали на работе без разрешения, штрафуют, депортируют и запрещают им въезд минимум на 5 лет.

Перед поездкой проверьте правила на сайте Генерального консульства Кыргызстана в Стамбуле.`,
					en: `Kyrgyz citizens can enter Türkiye **without a visa** with a valid passport. You may stay **up to 90 days in every 180 days**.

**Important:** visa-free entry **does not give the right to work**. To work you need a work permit (see the next sections).

Take with you:
- a passport valid for your whole stay;
- copies of your passport, kept apart from the original;
- a return ticket or money for one;
- the address where you will stay.

If you stay longer than 90 days, you pay a fine when you leave. If you overstay for a long time or refuse to pay, you can be deported and banned from entering Türkiye. People caught working without a permit are fined, deported and banned from entry for at least 5 years.

Before you travel, check the rules on the website of the Kyrgyz Consulate General in Istanbul.`
				},
				source: {
					document: null,
					title: 'Consulate General of the Kyrgyz Republic in Istanbul — useful information for citizens of the Kyrgyz Republic travelling to Türkiye',
					url: MFA_ISTANBUL_URL
				},
				reviewedOn: TO_REVIEW,
				needsReview: true,
				laws: []
			},
			{
				kind: 'registration',
				body: {
					ky: `**Жашоого уруксат (ikamet izni).** Түркияда 90 күндөн ашык калуу үчүн жашоого уруксат керек. Арызды Түркиянын миграция башкармалыгынын сайтында (goc.gov.tr, e-İkamet) онлайн **визасыз күндөрүңүз бүткөнгө чейин** бериңиз. Андан соң документтериңиз менен облустук миграция башкармалыгына белгиленген убакта барыңыз. Адатта медициналык камсыздандыруу жана батирди ижарага алуу келишими талап кылынат.

**Иштөөгө уруксат (çalışma izni).** Жарактуу иштөөгө уруксат жашоого уруксаттын да ордун басат. Аны иш берүүчү Эмгек жана социалдык камсыздоо министрлигинен онлайн сурайт.

**Консулдук каттоо.** Чет өлкөдө үч айдан ашык болсоңуз, келген күндөн тартып **15 күндүн ичинде** Кыргызстандын Анкарадагы элчилигинде же Стамбулдагы башкы консулдугунда каттоого туруңуз.

**Документтериңиздин мөөнөтүн көзөмөлдөңүз.** Жашоого уруксатты узартуу үчүн арызды мөөнөтү бүтөрдөн мурунку 60 күндүн ичинде бериңиз, мөөнөтү бүткөндөн кийин эмес. Жашоо картаңызды же паспортуңузду дайыма жаныңызда алып жүрүңүз.`,
					ru: `**Разрешение на проживание (ikamet izni).** Чтобы находиться в Турции дольше 90 дней, нужно разрешение на проживание. Подайте заявление онлайн на сайте миграционного управления Турции (goc.gov.tr, e-İkamet) **до окончания безвизовых дней**. Затем придите на приём в миграционное управление провинции с документами. Обычно нужны медицинская страховка и договор аренды жилья.

**Разрешение на работу (çalışma izni).** Действующее разрешение на работу заменяет и разрешение на проживание. Его запрашивает работодатель онлайн в Министерстве труда и социального обеспечения.

**Консульский учёт.** Если вы находитесь за рубежом дольше трёх месяцев, встаньте на учёт в посольстве Кыргызстана в Анкаре или в Генеральном консульстве в Стамбуле **в течение 15 дней** после приезда.

**Следите за сроками документов.** Заявление на продление разрешения на проживание подавайте в последние 60 дней до окончания срока, но не после него. Всегда носите с собой карту резидента или паспорт.`,
					en: `**Residence permit (ikamet izni).** To stay in Türkiye longer than 90 days, you need a residence permit. Apply online on the website of Türkiye's migration authority (goc.gov.tr, e-İkamet) **before your visa-free days end**. Then go to your appointment at the provincial migration office with your documents. You usually need health insurance and a rental contract.

**Work permit (çalışma izni).** A valid work permit also counts as a residence permit. Your employer applies for it online to the Ministry of Labour and Social Security.

**Consular registration.** If you stay abroad more than three months, register with the Kyrgyz Embassy in Ankara or the Consulate General in Istanbul **within 15 days** of arrival.

**Watch your deadlines.** Apply to extend a residence permit in the last 60 days before it ends, never after. Always carry your residence card or passport.`
				},
				source: {
					document: null,
					title:
						'Law No. 6458 on Foreigners and International Protection (Türkiye); Presidency of Migration Management — residence permits',
					url: 'https://www.goc.gov.tr/'
				},
				reviewedOn: TO_REVIEW,
				needsReview: true,
				laws: []
			},
			{
				kind: 'work',
				body: {
					ky: `**Түркияда иштөө үчүн иштөөгө уруксат керек.** Уруксатсыз иштөө мыйзамсыз: сизге айып пул салынышы, депортацияланышыңыз жана кирүүгө тыюу салынышы мүмкүн. Иш берүүчү да айып пул төлөйт.

**Кантип алуу керек:**
- адатта алгач иш берүүчү табасыз, андан кийин Түркиянын Кыргызстандагы элчилигине же консулдугуна **жумуш визасына** арыз бересиз;
- андан соң иш берүүчү Эмгек жана социалдык камсыздоо министрлигине онлайн арыз берет;
- эгер Түркияда кеминде 6 айлык жарактуу жашоого уруксатыңыз болсо, иш берүүчү Түркиянын ичинен эле арыз бере алат.

Иштөөгө уруксат бир иш берүүчүгө берилет. Биринчи уруксат адатта бир жылга чейин берилет.

**Өзүңүздү коргоңуз:**
- жазуу жүзүндөгү келишим алыңыз; анын өзүңүз түшүнгөн тилдеги көчүрмөсүн сактаңыз;
- «кепилденген» жумуш же иштөөгө уруксат үчүн ортомчуга эч качан акча бербеңиз. Агенттикти Жарандарды чет өлкөлөргө жумушка орноштуруу борборунан (Бишкек, Ош) текшериңиз;
- паспортуңузду өзүңүздө сактаңыз.

Эмгек жана айлык боюнча даттануулар: Эмгек жана социалдык камсыздоо министрлигинин **ALO 170** телефону.`,
					ru: `**Для работы в Турции нужно разрешение на работу.** Работать без него незаконно: грозят штраф, депортация и запрет въезда. Штрафуют и работодателя.

**Как получить:**
- обычно сначала вы находите работодателя, затем подаёте заявление на **рабочую визу** в посольство или консульство Турции в Кыргызстане;
- потом работодатель подаёт заявление онлайн в Министерство труда и социального обеспечения;
- если у вас уже есть действующее разрешение на проживание в Турции сроком не меньше 6 месяцев, работодатель может подать заявление внутри Турции.

Разрешение на работу выдаётся на одного работодателя. Первое разрешение обычно дают на срок до одного года.

**Защитите себя:**
- заключите письменный договор; храните его копию на понятном вам языке;
- никогда не платите посредникам за «гарантированную» работу или разрешение. Проверяйте агентства в Центре трудоустройства граждан за рубежом (Бишкек, Ош);
- держите паспорт у себя.

Жалобы по работе и зарплате: телефон Министерства труда и социального обеспечения **ALO 170**.`,
					en: `**You need a work permit to work in Türkiye.** Working without one is illegal: you can be fined, deported and banned from entry. The employer is fined too.

**How to get it:**
- usually you first find an employer, then apply for a **work visa** at a Turkish embassy or consulate in Kyrgyzstan;
- then the employer applies online to the Ministry of Labour and Social Security;
- if you already have a valid residence permit in Türkiye for at least 6 months, the employer can apply from inside Türkiye.

A work permit is for one employer. The first permit is usually given for up to one year.

**Protect yourself:**
- get a written contract; keep a copy in a language you understand;
- never pay a middleman for a "guaranteed" job or permit. Check agencies with the Centre for Employment of Citizens Abroad (Bishkek, Osh);
- keep your passport yourself.

Complaints about work and wages: the Ministry of Labour and Social Security line **ALO 170**.`
				},
				source: {
					document: null,
					title:
						'International Labour Force Law No. 6735 (Türkiye); Ministry of Labour and Social Security — work permits for foreigners',
					url: 'https://www.csgb.gov.tr/'
				},
				reviewedOn: TO_REVIEW,
				needsReview: true,
				laws: []
			},
			{
				kind: 'taxes',
				body: {
					ky: `**Киреше салыгы.** Мыйзамдуу иштесеңиз, иш берүүчү киреше салыгын айлыгыңыздан кармайт. Ставкалар **15 пайыздан 40 пайызга чейин**; көпчүлүк жумушчулар эң төмөнкү ставканы төлөйт. Айлыктын минималдуу эмгек акыга барабар бөлүгү киреше салыгынан бошотулган.

**Социалдык камсыздандыруу (SGK).** Иш берүүчү сизди ишке киришерден мурун Социалдык камсыздоо мекемесине (SGK) каттап, төгүмдөрдү төлөшү керек. Төгүмдөрдүн бир бөлүгү айлыгыңыздан кармалат.

**Социалдык камсыздоо жөнүндө макулдашуу.** Кыргызстан менен Түркиянын ортосундагы макулдашуу 2020-жылдын ноябрында күчүнө кирген. Эки өлкөнүн мигранттары социалдык жана пенсиялык камсыздоого бирдей укуктуу. Түркиядагы мыйзамдуу иш жылдарыңыз пенсияңызга эсептелиши мүмкүн.

**Алымдар.** Иштөөгө жана жашоого уруксат үчүн алымдар жыл сайын белгиленет. Келишимге кол коёрдон мурун аларды ким төлөй турганын сураңыз.

**Кеңештер:** SGK-дагы каттооңузду e-Devlet (turkiye.gov.tr) аркылуу текшерип туруңуз жана ар айда эмгек акы эсебин (bordro) сураңыз.`,
					ru: `**Подоходный налог.** Если вы работаете законно, работодатель удерживает подоходный налог из зарплаты. Ставки — **от 15% до 40%**; большинство работников платят по самой низкой ставке. Часть зарплаты в размере минимальной зарплаты освобождена от подоходного налога.

**Социальное страхование (SGK).** Работодатель должен зарегистрировать вас в Институте социального обеспечения (SGK) до начала работы и платить взносы. Часть взносов удерживается из вашей зарплаты.

**Соглашение о социальном обеспечении.** Соглашение между Кыргызстаном и Турцией вступило в силу в ноябре 2020 года. Мигранты обеих стран имеют равные права на социальное и пенсионное обеспечение. Годы законной работы в Турции могут учитываться для вашей пенсии.

**Сборы.** Сборы за разрешение на работу и на проживание устанавливаются каждый год. До подписания договора спросите, кто их платит.

**Советы:** проверяйте регистрацию в SGK через e-Devlet (turkiye.gov.tr) и каждый месяц просите расчётный лист (bordro).`,
					en: `**Income tax.** If you work legally, your employer holds back income tax from your salary. The rates go **from 15% to 40%**; most workers pay the lowest rate. The part of a salary equal to the minimum wage is free of income tax.

**Social insurance (SGK).** Your employer must register you with the Social Security Institution (SGK) before you start work and pay contributions. Part of the contributions is held back from your salary.

**Social security agreement.** An agreement between Kyrgyzstan and Türkiye came into force in November 2020. Migrants from both countries have equal social and pension rights. Your years of legal work in Türkiye can count for your pension.

**Fees.** Fees for work and residence permits are set every year. Before you sign the contract, ask who pays them.

**Tips:** check your SGK registration on e-Devlet (turkiye.gov.tr) and ask for a payslip (bordro) every month.`
				},
				source: {
					document: null,
					title:
						'Income Tax Law No. 193 (Türkiye); Social Security Institution (SGK); Agreement on Social Security between the Kyrgyz Republic and the Republic of Türkiye (2018)',
					url: 'https://www.sgk.gov.tr/'
				},
				reviewedOn: TO_REVIEW,
				needsReview: true,
				laws: []
			},
			{
				kind: 'health',
				body: {
					ky: `**SGK-га катталсаңыз:** мыйзамдуу иштеп, иш берүүчү сизди SGK-га каттаса, жалпы медициналык камсыздандырууга (GSS) ээ болосуз. Жубайыңыз жана балдарыңыз да камтылышы мүмкүн. Мамлекеттик ооруканаларга жана үй-бүлөлүк дарыгерлерге бара аласыз.

**SGK жок болсо:** **жеке медициналык камсыздандыруу** керек — ал кыска мөөнөттүү жашоого уруксат алуу үчүн да талап кылынат. Камсыздандыруусуз ооруканада дарылануу кымбат.

**Шашылыш учурда** **112** номерине чалыңыз. Тез жардам акысыз.

**Кеңештер:**
- жашоо картаңызды же паспортуңузду жана камсыздандыруу картаңызды алып жүрүңүз;
- түрк тилин жакшы билбесеңиз, ооруканадан котормочу сураңыз;
- бардык медициналык кагаздарды жана эсептерди сактаңыз;
- Кыргызстан менен Түркиянын социалдык камсыздоо жөнүндө макулдашуусу (2020-жылдын ноябрынан бери күчүндө) жөлөкпулдар боюнча жардам бериши мүмкүн — Кыргызстандын Социалдык фондунан сураңыз.`,
					ru: `**Если вы зарегистрированы в SGK:** когда вы работаете законно и работодатель зарегистрировал вас в SGK, у вас есть общее медицинское страхование (GSS). Оно может распространяться и на супруга и детей. Вы можете обращаться в государственные больницы и к семейным врачам.

**Без SGK** нужна **частная медицинская страховка** — она требуется и для краткосрочного разрешения на проживание. Без страховки лечение в больнице дорогое.

**В экстренном случае** звоните **112**. Скорая помощь бесплатна.

**Советы:**
- носите с собой карту резидента или паспорт и страховой полис;
- если плохо говорите по-турецки, попросите в больнице переводчика;
- храните все медицинские документы и счета;
- соглашение о социальном обеспечении между Кыргызстаном и Турцией (действует с ноября 2020 года) может помочь с пособиями — спросите в Социальном фонде Кыргызстана.`,
					en: `**If you are registered with SGK:** when you work legally and your employer registers you with SGK, you have general health insurance (GSS). Your husband or wife and children may be covered too. You can use state hospitals and family doctors.

**Without SGK** you need **private health insurance** — it is also required for a short-term residence permit. Without insurance, hospital treatment is expensive.

**In an emergency** call **112**. The ambulance is free.

**Tips:**
- carry your residence card or passport and your insurance card;
- if you do not speak Turkish well, ask the hospital for an interpreter;
- keep all medical papers and bills;
- the Kyrgyzstan–Türkiye social security agreement (in force since November 2020) may help with benefits — ask the Social Fund of Kyrgyzstan.`
				},
				source: {
					document: null,
					title: 'Social Insurance and General Health Insurance Law No. 5510 (Türkiye); Social Security Institution (SGK)',
					url: 'https://www.sgk.gov.tr/'
				},
				reviewedOn: TO_REVIEW,
				needsReview: true,
				laws: []
			},
			{
				kind: 'rights',
				body: {
					ky: `**Кайдан жардам алса болот:**
- Кыргызстандын Түркиядагы элчилиги же консулдугу. «Тышкы эмгек миграциясы жөнүндө» мыйзамга (2006) ылайык, чет өлкөдөгү Кыргызстандын жарандары укуктарын коргоо үчүн элчиликтерге жана консулдуктарга кайрыла алышат. Даректер [жардам маалымдамасында](/help);
- Жарандарды чет өлкөлөргө жумушка орноштуруу борбору (Бишкек, Ош) жана Migrant.kg сайты — коопсуз миграция боюнча маалымат;
- гендердик жана үй-бүлөлүк зомбулуктан жабыр тарткандар үчүн акысыз ишеним телефону.

**Укуктарыңыз:**
- Кыргызстан менен Түркиянын ортосунда социалдык камсыздоо жөнүндө макулдашуу бар (2020-жылдын ноябрынан бери күчүндө): социалдык жана пенсиялык камсыздоого бирдей укук;
- жеке агенттиктер жана Борбор чет өлкөдөгү иш берүүчүлөр сиздин укуктарыңызды сактап жатканын көзөмөлдөшү керек. Иш берүүчү укугуңузду бузса, сизди жиберген агенттик үйгө кайтууга же башка ылайыктуу жумуш табууга жардам бериши керек;
- Кыргызстандын мыйзамы мигранттарды кадыр-баркын кемсинткен, ден соолугуна же өмүрүнө коркунуч туудурган шарттарда иштетүүгө тыюу салат.

**Мажбурлап иштетүү жана адам сатуу — кылмыш.** Жабырлануучулар Кыргызстанда медициналык, психологиялык, укуктук жана социалдык жардам алышат.`,
					ru: `**Куда обратиться за помощью:**
- посольство или консульство Кыргызстана в Турции. По Закону «О внешней трудовой миграции» (2006) граждане Кыргызстана за рубежом могут обращаться в посольства и консульства за помощью в защите своих прав. Адреса — в [справочнике помощи](/help);
- Центр трудоустройства граждан за рубежом (Бишкек, Ош) и сайт Migrant.kg — информация о безопасной миграции;
- бесплатная горячая линия для пострадавших от гендерного и семейного насилия.

**Ваши права:**
- между Кыргызстаном и Турцией действует соглашение о социальном обеспечении (с ноября 2020 года): равные права на социальное и пенсионное обеспечение;
- частные агентства и Центр должны следить, чтобы работодатели за рубежом соблюдали ваши права. Если работодатель нарушил ваши права, агентство, которое вас отправило, должно помочь вам вернуться домой или найти другую подходящую работу;
- закон Кыргызстана запрещает нанимать мигрантов на условиях, унижающих достоинство, вредящих здоровью или угрожающих жизни.

**Принудительный труд и торговля людьми — преступления.** Пострадавшие получают в Кыргызстане медицинскую, психологическую, правовую и социальную помощь.`,
					en: `**Where to get help:**
- the Kyrgyz embassy or consulate in Türkiye. Under the Law on External Labour Migration (2006), Kyrgyz citizens abroad can turn to embassies and consulates for help in protecting their rights. Addresses are in our [directory](/help);
- the Centre for Employment of Citizens Abroad (Bishkek, Osh) and the website Migrant.kg — information on safe migration;
- a free helpline for survivors of gender-based and family violence.

**Your rights:**
- Kyrgyzstan and Türkiye have a social security agreement (in force since November 2020): equal social and pension rights;
- private agencies and the Centre must check that employers abroad respect your rights. If the employer breaks your rights, the agency that sent you must help you return home or find another suitable job;
- Kyrgyz law forbids hiring migrants in conditions that humiliate them or put their health or life in danger.

**Forced labour and human trafficking are crimes.** Victims get medical, psychological, legal and social help in Kyrgyzstan.`
				},
				source: SRC_RIGHTS_EMBASSIES,
				reviewedOn: SEED_CHECKED,
				needsReview: false,
				laws: ['law-external-labour-migration-2006', 'law-human-trafficking-2005']
			},
			{
				kind: 'emergency',
				body: {
					ky: `**Түркиядагы шашылыш номерлер:**
- **112** — бирдиктүү шашылыш номер (тез жардам, полиция, өрт өчүрүүчүлөр);
- **157** — YİMER, миграция башкармалыгынын чет элдиктер үчүн байланыш борбору. Күнү-түнү иштейт, орус тилинде да жооп берет, адам сатуудан жабыр тарткандарга жардам берет;
- **ALO 170** — эмгек жана социалдык камсыздоо боюнча суроолор.

**Кыргызстандын Анкарадагы элчилигине же Стамбулдагы башкы консулдугуна чалыңыз**, эгер кармалсаңыз, паспортуңузду жоготсоңуз, жаракат алсаңыз же бирөө каза болсо. Номерлер [жардам маалымдамасында](/help).

**Кармалсаңыз:** котормочу жана адвокат талап кылууга укугуңуз бар. Түшүнбөгөн кагазга кол койбоңуз.

**Паспортуңузду жоготсоңуз:** полицияга кабарлап, андан кийин мекенге кайтуу үчүн документ алууга элчиликке же консулдукка барыңыз.

Телефонуңузга сактап коюңуз: элчиликтин номерин, дарегиңизди, паспортуңуздун жана уруксаттарыңыздын сүрөттөрүн.`,
					ru: `**Экстренные номера в Турции:**
- **112** — единый номер экстренных служб (скорая, полиция, пожарные);
- **157** — YİMER, центр связи для иностранцев миграционного управления. Работает круглосуточно, отвечает и на русском языке, помогает пострадавшим от торговли людьми;
- **ALO 170** — вопросы труда и социального обеспечения.

**Звоните в посольство Кыргызстана в Анкаре или Генеральное консульство в Стамбуле**, если вас задержали, вы потеряли паспорт, получили травму или кто-то умер. Телефоны — в [справочнике помощи](/help).

**Если вас задержали:** вы имеете право на переводчика и адвоката. Не подписывайте бумаги, которые вам непонятны.

**Если вы потеряли паспорт:** сообщите в полицию, затем обратитесь в посольство или консульство за документом для возвращения домой.

Сохраните в телефоне: номер посольства, свой адрес, фото паспорта и разрешений.`,
					en: `**Emergency numbers in Türkiye:**
- **112** — single emergency number (ambulance, police, fire);
- **157** — YİMER, the contact centre for foreigners of the migration authority. It works day and night, answers in Russian too, and helps victims of human trafficking;
- **ALO 170** — questions about work and social security.

**Call the Kyrgyz Embassy in Ankara or the Consulate General in Istanbul** if you are detained, lose your passport, are injured, or someone dies. Numbers are in our [directory](/help).

**If you are detained:** you have the right to an interpreter and a lawyer. Do not sign papers you do not understand.

**If you lose your passport:** report it to the police, then go to the embassy or consulate for a document to return home.

Save in your phone: the embassy number, your address, and photos of your passport and permits.`
				},
				source: {
					document: null,
					title:
						'Consulate General of the Kyrgyz Republic in Istanbul — useful information; Presidency of Migration Management — Foreigners Communication Centre YİMER 157',
					url: MFA_ISTANBUL_URL
				},
				reviewedOn: TO_REVIEW,
				needsReview: true,
				laws: []
			}
		]
	},

	// ═══ Bahrain ══════════════════════════════════════════════════════════════
	// Seed 002 names Bahrain among the countries Migrant.kg covers; nothing else about it is in the
	// seeds, so every section except "rights" rests on Bahraini official sources and needs review.
	{
		countryIso2: 'BH',
		intro: {
			ky: `Бахрейн — Жарандарды чет өлкөлөргө жумушка орноштуруу борборунун Migrant.kg коопсуз миграция сайтында маалымат берилген өлкөлөрдүн бири. Бахрейнде иш берүүчүңүз Эмгек рыногун жөнгө салуу органынан (LMRA) алган иштөөгө уруксат менен гана иштей аласыз.`,
			ru: `Бахрейн — одна из стран, о которых рассказывает Migrant.kg, сайт о безопасной миграции Центра трудоустройства граждан за рубежом. Работать в Бахрейне можно только с разрешением на работу, которое работодатель получает в Управлении по регулированию рынка труда (LMRA).`,
			en: `Bahrain is one of the countries covered by Migrant.kg, the safe-migration website of the Centre for Employment of Citizens Abroad. You can work in Bahrain only with a work permit that your employer obtains from the Labour Market Regulatory Authority (LMRA).`
		},
		sections: [
			{
				kind: 'entry',
				body: {
					ky: `Бахрейнде иштөө үчүн **жолго чыгардан мурун иштөөгө уруксат** болушу керек. Аны иш берүүчү Эмгек рыногун жөнгө салуу органынан (LMRA) сурайт. Жумуш издеп туристтик же конок визасы менен барбаңыз: конок визасы иштөөгө укук бербейт.

**Жолго чыгардан мурун:**
- иштөөгө уруксатыңыздын жарактуу экенин LMRA сайтынан (lmra.gov.bh) уруксаттын номери менен текшериңиз;
- паспортуңуздун мөөнөтү 6 айдан ашык болушу керек;
- медициналык кароодон Бахрейн үчүн бекитилген борбордо гана өтүңүз;
- паспорттун, иштөөгө уруксаттын, келишимдин жана дипломдордун көчүрмөлөрүн алыңыз.

**Келгенде:** аэропорттогу LMRA бөлүмүнө барыңыз. Ал жерде манжа издериңизди, сүрөтүңүздү жана колтамгаңызды бересиз. Аэропортто мүмкүн болбосо, бир айдын ичинде LMRA-га барыңыз.

Жарандарды чет өлкөлөргө жумушка орноштуруу борбору же лицензиясы бар агенттик аркылуу барыңыз жана сунушту Migrant.kg сайтынан текшериңиз.`,
					ru: `Чтобы работать в Бахрейне, **разрешение на работу нужно получить до поездки**. Его запрашивает работодатель в Управлении по регулированию рынка труда (LMRA). Не ездите искать работу по туристической или гостевой визе: гостевая виза не даёт права работать.

**Перед отъездом:**
- проверьте по номеру разрешения на сайте LMRA (lmra.gov.bh), что оно действительно;
- паспорт должен быть действителен больше 6 месяцев;
- проходите медосмотр только в центре, одобренном для Бахрейна;
- возьмите копии паспорта, разрешения на работу, договора и дипломов.

**По прибытии:** подойдите к стойке LMRA в аэропорту. Там у вас возьмут отпечатки пальцев, фото и подпись. Если в аэропорту это невозможно, придите в LMRA в течение месяца.

Уезжайте через Центр трудоустройства граждан за рубежом или агентство с лицензией и проверяйте предложение на Migrant.kg.`,
					en: `To work in Bahrain you need a **work permit before you travel**. Your employer applies for it at the Labour Market Regulatory Authority (LMRA). Do not go on a tourist or visit visa to look for work: a visit visa does not give the right to work.

**Before you leave:**
- check on the LMRA website (lmra.gov.bh), with the permit number, that your work permit is valid;
- your passport must be valid for more than 6 months;
- do the medical check only at a centre approved for Bahrain;
- take copies of your passport, work permit, contract and diplomas.

**When you arrive:** go to the LMRA counter at the airport. There you give your fingerprints, photo and signature. If this is not possible at the airport, go to the LMRA within one month.

Go through the Centre for Employment of Citizens Abroad or a licensed agency, and check the offer on Migrant.kg.`
				},
				source: {
					document: null,
					title: 'Labour Market Regulatory Authority (LMRA), Kingdom of Bahrain — work permits and arrival of expatriate workers',
					url: LMRA_URL
				},
				reviewedOn: TO_REVIEW,
				needsReview: true,
				laws: []
			},
			{
				kind: 'registration',
				body: {
					ky: `**Жашоого уруксат жана ID-карта.** Иштөөгө уруксатыңыз жашоого уруксат катары да эсептелет. Келгенден кийин сизге инсандыгыңызды тастыктоочу карта (CPR card) берилет. Аны дайыма жаныңызда алып жүрүңүз.

**Мөөнөттөр:**
- аэропортто жасалбаса, келгенден тартып **бир айдын ичинде** LMRA-да манжа издериңизди тапшырып, сүрөткө түшүңүз;
- иштөөгө уруксат адатта бир же эки жылга берилет. Иш берүүчү аны **мөөнөтү бүткөнгө чейин** узартышы керек. Мөөнөтүн LMRA сайтынан текшериңиз.

Уруксаттын мөөнөтү бүтүп же ал жокко чыгарылып, сиз кала берсеңиз, мыйзамсыз абалда каласыз. Сизге айып пул салынышы, камалышыңыз жана депортацияланышыңыз мүмкүн.

**Консулдук каттоо.** Чет өлкөдө үч айдан ашык болсоңуз, келген күндөн тартып **15 күндүн ичинде** Кыргызстандын элчилигинде же консулдугунда каттоого туруңуз. Бахрейнде Кыргызстандын элчилиги жок болушу мүмкүн: Бахрейнди тейлеген элчиликти [жардам маалымдамасынан](/help) же mfa.gov.kg сайтынан табыңыз. Элчилик же консулдук жеткиликсиз болсо, Кыргызстандын өкмөтүнө электрондук почта аркылуу кабарласаңыз болот.`,
					ru: `**Вид на жительство и ID-карта.** Разрешение на работу одновременно служит разрешением на проживание. После прибытия вам выдадут удостоверение личности (CPR card). Всегда носите его с собой.

**Сроки:**
- если в аэропорту этого не сделали, сдайте отпечатки пальцев и сфотографируйтесь в LMRA **в течение месяца** после прибытия;
- разрешение на работу обычно выдают на один или два года. Работодатель должен продлить его **до окончания срока**. Проверяйте дату на сайте LMRA.

Если срок разрешения закончился или его отменили, а вы остались, вы находитесь в стране незаконно. Грозят штраф, задержание и депортация.

**Консульский учёт.** Если вы находитесь за рубежом дольше трёх месяцев, встаньте на учёт в посольстве или консульстве Кыргызстана **в течение 15 дней** после приезда. В Бахрейне может не быть посольства Кыргызстана: найдите посольство, которое обслуживает Бахрейн, в [справочнике помощи](/help) или на сайте mfa.gov.kg. Если посольство или консульство недоступно, можно сообщить правительству Кыргызстана по электронной почте.`,
					en: `**Residence and ID card.** Your work permit also counts as your residence permit. After arrival you get an identity card (CPR card). Always carry it with you.

**Deadlines:**
- if it was not done at the airport, give your fingerprints and photo at the LMRA **within one month** of arrival;
- a work permit is usually given for one or two years. Your employer must renew it **before it ends**. Check the date on the LMRA website.

If your permit ends or is cancelled and you stay, you are in the country illegally. You can be fined, detained and deported.

**Consular registration.** If you stay abroad more than three months, register with a Kyrgyz embassy or consulate **within 15 days** of arrival. Kyrgyzstan may have no embassy in Bahrain: find the embassy that covers Bahrain in our [directory](/help) or on mfa.gov.kg. If no embassy or consulate is available, you can inform the Kyrgyz government by email.`
				},
				source: {
					document: null,
					title: 'Labour Market Regulatory Authority (LMRA), Kingdom of Bahrain — work and residence permits for expatriate workers',
					url: LMRA_URL
				},
				reviewedOn: TO_REVIEW,
				needsReview: true,
				laws: []
			},
			{
				kind: 'work',
				body: {
					ky: `**Иш берүүчүңүз — сиздин демөөрчүңүз.** Иштөөгө уруксатта жазылган иш берүүчүдө жана жумушта гана иштей аласыз.

**Келишим:**
- келишим адатта араб тилинде же араб жана англис тилдеринде болот. Кол коёрдон мурун өзүңүз түшүнгөн тилдеги көчүрмөсүн сураңыз;
- айлыкты, иш убактысын, дем алыш күндөрүн, турак жайды жана үйгө кайтуу билетин ким төлөй турганын текшериңиз;
- келишимдин жана иштөөгө уруксаттын көчүрмөсүн сактаңыз.

**Паспортуңуз:** аны өзүңүздө сактаңыз. Иш берүүчүгө сактоого бербеңиз.

**Төлөмдөр:** иштөөгө уруксат үчүн алымдарды иш берүүчү төлөйт. «Виза» же жумуш үчүн эч кимге акча бербеңиз.

**Жумушту алмаштыруу:** башка иш берүүчүгө өтүү LMRA аркылуу жүргүзүлөт. Жумуштан кетерден мурун укуктарыңызды LMRA-дан сураңыз. Жөн эле качып кетпеңиз: мыйзамсыз абалда калышыңыз мүмкүн.

Жолго чыгардан мурун Жарандарды чет өлкөлөргө жумушка орноштуруу борборунан (Бишкек, Ош) же Migrant.kg сайтынан кеңеш алыңыз.`,
					ru: `**Работодатель — ваш спонсор.** Работать можно только у работодателя и на той работе, которые указаны в разрешении.

**Договор:**
- договор обычно на арабском языке или на арабском и английском. До подписания попросите копию на понятном вам языке;
- проверьте зарплату, часы работы, выходные, жильё и кто оплачивает билет домой;
- храните копию договора и разрешения на работу.

**Паспорт:** держите его у себя. Не отдавайте работодателю на хранение.

**Платежи:** сборы за разрешение на работу платит работодатель. Никому не платите за «визу» или работу.

**Смена работы:** переход к другому работодателю оформляется через LMRA. Прежде чем уйти с работы, узнайте о своих правах в LMRA. Не убегайте просто так: вы можете оказаться в стране незаконно.

Перед отъездом получите консультацию в Центре трудоустройства граждан за рубежом (Бишкек, Ош) или на Migrant.kg.`,
					en: `**Your employer is your sponsor.** You may work only for the employer and in the job named in your work permit.

**Contract:**
- the contract is usually in Arabic, or in Arabic and English. Before you sign, ask for a copy in a language you understand;
- check the salary, working hours, days off, housing, and who pays for the ticket home;
- keep copies of the contract and the work permit.

**Your passport:** keep it yourself. Do not give it to the employer to keep.

**Fees:** work permit fees are paid by the employer. Do not pay anyone for a "visa" or a job.

**Changing jobs:** moving to another employer goes through the LMRA. Before you leave a job, ask the LMRA about your rights. Do not just run away: you may end up in the country illegally.

Before you go, get advice at the Centre for Employment of Citizens Abroad (Bishkek, Osh) or on Migrant.kg.`
				},
				source: {
					document: null,
					title:
						'Law No. 19 of 2006 regulating the labour market; Labour Law for the Private Sector, Law No. 36 of 2012 (Kingdom of Bahrain)',
					url: LMRA_URL
				},
				reviewedOn: TO_REVIEW,
				needsReview: true,
				laws: []
			},
			{
				kind: 'taxes',
				body: {
					ky: `**Киреше салыгы жок.** Бахрейнде эмгек акыга салык салынбайт, айлыгыңыздан киреше салыгы кармалбайт.

**Социалдык камсыздандыруу.** Айлыгыңыздан социалдык камсыздандыруу үчүн анча чоң эмес кармоолор болушу мүмкүн. Иш берүүчү аларды эмгек акы эсебинде көрсөтүшү керек.

**Кошумча нарк салыгы.** Көпчүлүк товарлардын жана кызматтардын баасына 10% кошумча нарк салыгы (VAT) кирет.

**Үйгө акча жөнөтүү:**
- банктар же лицензиясы бар акча которуу компаниялары аркылуу жөнөтүп, квитанцияларды сактаңыз;
- тааныбаган адамдарга жөнөтүү үчүн накталай акча бербеңиз.

**Кеңештер:**
- ар айда эмгек акы эсебин сураңыз;
- айлык банк эсебине төлөнүшү керек — суммасы келишимге туура келгенин текшериңиз;
- айлык кечиксе же кыскартылса, LMRA-дан же Эмгек министрлигинен жардам сураңыз;
- чет өлкөдө жүргөндө Кыргызстандагы пенсияңызга кантип төгүм төлөй берүүнү Кыргызстандын Социалдык фондунан сураңыз.`,
					ru: `**Подоходного налога нет.** В Бахрейне зарплата не облагается налогом, подоходный налог из неё не удерживается.

**Социальное страхование.** Из зарплаты могут удерживаться небольшие взносы на социальное страхование. Работодатель должен показывать их в расчётном листе.

**НДС.** В цену большинства товаров и услуг входит НДС 10%.

**Переводы домой:**
- отправляйте деньги через банки или лицензированные компании денежных переводов и храните квитанции;
- не отдавайте наличные незнакомым людям для отправки.

**Советы:**
- каждый месяц просите расчётный лист;
- зарплата должна приходить на банковский счёт — проверяйте, что сумма совпадает с договором;
- если зарплату задерживают или урезают, обратитесь за помощью в LMRA или Министерство труда;
- спросите в Социальном фонде Кыргызстана, как продолжать платить взносы на пенсию в Кыргызстане, пока вы за рубежом.`,
					en: `**No income tax.** Bahrain does not tax salaries, so no income tax is taken from your pay.

**Social insurance.** Small social insurance deductions may be taken from your salary. Your employer must show them on your payslip.

**VAT.** Most goods and services include 10% value added tax (VAT).

**Sending money home:**
- use banks or licensed money transfer companies, and keep the receipts;
- do not give cash to unknown people to send for you.

**Tips:**
- ask for a payslip every month;
- your salary should be paid into a bank account — check that the amount matches your contract;
- if your salary is late or cut, ask the LMRA or the Ministry of Labour for help;
- ask the Social Fund of Kyrgyzstan how to keep paying into your Kyrgyz pension while you are abroad.`
				},
				source: {
					document: null,
					title: 'National Bureau for Revenue, Kingdom of Bahrain (VAT); Social Insurance Organization, Kingdom of Bahrain',
					url: 'https://www.nbr.gov.bh/'
				},
				reviewedOn: TO_REVIEW,
				needsReview: true,
				laws: []
			},
			{
				kind: 'health',
				body: {
					ky: `**Медициналык кароо.** Жолго чыгардан мурун жана Бахрейнге келгенден кийин медициналык кароодон өтөсүз. Кароодон өтпөй калсаңыз, үйгө кайтарыласыз.

**Медициналык жардам.** Медициналык жардамыңыз кандай камсыз кылынарын иш берүүчүдөн жазуу түрүндө сураңыз. Бахрейн чет элдик жумушчулар үчүн милдеттүү медициналык камсыздандырууну киргизип жатат. Камсыздандыруу картаңызды жаныңызда алып жүрүңүз.

**Шашылыш учурда** **999** номерине чалыңыз же жакынкы ооруканадагы шашылыш жардам бөлүмүнө барыңыз.

**Ысык:** Бахрейнде жай абдан ысык. Сууну көп ичиңиз, көлөкөдө эс алыңыз, башыңыз айланса жетекчиңизге айтыңыз. Жайында түштөгү эң ысык сааттарда ачык асман алдында иштөөгө тыюу салынат.

**Кеңештер:**
- бардык медициналык документтердин көчүрмөсүн сактаңыз;
- иште жаракат алсаңыз, кырсык тууралуу акт талап кылып, LMRA-га же Эмгек министрлигине кабарлаңыз.`,
					ru: `**Медосмотр.** Вы проходите медосмотр до поездки и ещё раз после прибытия в Бахрейн. Если вы его не пройдёте, вас отправят домой.

**Медицинская помощь.** Попросите работодателя письменно объяснить, как оплачивается ваше лечение. Бахрейн вводит обязательное медицинское страхование для иностранных работников. Носите страховую карту с собой.

**В экстренном случае** звоните **999** или идите в отделение неотложной помощи ближайшей больницы.

**Жара:** летом в Бахрейне очень жарко. Пейте много воды, отдыхайте в тени, при головокружении сразу скажите руководителю. Летом в самые жаркие полуденные часы работать под открытым небом запрещено.

**Советы:**
- храните копии всех медицинских документов;
- если вы получили травму на работе, потребуйте акт о несчастном случае и сообщите в LMRA или Министерство труда.`,
					en: `**Medical check.** You pass a medical check before you travel and again after you arrive in Bahrain. If you fail it, you will be sent home.

**Medical care.** Ask your employer to explain in writing how your medical care is paid for. Bahrain is introducing compulsory health insurance for foreign workers. Carry your insurance card with you.

**In an emergency** call **999** or go to the emergency department of the nearest hospital.

**Heat:** summer in Bahrain is very hot. Drink a lot of water, rest in the shade, and tell your supervisor at once if you feel dizzy. In summer, outdoor work is banned in the hottest midday hours.

**Tips:**
- keep copies of all your medical papers;
- if you are injured at work, ask for an accident report and tell the LMRA or the Ministry of Labour.`
				},
				source: {
					document: null,
					title:
						'Labour Market Regulatory Authority (LMRA) — medical examination of expatriate workers; Ministry of Labour, Kingdom of Bahrain — summer midday outdoor work ban',
					url: LMRA_URL
				},
				reviewedOn: TO_REVIEW,
				needsReview: true,
				laws: []
			},
			{
				kind: 'rights',
				body: {
					ky: `**Жолго чыгардан мурун** расмий жолдорду колдонуңуз. Жарандарды чет өлкөлөргө жумушка орноштуруу борбору (Бишкек, Ош) Migrant.kg сайтын жүргүзөт, анда Бахрейн боюнча да маалымат бар.

**Агенттик аркылуу барсаңыз, укуктарыңыз:**
- жеке агенттиктер жана Борбор чет өлкөдөгү иш берүүчүлөр сиздин укуктарыңызды сактап жатканын көзөмөлдөшү керек;
- иш берүүчү укугуңузду бузса, сизди жиберген агенттик Кыргызстанга кайтууга же башка ылайыктуу жумуш табууга жардам бериши керек;
- Кыргызстандын мыйзамы мигранттарды кадыр-баркын кемсинткен, ден соолугуна же өмүрүнө коркунуч туудурган шарттарда иштетүүгө тыюу салат.

**Кайдан жардам алса болот:**
- Бахрейнди тейлеген Кыргызстандын элчилиги же консулдугу. «Тышкы эмгек миграциясы жөнүндө» мыйзамга (2006) ылайык, алар укуктарыңызды коргоого жардам берет. [Жардам маалымдамасын](/help) караңыз;
- гендердик жана үй-бүлөлүк зомбулуктан жабыр тарткандар үчүн акысыз ишеним телефону.

**Мажбурлап иштетүү жана адам сатуу — кылмыш.** Жабырлануучулар Кыргызстанда медициналык, психологиялык, укуктук жана социалдык жардам алышат, баш калкалоочу жайлар бар.`,
					ru: `**Перед отъездом** пользуйтесь официальными каналами. Центр трудоустройства граждан за рубежом (Бишкек, Ош) ведёт сайт Migrant.kg, там есть информация и о Бахрейне.

**Ваши права, если вы едете через агентство:**
- частные агентства и Центр должны следить, чтобы работодатели за рубежом соблюдали ваши права;
- если работодатель нарушил ваши права, агентство, которое вас отправило, должно помочь вам вернуться в Кыргызстан или найти другую подходящую работу;
- закон Кыргызстана запрещает нанимать мигрантов на условиях, унижающих достоинство, вредящих здоровью или угрожающих жизни.

**Куда обратиться за помощью:**
- посольство или консульство Кыргызстана, которое обслуживает Бахрейн. По Закону «О внешней трудовой миграции» (2006) оно помогает защищать ваши права. Смотрите [справочник помощи](/help);
- бесплатная горячая линия для пострадавших от гендерного и семейного насилия.

**Принудительный труд и торговля людьми — преступления.** Пострадавшие получают в Кыргызстане медицинскую, психологическую, правовую и социальную помощь, есть приюты.`,
					en: `**Before you go,** use official channels. The Centre for Employment of Citizens Abroad (Bishkek, Osh) runs Migrant.kg, which also has information on Bahrain.

**Your rights if you go through an agency:**
- private agencies and the Centre must check that employers abroad respect your rights;
- if the employer breaks your rights, the agency that sent you must help you return to Kyrgyzstan or find another suitable job;
- Kyrgyz law forbids hiring migrants in conditions that humiliate them or put their health or life in danger.

**Where to get help:**
- the Kyrgyz embassy or consulate that covers Bahrain. Under the Law on External Labour Migration (2006), it helps protect your rights. See our [directory](/help);
- a free helpline for survivors of gender-based and family violence.

**Forced labour and human trafficking are crimes.** Victims get medical, psychological, legal and social help in Kyrgyzstan, and there are shelters.`
				},
				source: seed002(
					'4.1. Advances the socioeconomic well-being of migrants and society – examples of well-developed areas',
					'the CECA is responsible for ensuring that private recruitment agencies help migrant workers whom they sent for work abroad to return to Kyrgyzstan if the employer has violated their rights'
				),
				reviewedOn: SEED_CHECKED,
				needsReview: false,
				laws: ['law-external-labour-migration-2006', 'law-human-trafficking-2005']
			},
			{
				kind: 'emergency',
				body: {
					ky: `**Бахрейндеги шашылыш номер: 999** (полиция, тез жардам, өрт өчүрүүчүлөр).

**Кыргызстандын элчилиги:** Бахрейнде Кыргызстандын элчилиги жок болушу мүмкүн. Бахрейнди тейлеген элчиликти [жардам маалымдамасынан](/help) же Кыргызстандын Тышкы иштер министрлигинин сайтынан (mfa.gov.kg) табыңыз. Кармалсаңыз, паспортуңузду жоготсоңуз, жаракат алсаңыз же бирөө каза болсо, ага кайрылыңыз.

**Иштеги көйгөйлөр** (айлык төлөнбөсө, паспортуңузду алып коюшса, мажбурлап иштетишсе): LMRA-га же полицияга кайрылыңыз.

**Паспортуңузду жоготсоңуз:** полицияга кабарлап, андан кийин мекенге кайтуу үчүн документ алууга элчиликке кайрылыңыз.

Телефонуңузга сактап коюңуз: элчиликтин номерин, иш берүүчүнүн дарегин жана телефонун, паспортуңуздун, CPR картаңыздын жана келишимиңиздин сүрөттөрүн.

Кыргызстандагы үй-бүлөңүзгө дарегиңизди жана иш берүүчүнүн атын айтып коюңуз.`,
					ru: `**Экстренный номер в Бахрейне: 999** (полиция, скорая помощь, пожарные).

**Посольство Кыргызстана:** в Бахрейне может не быть посольства Кыргызстана. Найдите посольство, которое обслуживает Бахрейн, в [справочнике помощи](/help) или на сайте МИД Кыргызстана (mfa.gov.kg). Обращайтесь туда, если вас задержали, вы потеряли паспорт, получили травму или кто-то умер.

**Проблемы на работе** (не платят зарплату, забрали паспорт, заставляют работать): обращайтесь в LMRA или в полицию.

**Если вы потеряли паспорт:** сообщите в полицию, затем обратитесь в посольство за документом для возвращения домой.

Сохраните в телефоне: номер посольства, адрес и телефон работодателя, фото паспорта, карты CPR и договора.

Сообщите семье в Кыргызстане свой адрес и название работодателя.`,
					en: `**Emergency number in Bahrain: 999** (police, ambulance, fire).

**Kyrgyz embassy:** Kyrgyzstan may have no embassy in Bahrain. Find the embassy that covers Bahrain in our [directory](/help) or on the website of the Ministry of Foreign Affairs of Kyrgyzstan (mfa.gov.kg). Contact it if you are detained, lose your passport, are injured, or someone dies.

**Problems at work** (salary not paid, passport taken away, forced work): contact the LMRA or the police.

**If you lose your passport:** report it to the police, then contact the embassy for a document to return home.

Save in your phone: the embassy number, your employer's address and phone, and photos of your passport, CPR card and contract.

Tell your family in Kyrgyzstan your address and your employer's name.`
				},
				source: {
					document: null,
					title: 'Kingdom of Bahrain — national emergency number 999; Ministry of Foreign Affairs of the Kyrgyz Republic — foreign missions',
					url: 'https://mfa.gov.kg/'
				},
				reviewedOn: TO_REVIEW,
				needsReview: true,
				laws: []
			}
		]
	}
];
