import type { Translated } from '#lib/i18n';
import type { GuideSectionSeed, GuideSeed, SourceSeed } from './types';

/**
 * Destination-country guides beyond the CIS: the Republic of Korea (EPS), the United Kingdom (seasonal
 * farm work), Germany, and the EU / OECD destinations the seeds name: Japan, Latvia and Slovakia (seed 002
 * lists them among the 17 countries covered by Migrant.kg). The USA, Italy and Switzerland appear in the
 * seeds only as places where the Kyrgyz diaspora lives (seed 003), not as labour destinations, so they
 * have no guide. Poland is not named in the seeds.
 *
 * Conventions (same as guides-cis.ts):
 * - A section whose facts all come from the seed documents cites the seed (verbatim excerpt, line breaks
 *   collapsed to single spaces), has needsReview: false and reviewedOn 2026-11-01. These are the Korea and
 *   UK "entry" sections and the "rights" section of every guide. The Korea entry section cites seed 004
 *   (Korea programme, pre-departure training, risks of individual recruitment); its other facts (Centre
 *   offices in Bishkek and Osh, Migrant.kg, consular registration within 15 days) are from seed 002.
 * - Every other section relies on the host country's own rules (general knowledge). It cites the official
 *   act or site, has needsReview: true and reviewedOn 2026-05-01. The consular registration duty repeated
 *   there is from seed 002, section 5.1 and its footnote 30.
 * - Amounts that change every year (Korean, UK and German minimum wages) are given for 2026 and must be
 *   re-checked each year. No phone numbers except national emergency numbers and official public
 *   hotlines; embassy contacts are left to the directory (/help).
 * - "Fees should be zero" is given as the fair-recruitment rule; where a test, visa or ticket is paid by
 *   the worker (EPS, UK visa) the text says to ask for the official list and a receipt.
 */

const SEED_CHECKED = '2026-11-01';
const TO_REVIEW = '2026-05-01';

/**
 * Slug of the UK seasonal-work agreement as laws.ts spells it (the brief called it
 * 'gb-seasonal-workers-agreement'). Unknown slugs are skipped silently by portal.seed.ts.
 */
const LAW_GB_SEASONAL = 'kg-uk-seasonal-workers-2022';

const DOC_002 = {
	document: '002_50f2aea91ede881b.txt',
	title: 'Migration Governance Indicators Second Profile 2022 – The Kyrgyz Republic'
} as const;

const DOC_004 = {
	document: '004_37add4523c43590f.txt',
	title: "Roundtable Report: \"International Experience on Protection of Labor Migrants' Rights and Its Application to Kyrgyzstan\", 26 March 2013"
} as const;

/** Rights of Kyrgyz citizens abroad (seed 002, section 5.1). */
const SRC_RIGHTS: SourceSeed = {
	...DOC_002,
	article: '5.1. Effectively addresses the mobility dimensions of crises – examples of well-developed areas',
	excerpt:
		'Under Law No. 4 on External Labour Migration (2006), Kyrgyz nationals abroad may turn to embassies and consulates for assistance in protecting their rights and freedom to seek employment.'
};

/** Korea programme run by the state Centre (seed 004). */
const SRC_KR_ENTRY: SourceSeed = {
	...DOC_004,
	article: 'Highlights from the Sessions and Discussion',
	excerpt:
		'At present, about 1450 labor migrants were employed in South Korea on the base of the signed inter-governmental agreements'
};

/** UK seasonal farm work agreement (seed 002, section 4.1). */
const SRC_GB_ENTRY: SourceSeed = {
	...DOC_002,
	article: '4.1. Advances the socioeconomic well-being of migrants and society – examples of well-developed areas',
	excerpt:
		'In March 2022, it signed a BLA with the United Kingdom to enable the recruitment of 1,000 Kyrgyz people for the British agricultural sector for up to six months.'
};

const LINK_HELP: Translated = {
	ky: '[жардам маалымдамасында](/help)',
	ru: '[справочнике помощи](/help)',
	en: '[directory](/help)'
};

/**
 * The "rights" section of every guide. All facts are from seed 002: Law No. 4 (help from embassies and
 * consulates), Resolution No. 175 of 2019 (agencies and the Centre monitor employers abroad; the Centre
 * makes agencies help workers whose rights were violated return or find another job), the Criminal Code
 * (forced labour), Law No. 55 and Resolution No. 101 (help and shelters for trafficking victims), the
 * MLSSM helpline (2021). "Contract in your language" is advice from seed 004.
 */
function rightsSection(local: Translated): GuideSectionSeed {
	return {
		kind: 'rights',
		body: {
			ky: `**Кыргызстан сизди чет өлкөдө да коргойт.** «Тышкы эмгек миграциясы жөнүндө» мыйзамга (2006) ылайык, чет өлкөдөгү жарандар укуктарын коргоо үчүн Кыргызстандын элчиликтерине жана консулдуктарына кайрыла алышат. Байланыштар ${LINK_HELP.ky}.

**Мамлекет иш берүүчүлөрдү көзөмөлдөйт.** Өкмөттүн 2019-жылдагы № 175 токтому боюнча жеке агенттиктер жана Жарандарды чет өлкөдө жумушка орноштуруу борбору чет өлкөдөгү иш берүүчүлөр жумушчулардын укуктарын сактап жатканын текшериши керек. Иш берүүчү укугуңузду бузса, Борбор сизди жөнөткөн агенттик үйгө кайтууга же башка ылайыктуу жумуш табууга жардам беришин камсыз кылат.

**Мажбурлап иштетүү жана адам сатуу — кылмыш.** Жабырлануучулар Кыргызстанда медициналык, психологиялык, социалдык жана укуктук жардам алышат, баш калкалоочу жайлар бар. Гендердик жана үй-бүлөлүк зомбулуктан жабыр тарткандар үчүн акысыз ишеним телефону да бар.

**Өзүңүздү коргоңуз:**
- келишимди өзүңүз түшүнгөн тилде сураңыз;
- паспортуңузду жана келишимиңизди өзүңүз сактаңыз;
- көйгөй башталса, күндөрдү, сааттарды, сумманы жана аты-жөндөрдү жазып алыңыз.

${local.ky}`,
			ru: `**Кыргызстан защищает вас и за рубежом.** По Закону «О внешней трудовой миграции» (2006) граждане Кыргызстана за рубежом могут обращаться в посольства и консульства Кыргызстана за помощью в защите своих прав. Контакты — в ${LINK_HELP.ru}.

**Государство следит за работодателями.** По постановлению Правительства № 175 (2019) частные агентства и Центр по трудоустройству граждан за рубежом должны проверять, соблюдают ли работодатели за рубежом права работников. Если работодатель нарушил ваши права, Центр добивается, чтобы направившее вас агентство помогло вам вернуться домой или найти другую подходящую работу.

**Принудительный труд и торговля людьми — преступления.** Пострадавшие получают в Кыргызстане медицинскую, психологическую, социальную и правовую помощь, есть приюты. Есть и бесплатная горячая линия для пострадавших от гендерного и семейного насилия.

**Защитите себя:**
- просите договор на понятном вам языке;
- храните паспорт и договор у себя;
- если начались проблемы, записывайте даты, часы, суммы и имена.

${local.ru}`,
			en: `**Kyrgyzstan protects you abroad too.** Under the Law on External Labour Migration (2006), Kyrgyz citizens abroad may turn to Kyrgyz embassies and consulates for help in protecting their rights. Contacts are in our ${LINK_HELP.en}.

**The state checks employers.** Under Government Resolution No. 175 (2019), private agencies and the Centre for Employment of Citizens Abroad must check that employers abroad respect workers' rights. If an employer violates your rights, the Centre makes sure the agency that sent you helps you return home or find another suitable job.

**Forced labour and human trafficking are crimes.** Victims get medical, psychological, social and legal help in Kyrgyzstan, and there are shelters. There is also a free helpline for survivors of gender-based and family violence.

**Protect yourself:**
- ask for your contract in a language you understand;
- keep your passport and contract yourself;
- when problems start, write down dates, hours, amounts and names.

${local.en}`
		},
		source: SRC_RIGHTS,
		reviewedOn: SEED_CHECKED,
		needsReview: false,
		laws: ['law-external-labour-migration-2006', 'law-human-trafficking-2005']
	};
}

export const GUIDES_FAR: GuideSeed[] = [
	// ═══ Republic of Korea ════════════════════════════════════════════════════
	{
		countryIso2: 'KR',
		intro: {
			ky: `Корея Республикасы Кыргызстандан жумушчуларды, негизинен заводдорго, Жумушка орноштурууга уруксат берүү системасы (EPS) аркылуу алат. Кыргызстан ага эки өкмөттүн ортосундагы макулдашуу боюнча катышат, жумушчуларды мамлекеттик Жарандарды чет өлкөдө жумушка орноштуруу борбору гана жөнөтөт.`,
			ru: `Республика Корея нанимает работников из Кыргызстана, в основном на заводы, через Систему разрешений на трудоустройство (EPS). Кыргызстан участвует в ней по соглашению между правительствами, и направляет работников только государственный Центр по трудоустройству граждан за рубежом.`,
			en: `The Republic of Korea hires workers from Kyrgyzstan, mostly for factories, through the Employment Permit System (EPS). Kyrgyzstan takes part under an agreement between the two governments, and only the state Centre for Employment of Citizens Abroad sends workers.`
		},
		sections: [
			{
				kind: 'entry',
				body: {
					ky: `**Мамлекеттик Борбор аркылуу гана барыңыз.** Кореядагы жумушту Эмгек, социалдык камсыздоо жана миграция министрлигине караштуу Жарандарды чет өлкөдө жумушка орноштуруу борбору эки өлкөнүн өкмөттөрү кол койгон макулдашуулардын негизинде уюштурат.

- Маалыматты Борбордун Бишкектеги же Оштогу кеңсесинен же Migrant.kg сайтынан (кыргызча жана орусча) алыңыз. Сайтта Корея Республикасы тууралуу маалымат бар.
- Борбор Кореяга жөнөткөндөрдүн баары **жолго чыгаар алдында даярдыктан** өтөт. Борборго кайрылбай кеткендер эч кандай даярдык алышпайт.
- Уюшкан тандоо сизди коргойт. Тааныш эмес адамдар аркылуу өз алдынча жумуш издөө алдоого жана кордукка алып келиши мүмкүн.
- Кореяга «сынаксыз» же «Борборсуз» жиберебиз дегендерге акча да, паспорт да бербеңиз.
- Паспортуңузду жана документтериңизди өзүңүз сактаңыз, көчүрмөлөрүн жасап алыңыз.

**Келгенден кийин:** чет өлкөдө үч айдан ашык болсоңуз, келген күндөн тартып **15 күндүн ичинде** Кыргызстандын элчилигинде же консулдугунда каттоого туруңуз. Элчиликке жетүү мүмкүн болбосо, Кыргызстандын өкмөтүнө электрондук почта же факс аркылуу кабарлай аласыз.

Сынак, виза жана келишим тууралуу төмөнкү бөлүмдөрдү окуңуз.`,
					ru: `**Только через государственный Центр.** Работу в Корее организует Центр по трудоустройству граждан за рубежом при Министерстве труда, социального обеспечения и миграции — на основе соглашений, подписанных правительствами двух стран.

- Информацию получите лично в Центре в Бишкеке или Оше либо на сайте Migrant.kg (на кыргызском и русском). На сайте есть сведения о Республике Корея.
- Все, кого Центр направляет в Корею, проходят **подготовку перед выездом**. Кто уезжает без Центра, не получает никакой подготовки.
- Организованный набор защищает вас. Самостоятельный поиск работы через незнакомых людей может закончиться обманом и злоупотреблениями.
- Не отдавайте ни денег, ни паспорта тем, кто обещает Корею «без экзамена» или «без Центра».
- Храните паспорт и документы у себя, сделайте копии.

**После приезда:** если вы за рубежом больше трёх месяцев, встаньте на учёт в посольстве или консульстве Кыргызстана **в течение 15 дней** после прибытия. Если посольство недоступно, можно сообщить Правительству Кыргызстана по электронной почте или факсу.

Об экзамене, визе и договоре — в разделах ниже.`,
					en: `**Go only through the state Centre.** Work in Korea is arranged by the Centre for Employment of Citizens Abroad under the Ministry of Labour, Social Security and Migration, on the basis of agreements signed by the two governments.

- Get information in person at the Centre in Bishkek or Osh, or on the Migrant.kg website (in Kyrgyz and Russian). The site has information on the Republic of Korea.
- Everyone the Centre sends to Korea gets **pre-departure training**. People who leave without the Centre get no training at all.
- Organised recruitment protects you. Looking for work on your own through people you do not know can end in cheating and abuse.
- Give no money and no passport to people who promise Korea "without the test" or "without the Centre".
- Keep your passport and documents yourself and make copies.

**After arrival:** if you stay abroad more than three months, register at the Kyrgyz embassy or consulate **within 15 days** of arrival. If you cannot reach the embassy, you may inform the Kyrgyz Government by email or fax.

The test, visa and contract are explained in the sections below.`
				},
				source: SRC_KR_ENTRY,
				reviewedOn: SEED_CHECKED,
				needsReview: false,
				laws: ['kr-eps-agreement', 'law-external-labour-migration-2006']
			},
			{
				kind: 'registration',
				body: {
					ky: `**Виза.** EPS боюнча жумушчулар **E-9** (кесиптик эмес жумуш) визасы менен барышат. Келишим түзүлгөндөн кийин Борбор Кореянын Бишкектеги элчилигинен виза алууга жардам берет.

**Чет элдиктин каттоо картасы (ARC).** Келгенден кийин **90 күндүн ичинде** иммиграция кеңсесинде катталып, ARC картасын алышыңыз керек. Адатта иш берүүчү же окуу борбору жардам берет. Картаны дайыма жаныңызда алып жүрүңүз.

**Мөөнөт.** E-9 визасы менен 3 жылга чейин иштей аласыз. Иш берүүчү сураса, мөөнөт бир жолу 1 жыл 10 айга чейин узартылат.

**Көчсөңүз,** жаңы дарегиңизди **15 күндүн ичинде** иммиграция кеңсесине, жергиликтүү калкты тейлөө борборуна же HiKorea сайты аркылуу билдириңиз.

**Консулдук каттоо.** Үч айдан ашык калсаңыз, келген күндөн тартып 15 күндүн ичинде Кыргызстандын Сеулдагы элчилигинде каттоого туруңуз.

Виза мөөнөтү бүткөндөн кийин калбаңыз: айып пул салынышы, өлкөдөн чыгарылышыңыз жана кайра кирүүгө тыюу салынышы мүмкүн.`,
					ru: `**Виза.** Работники EPS едут по визе **E-9** (непрофессиональная работа). После заключения договора Центр помогает получить визу в посольстве Кореи в Бишкеке.

**Карта регистрации иностранца (ARC).** В течение **90 дней** после приезда нужно зарегистрироваться в иммиграционной службе и получить карту ARC. Обычно помогает работодатель или учебный центр. Всегда носите карту с собой.

**Срок.** По визе E-9 можно работать до 3 лет. По просьбе работодателя срок продлевают один раз, до 1 года и 10 месяцев.

**Если переезжаете,** сообщите новый адрес **в течение 15 дней** в иммиграционную службу, местный центр обслуживания населения или через сайт HiKorea.

**Консульский учёт.** Если остаётесь больше трёх месяцев, встаньте на учёт в посольстве Кыргызстана в Сеуле в течение 15 дней после прибытия.

Не оставайтесь после окончания визы: грозят штраф, выдворение и запрет на въезд.`,
					en: `**Visa.** EPS workers come on an **E-9** (non-professional employment) visa. After the contract is signed, the Centre helps you get the visa at the Korean embassy in Bishkek.

**Alien registration card (ARC).** Within **90 days** of arrival you must register at the immigration office and get an ARC. Usually your employer or the training centre helps. Always carry the card with you.

**Length of stay.** On an E-9 visa you may work for up to 3 years. If your employer asks, it can be extended once, by up to 1 year and 10 months.

**If you move,** report your new address **within 15 days** at the immigration office, the local community service centre, or online on HiKorea.

**Consular registration.** If you stay more than three months, register at the Kyrgyz embassy in Seoul within 15 days of arrival.

Do not stay after your visa ends: you risk a fine, removal and a ban on coming back.`
				},
				source: {
					document: null,
					title: 'Immigration Act (Republic of Korea), Articles 31 and 36; Act on the Employment, etc. of Foreign Workers (Republic of Korea), Articles 18 and 18-2; HiKorea',
					url: 'https://www.hikorea.go.kr/'
				},
				reviewedOn: TO_REVIEW,
				needsReview: true,
				laws: ['kr-eps-agreement']
			},
			{
				kind: 'work',
				body: {
					ky: `**EPS аркылуу жумуш алуу:**
- Корей тили боюнча **EPS-TOPIK** сынагын тапшырыңыз. Ага Борбор аркылуу катталасыз.
- Медициналык текшерүүдөн өтүңүз. Андан кийин атыңыз жумуш издөөчүлөрдүн тизмесине кирет.
- Корей иш берүүчүсү сизди тандап, **Стандарттык эмгек келишимин** сунуштайт. Кол коюудан мурун окуңуз: жумуш, эмгек акы, иш убактысы, турак жай, тамак.
- Жолго чейин Кыргызстанда даярдыктан, Кореяга келгенде кыска окуудан өтөсүз.

**Кореяда:**
- Кореянын эмгек мыйзамдары жана **минималдуу эмгек акы** сизге да колдонулат. 2026-жылы ал **саатына 10 320 вон**.
- Жумуш ордун мыйзамда жазылган учурларда гана (мисалы, ишкана жабылса, айлык төлөнбөсө же сизге кордук көрсөтүлсө) жана Жумуш борбору (Employment Center) аркылуу гана алмаштыра аласыз.
- Уруксатсыз башка иш берүүчүгө иштөө мыйзамсыз.
- Иш берүүчүнүн паспортуңузду же ARC картаңызды кармап калууга укугу жок.

Келишимдин жана айлык баракчаларынын көчүрмөлөрүн сактаңыз, иштеген сааттарыңызды жазып жүрүңүз.`,
					ru: `**Как получить работу через EPS:**
- Сдайте экзамен по корейскому языку **EPS-TOPIK**. Записываются на него через Центр.
- Пройдите медосмотр. После этого ваше имя попадает в список соискателей.
- Корейский работодатель выбирает вас и предлагает **Стандартный трудовой договор**. Прочитайте его до подписи: работа, зарплата, часы, жильё, питание.
- Перед отъездом вы проходите подготовку в Кыргызстане, а по приезде — короткое обучение в Корее.

**В Корее:**
- На вас распространяются трудовые законы Кореи и **минимальная оплата труда**. В 2026 году это **10 320 вон в час**.
- Сменить место работы можно только в случаях, которые указаны в законе (например, предприятие закрылось, не платят зарплату или с вами жестоко обращаются), и только через центр занятости (Employment Center).
- Работать у другого работодателя без разрешения незаконно.
- Работодатель не имеет права забирать ваш паспорт или карту ARC.

Храните копии договора и расчётных листков, записывайте отработанные часы.`,
					en: `**How you get a job through EPS:**
- Pass the Korean language test **EPS-TOPIK**. You sign up for it through the Centre.
- Pass the medical check. Your name then goes on a list of job seekers.
- A Korean employer chooses you and offers a **Standard Labour Contract**. Read it before you sign: job, pay, hours, housing, meals.
- Before departure you are trained in Kyrgyzstan; after arrival you take a short training in Korea.

**In Korea:**
- Korean labour law and the **minimum wage** apply to you. In 2026 the minimum wage is **10,320 won per hour**.
- You may change workplace only in cases the law allows (for example, the company closes, wages are not paid, or you are abused), and only through a Job Center (Employment Center).
- Working for another employer without permission is illegal.
- Your employer has no right to keep your passport or ARC.

Keep copies of your contract and pay slips, and write down your working hours.`
				},
				source: {
					document: null,
					title: 'Act on the Employment, etc. of Foreign Workers (Republic of Korea); Minimum Wage Act and Ministry of Employment and Labor notice of the 2026 minimum wage; EPS — Employment Permit System (HRD Korea)',
					url: 'https://www.eps.go.kr/'
				},
				reviewedOn: TO_REVIEW,
				needsReview: true,
				laws: ['kr-eps-agreement']
			},
			{
				kind: 'taxes',
				body: {
					ky: `**Киреше салыгы.** Иш берүүчү салыкты ай сайын айлыгыңыздан кармап калат. Жыл башында ал жылдык салык эсебин жүргүзөт: акчаңыздын бир бөлүгү кайтарылышы же бир аз кошумча төлөшүңүз мүмкүн.

**EPS боюнча камсыздандыруулар** (келишимиңизден текшериңиз):
- **Кетүүдөгү кепилдик камсыздандыруусу** — иш берүүчү төлөйт; бир жылдан ашык иштесеңиз, Кореядан кетерде аласыз;
- **Эмгек акыны кепилдөө камсыздандыруусу** — иш берүүчү төлөйт; төлөнбөй калган айлыкты коргойт;
- **Кайтуу чыгымдарын камсыздандыруу** — өзүңүз төлөйсүз; үйгө кайтуучу билет үчүн;
- **Бактысыз окуядан камсыздандыруу** — өзүңүз төлөйсүз; иштен тышкаркы оору же жаракат үчүн.

**Төлөмдөр.** EPSте ортомчу жок. Жумуш берүү же жумушта калтыруу үчүн эч ким акча сурабашы керек. Сынак, медициналык текшерүү жана билет сыяктуу расмий төлөмдөрдүн тизмесин Борбордон сурап, квитанция алыңыз. Мыйзамсыз акча сурашса, Борборго жана элчиликке кабарлаңыз.

**Акчаны** банк же лицензиясы бар которуу кызматы аркылуу гана жөнөтүңүз.`,
					ru: `**Подоходный налог.** Работодатель каждый месяц удерживает налог из зарплаты. В начале года он делает годовой перерасчёт: часть денег могут вернуть или придётся немного доплатить.

**Страховки по EPS** (проверьте в договоре):
- **страховка гарантии при выезде** — платит работодатель; если вы проработали больше года, получаете её при отъезде из Кореи;
- **страховка гарантии зарплаты** — платит работодатель; защищает невыплаченную зарплату;
- **страховка расходов на возвращение** — платите вы; на билет домой;
- **страховка от несчастных случаев** — платите вы; на болезнь или травму вне работы.

**Платежи.** В EPS нет посредников. Никто не должен брать деньги за работу или за то, чтобы вас не уволили. Список официальных платежей (экзамен, медосмотр, билет) спросите в Центре и берите квитанции. О незаконных поборах сообщайте в Центр и посольство.

**Деньги** отправляйте только через банки или лицензированные службы переводов.`,
					en: `**Income tax.** Your employer takes tax from your wage every month. Early in the year the employer does a year-end settlement: you may get some money back or pay a little more.

**EPS insurances** (check your contract):
- **departure guarantee insurance** — paid by the employer; if you worked more than a year, you get it when you leave Korea;
- **wage guarantee insurance** — paid by the employer; protects unpaid wages;
- **return cost insurance** — you pay; covers your ticket home;
- **casualty insurance** — you pay; for illness or injury outside work.

**Fees.** EPS has no brokers. Nobody may take money for giving you a job or letting you keep it. Ask the Centre for the list of official payments (test, medical check, ticket) and get receipts. Report illegal demands to the Centre and the embassy.

**Send money** only through banks or licensed transfer services.`
				},
				source: {
					document: null,
					title: 'Act on the Employment, etc. of Foreign Workers (Republic of Korea), Articles 13, 15, 23 (EPS insurances); National Tax Service of Korea',
					url: 'https://www.eps.go.kr/'
				},
				reviewedOn: TO_REVIEW,
				needsReview: true,
				laws: ['kr-eps-agreement']
			},
			{
				kind: 'health',
				body: {
					ky: `**Медициналык камсыздандыруу.** Корей ишканасында иштегенде иш берүүчү аркылуу **Улуттук медициналык камсыздандырууга** катталасыз. Төлөмдүн бир бөлүгү айлыгыңыздан кармалат. Камсыздандыруу картасы менен клиникада жана ооруканада чыгымдын бир бөлүгүн гана төлөйсүз.

**Өндүрүштөгү кырсыктан камсыздандыруу.** Иште жаракат алсаңыз же иштин айынан ооруп калсаңыз, дарылоо жана жоголгон айлыктын бир бөлүгү төлөнөт. Иш берүүчүгө дароо айтыңыз. Ал жардам бербесе, Эмгекчилерге компенсация жана жыргалчылык кызматына (COMWEL) же Эмгек министрлигине кайрылыңыз.

**Бактысыз окуядан камсыздандыруу** иштен тышкаркы оору же жаракат болгондо жардам берет.

**Коопсуздук.** Коопсуздук боюнча окутууну жана коргоочу каражаттарды талап кылыңыз. Өмүргө дароо коркунуч болсо, ишти токтотуп, жетекчиге айтсаңыз болот.

**Жолго чейин** медициналык текшерүүдөн өтүңүз. Дарыларыңызды рецепти менен кошо алыңыз.

Шашылыш учурда **119** номерине чалыңыз.`,
					ru: `**Медицинская страховка.** Работая на корейском предприятии, вы через работодателя оформляетесь в **Национальное медицинское страхование**. Часть взноса удерживают из зарплаты. По страховой карте вы платите в клинике и больнице только часть стоимости.

**Страхование от несчастных случаев на производстве.** Если вы травмировались на работе или заболели из-за работы, оплачивается лечение и часть потерянного заработка. Сразу сообщите работодателю. Если он не помогает, обратитесь в Службу компенсаций и социального обеспечения работников (COMWEL) или в Министерство труда.

**Страховка от несчастных случаев** помогает при болезни или травме вне работы.

**Безопасность.** Требуйте инструктаж по технике безопасности и средства защиты. При прямой угрозе жизни можно остановить работу и сообщить руководителю.

**До отъезда** пройдите медосмотр. Возьмите свои лекарства вместе с рецептами.

В экстренном случае звоните **119**.`,
					en: `**Health insurance.** When you work for a Korean company, you are enrolled in **National Health Insurance** through your employer. Part of the premium comes out of your pay. With the insurance card you pay only part of the cost at clinics and hospitals.

**Industrial accident insurance.** If you are injured at work or get sick because of work, treatment and part of your lost pay are covered. Tell your employer at once. If the employer does not help, contact the Korea Workers' Compensation and Welfare Service (COMWEL) or the Ministry of Employment and Labor.

**Casualty insurance** helps with illness or injury outside work.

**Safety.** Ask for safety training and protective equipment. If there is an immediate danger to life, you may stop work and tell your supervisor.

**Before you go,** pass the medical check. Take your own medicines together with their prescriptions.

In an emergency call **119**.`
				},
				source: {
					document: null,
					title: 'National Health Insurance Act (Republic of Korea); Industrial Accident Compensation Insurance Act (Republic of Korea); Occupational Safety and Health Act (Republic of Korea), Article 52',
					url: 'https://www.nhis.or.kr/'
				},
				reviewedOn: TO_REVIEW,
				needsReview: true,
				laws: []
			},
			rightsSection({
				ky: `Кореяга мамлекеттик Борбор аркылуу барган болсоңуз, ар кандай көйгөй тууралуу Борборго да кабарлаңыз. Кореядагы жардам номерлери — «Шашылыш байланыштар» бөлүмүндө.`,
				ru: `Если вы уехали в Корею через государственный Центр, сообщайте о любых проблемах и в Центр. Телефоны помощи в Корее — в разделе «Экстренные контакты».`,
				en: `If you went to Korea through the state Centre, tell the Centre about any problem too. Help lines in Korea are in the "Emergency contacts" section.`
			}),
			{
				kind: 'emergency',
				body: {
					ky: `**Кореядагы шашылыш номерлер:**
- **112** — полиция;
- **119** — өрт өчүрүү жана тез жардам.
Каалаган телефондон акысыз. Дарегиңизди же жакын жердеги белгилүү имаратты айтыңыз.

**Өз тилиңизде жардам:**
- **1345** — Иммиграция байланыш борбору (виза, мөөнөт, ARC). Котормочулар көп тилде, анын ичинде орусча сүйлөшөт.
- **1350** — Эмгек министрлигинин байланыш борбору (төлөнбөгөн айлык, иштеги көйгөйлөр).
- Чет элдик жумушчуларды колдоо борборлору өз тилиңизде акысыз кеңеш беришет.

**Кыргызстандын Сеулдагы элчилигине чалыңыз**, эгер кармалсаңыз, паспортуңузду жоготсоңуз, катуу жаракат алсаңыз же бирөө каза болсо. Номер ${LINK_HELP.ky}.

**Паспортту жоготсоңуз:** полицияга кабарлаңыз, андан кийин жаңы документ үчүн элчиликке барыңыз. Жаңы паспорт тууралуу иммиграция кеңсесине да билдириңиз.

Телефонуңузга сактап коюңуз: элчиликтин номерин, иш берүүчүнүн дарегин, паспорттун, ARC картасынын жана келишимдин сүрөттөрүн.`,
					ru: `**Экстренные номера в Корее:**
- **112** — полиция;
- **119** — пожарные и скорая помощь.
Бесплатно с любого телефона. Назовите адрес или заметное здание рядом.

**Помощь на вашем языке:**
- **1345** — Иммиграционный контакт-центр (виза, сроки, ARC). Переводчики говорят на многих языках, в том числе на русском.
- **1350** — контакт-центр Министерства труда (невыплата зарплаты, проблемы на работе).
- Центры поддержки иностранных работников бесплатно консультируют на родных языках.

**Звоните в посольство Кыргызстана в Сеуле**, если вас задержали, вы потеряли паспорт, сильно травмировались или кто-то умер. Номер — в ${LINK_HELP.ru}.

**Если потеряли паспорт:** сообщите в полицию, затем обратитесь в посольство за новым документом. О новом паспорте сообщите и в иммиграционную службу.

Сохраните в телефоне: номер посольства, адрес работодателя, фото паспорта, карты ARC и договора.`,
					en: `**Emergency numbers in Korea:**
- **112** — police;
- **119** — fire and ambulance.
Free from any phone. Give your address or a building nearby that people know.

**Help in your language:**
- **1345** — Immigration Contact Center (visa, stay, ARC). Interpreters speak many languages, including Russian.
- **1350** — Ministry of Employment and Labor call centre (unpaid wages, problems at work).
- Support centres for foreign workers give free advice in workers' own languages.

**Call the Kyrgyz embassy in Seoul** if you are arrested, lose your passport, are badly hurt, or someone dies. The number is in our ${LINK_HELP.en}.

**If you lose your passport:** tell the police, then go to the embassy for a new document. Tell the immigration office about the new passport too.

Save in your phone: the embassy number, your employer's address, and photos of your passport, ARC and contract.`
				},
				source: {
					document: null,
					title: 'Republic of Korea emergency numbers 112 (police) and 119 (fire and ambulance); Immigration Contact Center 1345 (HiKorea); Ministry of Employment and Labor call centre 1350',
					url: 'https://www.hikorea.go.kr/'
				},
				reviewedOn: TO_REVIEW,
				needsReview: true,
				laws: []
			}
		]
	},

	// ═══ United Kingdom ═══════════════════════════════════════════════════════
	{
		countryIso2: 'GB',
		intro: {
			ky: `Улуу Британия кыргызстандыктарды алты айга чейин мезгилдүү айыл чарба жумуштарына алат. 2022-жылы Кыргызстан бул боюнча макулдашууга кол койгон, мамлекеттик Жарандарды чет өлкөдө жумушка орноштуруу борбору британиялык AGRI-HR компаниясы менен иштейт.`,
			ru: `Великобритания принимает граждан Кыргызстана на сезонные сельхозработы на срок до шести месяцев. В 2022 году Кыргызстан подписал об этом соглашение, а государственный Центр по трудоустройству граждан за рубежом работает с британской компанией AGRI-HR.`,
			en: `The United Kingdom takes Kyrgyz citizens for seasonal farm work for up to six months. In 2022 Kyrgyzstan signed an agreement on this, and the state Centre for Employment of Citizens Abroad works with AGRI-HR, a UK company.`
		},
		sections: [
			{
				kind: 'entry',
				body: {
					ky: `**Расмий жол гана.** 2022-жылдын мартында Кыргызстан Улуу Британия менен **1000** кыргызстандыкты британ айыл чарбасына **алты айга чейин** жумушка алуу жөнүндө макулдашууга кол койгон. Ошол эле айда Жарандарды чет өлкөдө жумушка орноштуруу борбору британиялык **AGRI-HR** компаниясы менен кыргызстандыктарды мезгилдүү айыл чарба жумушчусу катары жумушка орноштуруу боюнча эмгек макулдашуусун түзгөн.

- Азыр тандоо жүрүп жатабы жана кимдер расмий өнөктөш экенин Борбордун Бишкектеги же Оштогу кеңсесинен сураңыз.
- Расмий жолдон тышкары Британиянын визасын же фермадагы жумушту убада кылгандарга акча төлөбөңүз.
- Паспортуңузду жана документтериңизди өзүңүз сактаңыз, көчүрмөлөрүн жасап алыңыз.
- Жолго чейин өлкөнүн эрежелери, укуктарыңыз жана жумуш тууралуу маалымат сураңыз.

**Келгенден кийин:** чет өлкөдө үч айдан ашык болсоңуз, келген күндөн тартып **15 күндүн ичинде** Кыргызстандын элчилигинде же консулдугунда каттоого туруңуз. Элчиликке жетүү мүмкүн болбосо, Кыргызстандын өкмөтүнө электрондук почта же факс аркылуу кабарлай аласыз.

Виза тууралуу кийинки бөлүмдү окуңуз.`,
					ru: `**Только официальный путь.** В марте 2022 года Кыргызстан подписал соглашение с Великобританией о наборе **1000** граждан Кыргызстана на работу в британском сельском хозяйстве **на срок до шести месяцев**. В том же месяце Центр по трудоустройству граждан за рубежом подписал трудовое соглашение с британской компанией **AGRI-HR** о трудоустройстве граждан Кыргызстана сезонными сельхозработниками.

- Идёт ли набор сейчас и кто официальные партнёры, спросите в Центре в Бишкеке или Оше.
- Не платите тем, кто обещает британскую визу или работу на ферме в обход официального пути.
- Храните паспорт и документы у себя, сделайте копии.
- До отъезда попросите информацию о правилах страны, ваших правах и работе.

**После приезда:** если вы за рубежом больше трёх месяцев, встаньте на учёт в посольстве или консульстве Кыргызстана **в течение 15 дней** после прибытия. Если посольство недоступно, можно сообщить Правительству Кыргызстана по электронной почте или факсу.

О визе — в следующем разделе.`,
					en: `**Official way only.** In March 2022 Kyrgyzstan signed an agreement with the United Kingdom to recruit **1,000** Kyrgyz citizens for British agriculture for **up to six months**. The same month, the Centre for Employment of Citizens Abroad signed a labour agreement with **AGRI-HR**, a UK company, to employ Kyrgyz citizens as seasonal farm workers.

- Ask the Centre in Bishkek or Osh whether recruitment is open now and who the official partners are.
- Do not pay anyone who promises a UK visa or a farm job outside the official way.
- Keep your passport and documents yourself and make copies.
- Before you go, ask for information about the country's rules, your rights and the job.

**After arrival:** if you stay abroad more than three months, register at the Kyrgyz embassy or consulate **within 15 days** of arrival. If you cannot reach the embassy, you may inform the Kyrgyz Government by email or fax.

The visa is explained in the next section.`
				},
				source: SRC_GB_ENTRY,
				reviewedOn: SEED_CHECKED,
				needsReview: false,
				laws: [LAW_GB_SEASONAL, 'law-external-labour-migration-2006']
			},
			{
				kind: 'registration',
				body: {
					ky: `**Виза.** Сизге **Seasonal Worker visa** (мезгилдүү жумушчу визасы) керек. Ал үчүн:
- Улуу Британиянын Ички иштер министрлиги уруксат берген **программа оператору** (scheme operator) сизге **демөөрчүлүк сертификатын** (certificate of sponsorship) берет;
- сиз 18 жаштан жогору болушуңуз керек;
- сизде кеминде £1,270 акча болушу керек же оператор биринчи айда сизди камсыз кылууга милдеттенет.
Арызды GOV.UK сайтында онлайн бересиз, виза борборунда манжа изин бересиз жана сүрөткө түшөсүз. Виза жана билет үчүн ким төлөрүн алдын ала сураңыз.

**Мөөнөт.** Ар бир 12 айдын ичинде **6 айга чейин** кала аласыз. Визаны узартууга, өлкөнүн ичинде башка визага өтүүгө жана үй-бүлөнү алып келүүгө болбойт.

**Визаңыз электрондук (eVisa).** UKVI аккаунтун ачып, паролуңузду эч кимге бербеңиз.

**Консулдук каттоо.** Келген күндөн тартып 15 күндүн ичинде Кыргызстандын Лондондогу элчилигинде каттоого туруңуз.

Виза бүткөнчө кетиңиз: мөөнөттөн ашык калсаңыз, кайра келүүгө тыюу салынышы мүмкүн.`,
					ru: `**Виза.** Вам нужна **Seasonal Worker visa** (виза сезонного работника). Для неё:
- **оператор программы** (scheme operator), имеющий лицензию МВД Великобритании, выдаёт вам **сертификат спонсорства** (certificate of sponsorship);
- вам должно быть не меньше 18 лет;
- нужно иметь не меньше £1,270 или чтобы оператор обязался содержать вас в первый месяц.
Заявление подаётся онлайн на GOV.UK, в визовом центре сдают отпечатки пальцев и фото. Заранее спросите, кто платит за визу и билет.

**Срок.** Можно находиться **до 6 месяцев** в любые 12 месяцев. Продлить визу, сменить её на другую внутри страны или привезти семью нельзя.

**Виза электронная (eVisa).** Создайте аккаунт UKVI и никому не сообщайте пароль.

**Консульский учёт.** В течение 15 дней после прибытия встаньте на учёт в посольстве Кыргызстана в Лондоне.

Уезжайте до окончания визы: за просрочку могут запретить въезд.`,
					en: `**Visa.** You need a **Seasonal Worker visa**. For it:
- a **scheme operator** licensed by the UK Home Office gives you a **certificate of sponsorship**;
- you must be 18 or older;
- you need at least £1,270 in savings, or the operator must promise to support you in your first month.
You apply online on GOV.UK and give fingerprints and a photo at a visa centre. Ask in advance who pays for the visa and the ticket.

**Time limit.** You may stay **up to 6 months** in any 12 months. You cannot extend the visa, switch to another visa inside the UK, or bring your family.

**Your visa is digital (eVisa).** Create a UKVI account and never share your password.

**Consular registration.** Within 15 days of arrival, register at the Kyrgyz embassy in London.

Leave before your visa ends: overstaying can get you banned from coming back.`
				},
				source: {
					document: null,
					title: 'GOV.UK — Seasonal Worker visa (Temporary Work); Immigration Rules, Appendix Temporary Work – Seasonal Worker',
					url: 'https://www.gov.uk/seasonal-worker-visa'
				},
				reviewedOn: TO_REVIEW,
				needsReview: true,
				laws: [LAW_GB_SEASONAL]
			},
			{
				kind: 'work',
				body: {
					ky: `**Жумуш.** Демөөрчүлүк сертификатында жазылган жумушту гана аткара аласыз: **багбанчылык** (жемиш, жашылча, гүл, көчөт) же октябрдан декабрга чейин канаттуулар чарбасы. Экинчи жумушка болбойт.

**Эмгек акы.** 2026-жылдын 1-апрелинен тартып 21 жаштан жогорку жумушчулар үчүн мыйзамдуу минимум — **саатына £12.71** (National Living Wage). Демөөрчү аптасына кеминде **32 саатка** акы төлөөгө кепилдик бериши керек.

**Келишим.** Биринчи күнгө чейин же биринчи күнү жазуу жүзүндөгү келишимди же иштин шарттарын алыңыз. Текшериңиз: саатына же килограммына төлөнөбү, иш убактысы, тыныгуу, турак жайдын жана унаанын баасы.

**Килограмм менен төлөнсө да**, саатына минимумдан кем эмес алышыңыз керек.

**Турак жай.** Турак жай үчүн мыйзамдагы чектен ашык кармалса, ал минималдуу айлыктан түшүп калат — муну текшериңиз.

**Төлөмдөр.** Улуу Британияда агенттиктер жумушчудан жумуш тапканы үчүн акы алууга тийиш эмес.

Айлык баракчаларын сактап, сааттарыңызды күн сайын жазып жүрүңүз.`,
					ru: `**Работа.** Можно выполнять только работу, указанную в сертификате спонсорства: **растениеводство** (фрукты, овощи, цветы, саженцы) или птицеводство с октября по декабрь. Вторая работа запрещена.

**Оплата.** С 1 апреля 2026 года законный минимум для работников от 21 года — **£12.71 в час** (National Living Wage). Спонсор должен гарантировать оплату не меньше **32 часов в неделю**.

**Договор.** До начала работы или в первый день получите письменный договор или описание условий. Проверьте: оплата за час или за килограмм, часы, перерывы, стоимость жилья и транспорта.

**Даже при оплате за килограмм** вы должны получать не меньше минимума в час.

**Жильё.** Если за жильё удерживают больше установленного законом лимита, это снижает вашу минимальную оплату — проверяйте.

**Платежи.** В Великобритании агентства не имеют права брать с работника плату за трудоустройство.

Храните расчётные листки и каждый день записывайте свои часы.`,
					en: `**Work.** You may only do the job in your certificate of sponsorship: **horticulture** (fruit, vegetables, flowers, plants) or poultry work from October to December. No second job.

**Pay.** From 1 April 2026 the legal minimum for workers aged 21 and over is **£12.71 per hour** (National Living Wage). Your sponsor must guarantee pay for at least **32 hours a week**.

**Contract.** Get a written contract or statement of your terms before or on your first day. Check: pay per hour or per kilo, hours, breaks, cost of housing and transport.

**Even if you are paid per kilo,** you must get at least the hourly minimum.

**Housing.** If the employer takes more for housing than the legal limit, the extra cuts into your minimum wage — check this.

**Fees.** In the UK, agencies must not charge workers a fee for finding them work.

Keep your payslips and write down your hours every day.`
				},
				source: {
					document: null,
					title: 'GOV.UK — National Minimum Wage and National Living Wage rates; Home Office — Workers and Temporary Workers: guidance for sponsors: sponsor a seasonal worker; Employment Agencies Act 1973, section 6',
					url: 'https://www.gov.uk/national-minimum-wage-rates'
				},
				reviewedOn: TO_REVIEW,
				needsReview: true,
				laws: [LAW_GB_SEASONAL]
			},
			{
				kind: 'taxes',
				body: {
					ky: `**National Insurance номери.** Келгенден кийин аны GOV.UK аркылуу алыңыз. Номер алганча да иш берүүчү сизге айлык төлөй берет.

**Киреше салыгы жана National Insurance** төгүмдөрү айлыгыңыздан PAYE системасы аркылуу кармалат.

**Айлык баракчаңызды** ар бир жолу текшериңиз: сааттар, саатына акы, салык, National Insurance, турак жай же унаа үчүн кармоолор.

**Ашык төлөнгөн салык.** Мезгилдүү жумушчулар көп учурда ашык төлөнгөн салыктын бир бөлүгүн кайтарып ала алышат. Бул тапкан акчаңызга жана канча убакыт калганыңызга жараша болот.

**Улуу Британиядан кетерде** иш берүүчүдөн акыркы айлык баракчасын жана **P45** формасын алыңыз. Алар салыкты HMRC (салык кызматы) аркылуу кайтарып алуу үчүн керек.

**Акча которуу:** банк же лицензиясы бар которуу кызматтары аркылуу гана жөнөтүңүз, квитанцияларды сактаңыз.

**Этият болуңуз:** «салыкты кайтарып берем» деп паспортуңузду же банк картаңызды сураган адамдарга ишенбеңиз.`,
					ru: `**Номер National Insurance.** После приезда оформите его через GOV.UK. Пока номера нет, работодатель всё равно платит вам зарплату.

**Подоходный налог и взносы National Insurance** удерживаются из зарплаты через систему PAYE.

**Расчётный листок** проверяйте каждый раз: часы, ставка, налог, National Insurance, вычеты за жильё или транспорт.

**Переплата налога.** Сезонные работники часто могут вернуть часть переплаченного налога. Это зависит от заработка и от того, сколько вы пробыли в стране.

**Перед отъездом** возьмите у работодателя последний расчётный листок и форму **P45**. Они нужны, чтобы вернуть налог через HMRC (налоговую службу).

**Переводы денег:** только через банки или лицензированные службы переводов, храните квитанции.

**Осторожно:** не доверяйте тем, кто обещает «вернуть налог» и просит ваш паспорт или банковскую карту.`,
					en: `**National Insurance number.** Apply for one on GOV.UK after you arrive. Your employer can pay you while you wait for it.

**Income tax and National Insurance** are taken from your pay through PAYE.

**Check your payslip** every time: hours, rate, tax, National Insurance, deductions for housing or transport.

**Overpaid tax.** Seasonal workers can often get back part of the tax they overpaid. It depends on how much you earned and how long you stayed.

**Before you leave the UK,** get your final payslip and the **P45** form from your employer. You need them to claim tax back from HMRC (the tax office).

**Sending money:** use only banks or licensed transfer services, and keep receipts.

**Be careful:** do not trust people who offer to "get your tax back" and ask for your passport or bank card.`
				},
				source: {
					document: null,
					title: 'GOV.UK — Apply for a National Insurance number; Income Tax (PAYE); Claim a tax refund (HM Revenue & Customs)',
					url: 'https://www.gov.uk/apply-national-insurance-number'
				},
				reviewedOn: TO_REVIEW,
				needsReview: true,
				laws: []
			},
			{
				kind: 'health',
				body: {
					ky: `**Шашылыш жардам акысыз.** NHS ооруканаларынын шашылыш бөлүмү (A&E) жана үй-бүлөлүк дарыгер (GP) баары үчүн акысыз.

**Ооруканада дарылануу акылуу болушу мүмкүн.** Мезгилдүү жумушчулар адатта иммиграциялык медициналык жыйымды (Immigration Health Surcharge) төлөшпөйт, ошондуктан ооруканадагы кээ бир дарылоо үчүн акы алынышы мүмкүн. Программа операторунан кандай камсыздандыруу бар экенин сураңыз же жолго чейин медициналык камсыздандыруу сатып алыңыз.

**GPге катталыңыз** — фермага жакын дарыгерге, келгенден көп өтпөй. Иш берүүчү жардам бере алат.

**Эмгек коопсуздугу.** Иш берүүчү коопсуздук боюнча окутушу, керек болсо коргоочу кийим, таза суу жана тыныгуу бериши керек. Ар бир кырсыкты дароо билдирип, кырсыктар китебине (accident book) жаздырыңыз.

**Химикаттар:** пестициддер менен окуусуз жана коргоосуз иштебеңиз.

**Шашылыш эмес медициналык кеңеш:** **111**. Шашылыш учурда **999** же **112** номерине чалыңыз.`,
					ru: `**Экстренная помощь бесплатна.** Отделения неотложной помощи NHS (A&E) и семейный врач (GP) бесплатны для всех.

**Лечение в больнице может быть платным.** Сезонные работники обычно не платят иммиграционный медицинский сбор (Immigration Health Surcharge), поэтому за часть больничного лечения могут выставить счёт. Спросите у оператора программы, какая у вас страховка, или купите медицинскую страховку до поездки.

**Запишитесь к GP** — семейному врачу рядом с фермой, вскоре после приезда. Работодатель может помочь.

**Охрана труда.** Работодатель должен провести инструктаж по безопасности, при необходимости выдать защитную одежду, дать питьевую воду и перерывы. О каждой травме сообщайте сразу и записывайте её в журнал несчастных случаев (accident book).

**Химикаты:** не работайте с пестицидами без обучения и защиты.

**Медицинский совет не в экстренном случае:** **111**. В экстренном случае звоните **999** или **112**.`,
					en: `**Emergency care is free.** NHS accident and emergency (A&E) departments and family doctors (GPs) are free for everyone.

**Hospital treatment may cost money.** Seasonal workers usually do not pay the Immigration Health Surcharge, so some hospital treatment can be charged. Ask your scheme operator what cover you have, or buy health insurance before you travel.

**Register with a GP** near the farm soon after you arrive. Your employer can help.

**Work safety.** Your employer must give you safety training and, where needed, protective clothing, drinking water and breaks. Report every accident at once and have it written in the accident book.

**Chemicals:** do not work with pesticides without training and protection.

**Medical advice when it is not an emergency:** **111**. In an emergency call **999** or **112**.`
				},
				source: {
					document: null,
					title: 'GOV.UK — NHS entitlements: migrant health guide; Health and Safety Executive — agriculture',
					url: 'https://www.gov.uk/guidance/nhs-entitlements-migrant-health-guide'
				},
				reviewedOn: TO_REVIEW,
				needsReview: true,
				laws: []
			},
			rightsSection({
				ky: `Британиядагы программаны мамлекеттик Борбор уюштурган, ошондуктан ар кандай көйгөй тууралуу Борборго да кабарлаңыз. Улуу Британиядагы жардам — «Шашылыш байланыштар» бөлүмүндө.`,
				ru: `Программу в Великобритании организовал государственный Центр, поэтому сообщайте о любых проблемах и в Центр. Помощь в Великобритании — в разделе «Экстренные контакты».`,
				en: `The UK programme was set up by the state Centre, so tell the Centre about any problem too. Help in the UK is in the "Emergency contacts" section.`
			}),
			{
				kind: 'emergency',
				body: {
					ky: `**Шашылыш учурда: 999 же 112** — полиция, тез жардам, өрт өчүрүүчүлөр. Каалаган телефондон акысыз.
- **111** — шашылыш эмес медициналык кеңеш (NHS);
- **101** — шашылыш эмес учурда полиция.

**Иштеги көйгөйлөр** (айлык төлөнбөсө, коркутушса, паспортту алып коюшса, турак жай начар болсо):
- **Gangmasters and Labour Abuse Authority (GLAA)** айыл чарбасындагы жумушчу берүүчүлөрдү текшерет: [gla.gov.uk](https://www.gla.gov.uk);
- **Acas** эмгек укуктары боюнча акысыз кеңеш берет: [acas.org.uk](https://www.acas.org.uk).

**Кыргызстандын Лондондогу элчилигине кайрылыңыз**, эгер кармалсаңыз, паспортуңузду жоготсоңуз, катуу жаракат алсаңыз же бирөө каза болсо. Байланыштар ${LINK_HELP.ky}.

**Паспортту жоготсоңуз:** полицияга кабарлап, андан кийин жол документи үчүн элчиликке кайрылыңыз.

Телефонуңузга сактап коюңуз: элчиликтин, программа операторунун байланыштарын, ферманын дарегин, паспорттун, визанын жана келишимдин сүрөттөрүн.`,
					ru: `**В экстренном случае: 999 или 112** — полиция, скорая, пожарные. Бесплатно с любого телефона.
- **111** — медицинский совет не в экстренном случае (NHS);
- **101** — полиция не в экстренном случае.

**Проблемы на работе** (не платят, угрожают, забрали паспорт, плохое жильё):
- **Gangmasters and Labour Abuse Authority (GLAA)** проверяет поставщиков рабочей силы в сельском хозяйстве: [gla.gov.uk](https://www.gla.gov.uk);
- **Acas** бесплатно консультирует по трудовым правам: [acas.org.uk](https://www.acas.org.uk).

**Обращайтесь в посольство Кыргызстана в Лондоне**, если вас задержали, вы потеряли паспорт, сильно травмировались или кто-то умер. Контакты — в ${LINK_HELP.ru}.

**Если потеряли паспорт:** сообщите в полицию, затем обратитесь в посольство за документом для возвращения.

Сохраните в телефоне: контакты посольства и оператора программы, адрес фермы, фото паспорта, визы и договора.`,
					en: `**Emergency: 999 or 112** — police, ambulance, fire. Free from any phone.
- **111** — NHS medical advice when it is not an emergency;
- **101** — police when it is not an emergency.

**Problems at work** (no pay, threats, passport taken, bad housing):
- the **Gangmasters and Labour Abuse Authority (GLAA)** checks labour providers in farming: [gla.gov.uk](https://www.gla.gov.uk);
- **Acas** gives free advice on work rights: [acas.org.uk](https://www.acas.org.uk).

**Contact the Kyrgyz embassy in London** if you are arrested, lose your passport, are badly hurt, or someone dies. Contacts are in our ${LINK_HELP.en}.

**If you lose your passport:** tell the police, then ask the embassy for a travel document.

Save in your phone: contacts of the embassy and the scheme operator, the farm address, and photos of your passport, visa and contract.`
				},
				source: {
					document: null,
					title: 'UK emergency numbers 999 and 112, NHS 111, police 101; Gangmasters and Labour Abuse Authority; Acas',
					url: 'https://www.gla.gov.uk/'
				},
				reviewedOn: TO_REVIEW,
				needsReview: true,
				laws: []
			}
		]
	},
	// ═══ Germany ══════════════════════════════════════════════════════════════
	// Seed 003 names the Kyrgyz diaspora in Germany; seed 004 notes migration of Kyrgyz citizens to Europe.
	{
		countryIso2: 'DE',
		intro: {
			ky: `Германия кыргыз эмгек мигранттары көп бара турган өлкө эмес, бирок ал жерде кыргыз диаспорасы жашайт. Бул жерде жумушка уруксат берген немец визасы же жашоого уруксат менен гана иштей аласыз: туристтик (шенген) виза менен иштөөгө болбойт.`,
			ru: `Германия — не основная страна для трудовых мигрантов из Кыргызстана, но там живёт кыргызская диаспора. Работать можно только с немецкой визой или видом на жительство, которые разрешают работу: с туристической (шенгенской) визой работать нельзя.`,
			en: `Germany is not a main destination for Kyrgyz labour migrants, but a Kyrgyz diaspora lives there. You may work only with a German visa or residence permit that allows work: a tourist (Schengen) visa never does.`
		},
		sections: [
			{
				kind: 'entry',
				body: {
					ky: `**Иштөө үчүн улуттук виза (D) керек.** Аны жолго чейин Германиянын Бишкектеги элчилигинен аласыз. Шенген туристтик визасы менен иштөөгө болбойт.

Негизги мыйзамдуу жолдор:
- **Адис катары** — кесиптик же жогорку билимиңиз Германияда таанылган жана жумуш сунушу бар болсо.
- **Мүмкүнчүлүк картасы (Chancenkarte)** — упай эрежелерине туура келсеңиз, жумуш издөө үчүн.
- **Кесиптик окуу (Ausbildung)** — окуу келишими жана немец тили менен.
- **Квота боюнча кыска мөөнөттүү жумуш** — 12 айдын ичинде 8 айга чейин. Иш берүүчү жамааттык келишимге (Tarifvertrag) баш ийиши жана жол чыгымын толук төлөшү керек.

Расмий маалымат: make-it-in-germany.com сайты. Германияга расмий программалар бар-жогун Жарандарды чет өлкөдө жумушка орноштуруу борборунан сураңыз.

Жумуш алуу үчүн жумушчу эч кимге акы төлөбөшү керек. «Кепилденген немец визасы» үчүн акча бербеңиз. Паспортуңузду өзүңүз сактаңыз.`,
					ru: `**Для работы нужна национальная виза (D).** Её получают до поездки в посольстве Германии в Бишкеке. С шенгенской туристической визой работать нельзя.

Основные законные пути:
- **Квалифицированный специалист** — ваше профессиональное или высшее образование признано в Германии и есть предложение о работе.
- **Карта возможностей (Chancenkarte)** — для поиска работы, если вы проходите по системе баллов.
- **Профессиональное обучение (Ausbildung)** — с договором об обучении и знанием немецкого.
- **Краткосрочная работа по квоте** — до 8 месяцев в течение 12. Работодатель должен быть связан коллективным договором (Tarifvertrag) и полностью оплатить дорогу.

Официальная информация: сайт make-it-in-germany.com. Есть ли официальные программы в Германию, спросите в Центре по трудоустройству граждан за рубежом.

Работник не должен никому платить за трудоустройство. Не давайте денег за «гарантированную немецкую визу». Храните паспорт у себя.`,
					en: `**You need a national visa (D) to work.** Get it before you travel, at the German embassy in Bishkek. A Schengen tourist visa does not allow work.

Main legal ways:
- **Skilled worker** — your vocational or university qualification is recognised in Germany and you have a job offer.
- **Opportunity Card (Chancenkarte)** — to look for a job, if you meet the points rules.
- **Vocational training (Ausbildung)** — with a training contract and German language.
- **Short-term quota work** — up to 8 months within 12. The employer must be bound by a collective agreement (Tarifvertrag) and must pay your travel costs in full.

Official information: the make-it-in-germany.com website. Ask the Centre for Employment of Citizens Abroad whether it has official programmes for Germany.

A worker should pay no one for getting a job. Do not pay for a "guaranteed German visa". Keep your passport yourself.`
				},
				source: {
					document: null,
					title: 'Residence Act (Aufenthaltsgesetz), §§ 16a, 18a, 18b, 20a; Employment Ordinance (Beschäftigungsverordnung), § 15d; Make it in Germany — official portal of the Federal Government',
					url: 'https://www.make-it-in-germany.com/'
				},
				reviewedOn: TO_REVIEW,
				needsReview: true,
				laws: ['law-external-labour-migration-2006']
			},
			{
				kind: 'registration',
				body: {
					ky: `**Даректи каттоо (Anmeldung).** Батирге көчүп киргенден кийин **2 жуманын ичинде** жергиликтүү каттоо кеңсесинде (Bürgeramt) катталыңыз. Паспорт жана үй ээсинин тастыктамасы (Wohnungsgeberbestätigung) керек.

**Жашоого уруксат.** D визасы чектелген мөөнөткө берилет. Ал бүткөнгө чейин чет элдиктер кеңсесинен (Ausländerbehörde) жашоого уруксат сураңыз. Кабыл алууга эрте жазылыңыз.

**Салык номери.** Каттоодон кийин салык идентификациялык номери почта аркылуу келет. Аны иш берүүчүгө бериңиз.

**Жумуш алмаштыруу.** Уруксатыңыз бир жумушка байланган болушу мүмкүн. Алмаштыруудан мурун чет элдиктер кеңсесинен сураңыз.

**Консулдук каттоо.** Үч айдан ашык калсаңыз, келген күндөн тартып 15 күндүн ичинде Кыргызстандын Берлиндеги элчилигинде каттоого туруңуз.

Уруксатыңыздын мөөнөтүн өткөрбөңүз. Уруксатсыз иштөө мыйзамсыз, өлкөдөн чыгарылышыңыз мүмкүн.`,
					ru: `**Регистрация по адресу (Anmeldung).** В течение **2 недель** после въезда в квартиру зарегистрируйтесь в местном бюро регистрации (Bürgeramt). Нужны паспорт и подтверждение от хозяина жилья (Wohnungsgeberbestätigung).

**Вид на жительство.** Виза D даётся на ограниченный срок. До её окончания подайте заявление на вид на жительство в ведомство по делам иностранцев (Ausländerbehörde). Записывайтесь на приём заранее.

**Налоговый номер.** После регистрации налоговый идентификационный номер придёт по почте. Передайте его работодателю.

**Смена работы.** Разрешение может быть привязано к одной работе. Перед сменой спросите в ведомстве по делам иностранцев.

**Консульский учёт.** Если остаётесь больше трёх месяцев, встаньте на учёт в посольстве Кыргызстана в Берлине в течение 15 дней после прибытия.

Не просрочивайте разрешение. Работа без разрешения незаконна, вас могут выслать.`,
					en: `**Address registration (Anmeldung).** Within **2 weeks** of moving into a flat, register at the local registration office (Bürgeramt). You need your passport and a confirmation from your landlord (Wohnungsgeberbestätigung).

**Residence permit.** A D visa is valid for a limited time. Before it ends, apply at the foreigners' office (Ausländerbehörde) for a residence permit. Book an appointment early.

**Tax number.** After registration your tax identification number comes by post. Give it to your employer.

**Changing jobs.** Your permit may be tied to one job. Ask the foreigners' office before you change.

**Consular registration.** If you stay more than three months, register at the Kyrgyz embassy in Berlin within 15 days of arrival.

Do not let your permit expire. Working without a permit is illegal and can lead to removal from Germany.`
				},
				source: {
					document: null,
					title: 'Federal Registration Act (Bundesmeldegesetz), § 17; Residence Act (Aufenthaltsgesetz), §§ 4a, 81; Federal Foreign Office — visa for employment',
					url: 'https://www.gesetze-im-internet.de/bmg/__17.html'
				},
				reviewedOn: TO_REVIEW,
				needsReview: true,
				laws: []
			},
			{
				kind: 'work',
				body: {
					ky: `**Минималдуу эмгек акы.** 2026-жылдын 1-январынан тартып мыйзамдуу минимум — **саатына 13,90 евро** (салык кармалганга чейин). Кээ бир тармактарда минимум жогору.

**Келишим.** Жазуу жүзүндөгү келишим алыңыз. Текшериңиз: жумуш, эмгек акы, иш убактысы, эс алуу, сыноо мөөнөтү. Түшүнбөгөн нерсеге кол койбоңуз, котормо сураңыз.

**Иш убактысы.** Адатта күнүнө 8 саатка чейин. 10 саатка чейин иштөө кийин башка күндөрү азыраак иштеген шартта гана мүмкүн.

**Эс алуу.** Беш күндүк иш жумасында жылына кеминде 20 жумуш күнү акы төлөнүүчү эс алуу.

**Ооруп калсаңыз,** биринчи күнү эле иш берүүчүгө кабарлап, дарыгердин маалым катын бериңиз. 4 жумадан ашык иштеген болсоңуз, 6 жумага чейин айлык сакталат.

**Агенттиктер.** Федералдык эмгек агенттигинин жумушка орноштуруу кызматы акысыз. Жеке «агенттерге» жумуш үчүн акча бербеңиз.

Иш берүүчү паспортуңузду кармап калууга тийиш эмес.`,
					ru: `**Минимальная оплата.** С 1 января 2026 года законный минимум — **13,90 евро в час** (до вычета налогов). В некоторых отраслях минимум выше.

**Договор.** Получите письменный договор. Проверьте: работа, зарплата, часы, отпуск, испытательный срок. Не подписывайте то, что не понимаете, просите перевод.

**Рабочее время.** Обычно до 8 часов в день. До 10 часов — только если потом в другие дни вы работаете меньше.

**Отпуск.** При пятидневной неделе — не меньше 20 рабочих дней оплачиваемого отпуска в год.

**Если заболели,** в первый же день сообщите работодателю и принесите справку от врача. Если вы проработали больше 4 недель, зарплата сохраняется до 6 недель.

**Агентства.** Трудоустройство через Федеральное агентство по труду бесплатно. Не платите частным «агентам» за работу.

Работодатель не должен забирать ваш паспорт.`,
					en: `**Minimum wage.** From 1 January 2026 the legal minimum is **€13.90 per hour** (before tax). Some sectors have a higher minimum.

**Contract.** Get a written contract. Check: job, pay, hours, holidays, trial period. Do not sign what you do not understand; ask for a translation.

**Working time.** Usually up to 8 hours a day. Up to 10 hours only if you work less on other days later.

**Holidays.** With a 5-day week, at least 20 working days of paid leave a year.

**If you are sick,** tell your employer on the first day and bring a doctor's note. If you have worked there more than 4 weeks, your pay continues for up to 6 weeks.

**Agencies.** Job placement by the Federal Employment Agency is free. Do not pay private "agents" for a job.

Your employer must not keep your passport.`
				},
				source: {
					document: null,
					title: 'Minimum Wage Act (Mindestlohngesetz) and Fifth Minimum Wage Adjustment Ordinance; Working Hours Act (Arbeitszeitgesetz), § 3; Federal Leave Act (Bundesurlaubsgesetz), § 3; Continued Remuneration Act (Entgeltfortzahlungsgesetz), § 3',
					url: 'https://www.gesetze-im-internet.de/milog/'
				},
				reviewedOn: TO_REVIEW,
				needsReview: true,
				laws: []
			},
			{
				kind: 'taxes',
				body: {
					ky: `**Салык жана социалдык камсыздандыруу** айлыгыңыздан иш берүүчү тарабынан кармалат: киреше салыгы (Lohnsteuer), ошондой эле медициналык, пенсиялык, жумушсуздук жана кароо камсыздандыруулары. Айлык баракчаңызда (Lohnabrechnung) ар бири көрсөтүлөт.

- Социалдык камсыздандыруу сизге медициналык жардам жана пенсиялык укук берет.
- Жыл бүткөндөн кийин салык декларациясын тапшырсаңыз болот. Көп учурда акчанын бир бөлүгү кайтарылат.

**Германиядан биротоло кетерде:**
- даректен чыгыңыз (Abmeldung);
- пенсиялык төгүмдөрүңүздү кайтарып алуу мүмкүнчүлүгүн Германиянын пенсиялык фондунан (Deutsche Rentenversicherung) сураңыз. Адатта бул кеткенден кийин белгилүү убакыт өткөндө гана мүмкүн.

**Төлөмдөр.** Жумуш үчүн жумушчу акы төлөбөшү керек. Айлыгыңыздан «кызмат үчүн» деп түшүнүксүз сумма кармалса, текшертиңиз.

**Акчаны** банк же лицензиясы бар которуу кызматы аркылуу гана жөнөтүңүз.`,
					ru: `**Налог и социальное страхование** работодатель удерживает из зарплаты: подоходный налог (Lohnsteuer), а также медицинское, пенсионное страхование, страхование по безработице и по уходу. В расчётном листке (Lohnabrechnung) указана каждая сумма.

- Социальное страхование даёт вам медицинскую помощь и пенсионные права.
- После окончания года можно подать налоговую декларацию. Часто часть денег возвращают.

**Если уезжаете из Германии насовсем:**
- выпишитесь с адреса (Abmeldung);
- спросите в Германском пенсионном страховании (Deutsche Rentenversicherung), можно ли вернуть ваши пенсионные взносы. Обычно это возможно только через некоторое время после отъезда.

**Платежи.** Работник не должен платить за работу. Если из зарплаты удерживают непонятные суммы «за услуги», проверьте это.

**Деньги** отправляйте только через банки или лицензированные службы переводов.`,
					en: `**Tax and social insurance** are taken from your pay by the employer: income tax (Lohnsteuer), plus health, pension, unemployment and long-term care insurance. Your payslip (Lohnabrechnung) shows each amount.

- Social insurance gives you health care and pension rights.
- After the year ends you can file a tax return. Often you get some money back.

**If you leave Germany for good:**
- deregister your address (Abmeldung);
- ask German Pension Insurance (Deutsche Rentenversicherung) whether you can get your own pension contributions back. Usually this is only possible some time after you leave.

**Fees.** A worker should not pay for a job. If unclear amounts "for services" are taken from your pay, have this checked.

**Send money** only through banks or licensed transfer services.`
				},
				source: {
					document: null,
					title: 'Income Tax Act (Einkommensteuergesetz) — wage tax; Social Code Book VI (SGB VI), § 210 (refund of pension contributions); Deutsche Rentenversicherung',
					url: 'https://www.deutsche-rentenversicherung.de/'
				},
				reviewedOn: TO_REVIEW,
				needsReview: true,
				laws: []
			},
			{
				kind: 'health',
				body: {
					ky: `**Медициналык камсыздандыруу милдеттүү.** Жумушчу катары мамлекеттик медициналык камсыздандыруу кассасына (Krankenkasse) мүчө болосуз. Төлөмдү сиз жана иш берүүчү бөлүшүп төлөйсүздөр. Кассаны биринчи жумуш күнүңүзгө чейин тандап, маалыматын иш берүүчүгө бериңиз.

- Камсыздандыруу картасын (eGK) аласыз. Аны дарыгерге көрсөтөсүз.
- Виза алуу үчүн жумуш башталганга чейинки мөөнөткө саякат медициналык камсыздандыруусу керек болушу мүмкүн.
- Дарыгерге баруу камсыздандыруу менен төлөнөт, кээ бир дарылар үчүн аз кошумча төлөйсүз.

**Иштеги кырсыктар** мыйзамдуу кырсыктан камсыздандыруу (Berufsgenossenschaft) аркылуу төлөнөт, аны иш берүүчү төлөйт. Ар бир кырсыкты дароо билдириңиз.

**Түнкүсүн же дем алыш күндөрү дарыгер керек болсо** (шашылыш эмес): **116 117**.

**Шашылыш учурда:** **112**.`,
					ru: `**Медицинская страховка обязательна.** Как работник вы становитесь членом государственной больничной кассы (Krankenkasse). Взнос платите вы и работодатель пополам. Выберите кассу до первого рабочего дня и передайте данные работодателю.

- Вы получите страховую карту (eGK). Показывайте её у врача.
- Для визы на время до начала работы может понадобиться туристическая медицинская страховка.
- Визиты к врачу оплачивает страховка, за некоторые лекарства — небольшая доплата.

**Несчастные случаи на работе** покрывает обязательное страхование от несчастных случаев (Berufsgenossenschaft), его платит работодатель. О каждой травме сообщайте сразу.

**Если врач нужен ночью или в выходные** (не экстренно): **116 117**.

**В экстренном случае:** **112**.`,
					en: `**Health insurance is compulsory.** As an employee you join a public health insurance fund (Krankenkasse). You and your employer share the cost. Choose a fund before your first working day and give the details to your employer.

- You get an insurance card (eGK). Show it at the doctor's.
- For the visa you may need travel health insurance for the time before your job starts.
- Doctor visits are covered; for some medicines you pay a small extra amount.

**Accidents at work** are covered by statutory accident insurance (Berufsgenossenschaft), which the employer pays. Report every accident at once.

**If you need a doctor at night or at the weekend** (not an emergency): **116 117**.

**Emergency:** **112**.`
				},
				source: {
					document: null,
					title: 'Social Code Book V (SGB V) — statutory health insurance; Social Code Book VII (SGB VII) — statutory accident insurance; Make it in Germany — health insurance',
					url: 'https://www.make-it-in-germany.com/'
				},
				reviewedOn: TO_REVIEW,
				needsReview: true,
				laws: []
			},
			rightsSection({
				ky: `Германиядагы жардам (эмгек маселелери боюнча кеңеш, полиция) — «Шашылыш байланыштар» бөлүмүндө.`,
				ru: `Помощь в Германии (консультации по трудовым вопросам, полиция) — в разделе «Экстренные контакты».`,
				en: `Help in Germany (advice on work problems, police) is in the "Emergency contacts" section.`
			}),
			{
				kind: 'emergency',
				body: {
					ky: `**Германиядагы шашылыш номерлер:**
- **112** — өрт өчүрүү жана тез жардам (Европа Биримдигинин бардык өлкөлөрүндө иштейт);
- **110** — полиция;
- **116 117** — шашылыш эмес учурда кезметчи дарыгер.

**Иштеги көйгөйлөр** (айлык төлөнбөсө, паспортту алып коюшса, коркутушса): **Faire Integration** — Евробиримдикке кирбеген өлкөлөрдөн келген жумушчуларга мамлекет каржылаган акысыз кеңеш, бир нече тилде: [faire-integration.de](https://www.faire-integration.de). Минималдуу эмгек акынын сакталышын бажы кызматы (Zoll) текшерет.

**Кыргызстандын Берлиндеги элчилигине кайрылыңыз**, эгер кармалсаңыз, паспортуңузду жоготсоңуз, катуу жаракат алсаңыз же бирөө каза болсо. Байланыштар ${LINK_HELP.ky}.

**Паспортту жоготсоңуз:** полицияга кабарлап, андан кийин элчиликке кайрылыңыз.

Телефонуңузга сактап коюңуз: элчиликтин номерин, иш берүүчүнүн дарегин, паспорттун, визанын же уруксаттын жана келишимдин сүрөттөрүн.`,
					ru: `**Экстренные номера в Германии:**
- **112** — пожарные и скорая помощь (работает во всех странах Евросоюза);
- **110** — полиция;
- **116 117** — дежурный врач, когда это не экстренный случай.

**Проблемы на работе** (не платят, забрали паспорт, угрожают): **Faire Integration** — бесплатные консультации для работников из стран вне ЕС за счёт государства, на нескольких языках: [faire-integration.de](https://www.faire-integration.de). Соблюдение минимальной оплаты проверяет таможня (Zoll).

**Обращайтесь в посольство Кыргызстана в Берлине**, если вас задержали, вы потеряли паспорт, сильно травмировались или кто-то умер. Контакты — в ${LINK_HELP.ru}.

**Если потеряли паспорт:** сообщите в полицию, затем обратитесь в посольство.

Сохраните в телефоне: номер посольства, адрес работодателя, фото паспорта, визы или разрешения и договора.`,
					en: `**Emergency numbers in Germany:**
- **112** — fire and ambulance (works in every EU country);
- **110** — police;
- **116 117** — on-call doctor when it is not an emergency.

**Problems at work** (no pay, passport taken, threats): **Faire Integration** — free, state-funded advice for workers from non-EU countries, in several languages: [faire-integration.de](https://www.faire-integration.de). Customs (Zoll) checks that the minimum wage is paid.

**Contact the Kyrgyz embassy in Berlin** if you are arrested, lose your passport, are badly hurt, or someone dies. Contacts are in our ${LINK_HELP.en}.

**If you lose your passport:** tell the police, then contact the embassy.

Save in your phone: the embassy number, your employer's address, and photos of your passport, visa or permit and contract.`
				},
				source: {
					document: null,
					title: 'Germany emergency numbers 112 and 110, medical on-call service 116 117; Faire Integration (counselling service funded by the Federal Ministry of Labour and Social Affairs); Customs — Financial Control of Undeclared Work',
					url: 'https://www.faire-integration.de/'
				},
				reviewedOn: TO_REVIEW,
				needsReview: true,
				laws: []
			}
		]
	},

	// ═══ Japan ════════════════════════════════════════════════════════════════
	// Seed 002 lists Japan among the 17 countries covered by Migrant.kg.
	{
		countryIso2: 'JP',
		intro: {
			ky: `Япония — мамлекеттик Migrant.kg сайты маалымат берген өлкөлөрдүн бири. Кыргызстандыктар ал жакта иштөөгө уруксат берген жапон жашоо статусу менен гана иштей алышат, негизинен техникалык стажер же «Атайын көндүмдөр» (Specified Skilled Worker) программасы боюнча.`,
			ru: `Япония — одна из стран, о которых рассказывает государственный сайт Migrant.kg. Граждане Кыргызстана могут работать там только со статусом пребывания, разрешающим работу, — в основном как технические стажёры или по программе «Особые навыки» (Specified Skilled Worker).`,
			en: `Japan is one of the countries covered by the state Migrant.kg website. Kyrgyz citizens can work there only with a Japanese status of residence that allows work, mainly as technical interns or as Specified Skilled Workers.`
		},
		sections: [
			{
				kind: 'entry',
				body: {
					ky: `**Жолго чейин жапон визасы жана иштөө статусу керек.** Негизги мыйзамдуу жолдор:
- **Техникалык стажировка** — жапон ишканасында кесип үйрөнөсүз, уруксаты бар жөнөтүүчү уюм аркылуу барасыз. 2027-жылдан тартып Япония аны жаңы система менен алмаштырат.
- **Атайын көндүмдөр (Specified Skilled Worker, i)** — кароо, тамак-аш, курулуш, айыл чарба сыяктуу тармактарда. Кесиптик сынакты жана жапон тили сынагын (JLPT N4 же JFT-Basic) тапшыруу керек.

Жапон иш берүүчүсү же уюм Японияда **шайкештик сертификатын** (Certificate of Eligibility) алат, андан кийин Япониянын Бишкектеги элчилигинен виза аласыз.

- Кайсы жапон программалары расмий экенин Жарандарды чет өлкөдө жумушка орноштуруу борборунан сураңыз.
- Японияда стажерлордон күрөө акча алууга жана айып төлөмү бар келишимге кол коюуга тыюу салынат.
- Жумуш үчүн жумушчу акы төлөбөшү керек. Паспортуңузду өзүңүз сактаңыз.

Жапон тилин эрте үйрөнө баштаңыз: ал сынактан өтүүгө жана коопсуз жүрүүгө жардам берет.`,
					ru: `**До поездки нужны японская виза и статус, разрешающий работу.** Основные законные пути:
- **Техническая стажировка** — вы осваиваете профессию на японском предприятии и едете через одобренную направляющую организацию. С 2027 года Япония заменяет её новой системой.
- **«Особые навыки» (Specified Skilled Worker, i)** — в отраслях вроде ухода за людьми, общепита, строительства, сельского хозяйства. Нужно сдать экзамен по профессии и по японскому языку (JLPT N4 или JFT-Basic).

Японский работодатель или организация получает в Японии **сертификат соответствия** (Certificate of Eligibility), затем вы получаете визу в посольстве Японии в Бишкеке.

- Какие японские программы официальные, спросите в Центре по трудоустройству граждан за рубежом.
- В Японии запрещено брать со стажёров залог и заключать с ними договоры со штрафами.
- Работник не должен платить за трудоустройство. Храните паспорт у себя.

Начните учить японский заранее: это поможет сдать экзамены и быть в безопасности.`,
					en: `**Before you travel you need a Japanese visa and a status that allows work.** Main legal ways:
- **Technical Intern Training** — you learn a trade at a Japanese company and go through an approved sending organisation. From 2027 Japan is replacing it with a new system.
- **Specified Skilled Worker (i)** — in sectors such as care, food service, construction and farming. You must pass a skills test and a Japanese test (JLPT N4 or JFT-Basic).

A Japanese employer or organisation gets a **Certificate of Eligibility** in Japan; then you get the visa at the Japanese embassy in Bishkek.

- Ask the Centre for Employment of Citizens Abroad which Japanese programmes are official.
- In Japan it is forbidden to take a deposit from trainees or make them sign contracts with penalties.
- A worker should pay no fee for a job. Keep your passport yourself.

Start learning Japanese early: it helps you pass the tests and stay safe.`
				},
				source: {
					document: null,
					title: 'Immigration Control and Refugee Recognition Act (Japan); Act on Proper Technical Intern Training and Protection of Technical Intern Trainees (Japan); Immigration Services Agency of Japan — Specified Skilled Worker',
					url: 'https://www.moj.go.jp/isa/'
				},
				reviewedOn: TO_REVIEW,
				needsReview: true,
				laws: []
			},
			{
				kind: 'registration',
				body: {
					ky: `**Жашоо картасы (zairyu card).** Чоң аэропорттордо аны келгенде эле беришет. Аны дайыма жаныңызда алып жүрүңүз.

**Даректи каттоо.** Жашай турган жер тапкандан кийин **14 күндүн ичинде** шаардын же райондун мэриясында жашоо картаңыз менен катталыңыз. Көчсөңүз, 14 күндүн ичинде кайра катталыңыз.

**My Number.** Каттоодон кийин салык жана камсыздандыруу үчүн жеке номер (My Number) аласыз.

**Мөөнөт.** Канча убакыт кала аларыңыз картада жазылган. Мөөнөт бүткөнгө чейин иммиграция кеңсесинде узартууну же статусту алмаштырууну сураңыз. «Атайын көндүмдөр (i)» статусу менен жалпысынан 5 жылга чейин иштейсиз.

**Жумуш алмаштыруу.** Иш берүүчү алмашса, 14 күндүн ичинде иммиграция кызматына билдириңиз. «Атайын көндүмдөр» боюнча жаңы иш берүүчүгө өтүү үчүн жаңы уруксат керек.

**Консулдук каттоо.** Үч айдан ашык калсаңыз, келген күндөн тартып 15 күндүн ичинде Кыргызстандын Токиодогу элчилигинде каттоого туруңуз.`,
					ru: `**Карта резидента (zairyu card).** В крупных аэропортах её выдают сразу по прилёте. Всегда носите её с собой.

**Регистрация адреса.** В течение **14 дней** после того, как нашли жильё, зарегистрируйтесь в мэрии города или района с картой резидента. При переезде снова зарегистрируйтесь в течение 14 дней.

**My Number.** После регистрации вы получите личный номер (My Number) для налогов и страховки.

**Срок.** Сколько вы можете оставаться, написано в карте. До окончания срока подайте в иммиграционную службу заявление о продлении или смене статуса. По статусу «Особые навыки (i)» можно работать всего до 5 лет.

**Смена работы.** При смене работодателя сообщите в иммиграционную службу в течение 14 дней. По «Особым навыкам» для перехода к новому работодателю нужно новое разрешение.

**Консульский учёт.** Если остаётесь больше трёх месяцев, встаньте на учёт в посольстве Кыргызстана в Токио в течение 15 дней после прибытия.`,
					en: `**Residence card (zairyu card).** At major airports you get it on arrival. Always carry it with you.

**Address registration.** Within **14 days** of finding a place to live, register at the city or ward office with your residence card. When you move, register again within 14 days.

**My Number.** After registration you get a personal number (My Number) for tax and insurance.

**Period of stay.** Your card shows how long you may stay. Before it ends, apply at the immigration office to extend or change your status. On Specified Skilled Worker (i) you can work for up to 5 years in total.

**Changing jobs.** If your employer changes, tell immigration within 14 days. Under Specified Skilled Worker, moving to a new employer needs a new permission.

**Consular registration.** If you stay more than three months, register at the Kyrgyz embassy in Tokyo within 15 days of arrival.`
				},
				source: {
					document: null,
					title: 'Immigration Control and Refugee Recognition Act (Japan), Articles 19-7, 19-9 and 19-16; Basic Resident Registration Act (Japan); Immigration Services Agency of Japan',
					url: 'https://www.moj.go.jp/isa/'
				},
				reviewedOn: TO_REVIEW,
				needsReview: true,
				laws: []
			},
			{
				kind: 'work',
				body: {
					ky: `**Келишим.** Жолго чейин жазуу жүзүндөгү келишимди өзүңүз түшүнгөн тилде алыңыз. Текшериңиз: жумуш, эмгек акы, иш убактысы, турак жай жана тамак-аштын баасы.

**Минималдуу эмгек акы** ар бир префектурада өзүнчө белгиленет жана адатта күзүндө өзгөрөт. Ал сизге да жапондорго тийиштүүдөй колдонулат. Префектураңыздагы учурдагы өлчөмүн Эмгек стандарттарын текшерүү кеңсесинен сураңыз.

**Иш убактысы.** Адатта күнүнө 8 саат, жумасына 40 саат. Ашыкча иш үчүн кошумча (кеминде 25% көп) төлөнөт.

**Айлыктан кармоолор** (турак жай, коммуналдык кызматтар) жазуу жүзүндө макулдашылган жана акыйкат болушу керек.

**Паспортуңуз жана жашоо картаңыз** — сиздики. Иш берүүчү да, көзөмөлдөөчү уюм да аларды кармап калууга тийиш эмес.

**Техникалык стажерлордун** көзөмөлдөөчү уюму бар: ал жумуш ордуңузду текшерип, көйгөйлөрдү чечүүгө жардам бериши керек. **«Атайын көндүмдөр»** боюнча жумушчуларга иш берүүчү же катталган колдоо уюму жардам берет.

Айлык баракчаларын сактап, сааттарыңызды жазып жүрүңүз.`,
					ru: `**Договор.** До отъезда получите письменный договор на понятном вам языке. Проверьте: работа, зарплата, часы, стоимость жилья и питания.

**Минимальная оплата** устанавливается в каждой префектуре отдельно и обычно меняется осенью. Она распространяется на вас так же, как на японцев. Текущий размер для вашей префектуры узнайте в Инспекции трудовых стандартов.

**Рабочее время.** Обычно 8 часов в день и 40 часов в неделю. Сверхурочные оплачиваются дополнительно (минимум на 25% больше).

**Вычеты из зарплаты** (жильё, коммунальные услуги) должны быть согласованы письменно и быть справедливыми.

**Паспорт и карта резидента** принадлежат вам. Ни работодатель, ни курирующая организация не имеют права их забирать.

**У технических стажёров** есть курирующая организация: она должна проверять место работы и помогать с проблемами. Работникам по **«Особым навыкам»** помогает работодатель или зарегистрированная организация поддержки.

Храните расчётные листки и записывайте свои часы.`,
					en: `**Contract.** Before you go, get a written contract in a language you understand. Check: job, pay, hours, cost of housing and food.

**The minimum wage** is set separately for each prefecture and usually changes in autumn. It applies to you just as to Japanese workers. Ask the Labour Standards Inspection Office for the current amount in your prefecture.

**Working time.** Usually 8 hours a day and 40 hours a week. Overtime must be paid extra (at least 25% more).

**Deductions from pay** (housing, utilities) must be agreed in writing and be fair.

**Your passport and residence card** are yours. Neither the employer nor the supervising organisation may keep them.

**Technical interns** have a supervising organisation: it must check your workplace and help with problems. **Specified Skilled Workers** get support from the employer or a registered support organisation.

Keep your payslips and write down your hours.`
				},
				source: {
					document: null,
					title: 'Labour Standards Act (Japan), Articles 32 and 37; Minimum Wage Act (Japan); Act on Proper Technical Intern Training and Protection of Technical Intern Trainees (Japan), Article 48',
					url: 'https://www.mhlw.go.jp/english/'
				},
				reviewedOn: TO_REVIEW,
				needsReview: true,
				laws: []
			},
			{
				kind: 'taxes',
				body: {
					ky: `**Киреше салыгы** ай сайын айлыгыңыздан иш берүүчү тарабынан кармалат.

**Жергиликтүү салык** (jūminzei) экинчи жылдан тартып, өткөн жылдагы кирешеге жараша алынат. Япониядан кетсеңиз да карыз болуп калышы мүмкүн: аны кетерден мурун төлөңүз же салык өкүлүн дайындаңыз.

**Социалдык камсыздандыруу** да кармалат: медициналык камсыздандыруу, пенсия, жумушсуздук камсыздандыруусу.

**Пенсияны кайтаруу.** Япониядан биротоло кеткенден кийин **2 жылдын ичинде** Япониянын пенсиялык кызматына бир жолку төлөм (lump-sum withdrawal payment) алууга арыз берсеңиз болот. Анын бир бөлүгүнөн салык кармалат, аны кийин кайтарып алса болот.

**Акча которуу:** банк же лицензиясы бар которуу кызматтары аркылуу гана, квитанцияларды сактаңыз.

**Төлөмдөр:** жумушта калуу үчүн Японияда да, Кыргызстанда да «ортомчуларга» акча бербеңиз.`,
					ru: `**Подоходный налог** работодатель удерживает из зарплаты каждый месяц.

**Местный налог** (jūminzei) берётся со второго года, по доходу за прошлый год. Даже если вы уедете из Японии, он может остаться долгом: заплатите его до отъезда или назначьте налогового представителя.

**Социальное страхование** тоже удерживается: медицинская страховка, пенсия, страхование по безработице.

**Возврат пенсионных взносов.** После окончательного отъезда из Японии в течение **2 лет** можно подать в Японскую пенсионную службу на единовременную выплату (lump-sum withdrawal payment). С части удерживается налог, его потом можно вернуть.

**Переводы денег:** только через банки или лицензированные службы переводов, храните квитанции.

**Платежи:** не давайте денег «посредникам» ни в Японии, ни в Кыргызстане за то, чтобы сохранить работу.`,
					en: `**Income tax** is taken from your pay by the employer every month.

**Local resident tax** (jūminzei) is charged from your second year, based on last year's income. Even if you leave Japan, it can remain a debt: pay it before you leave or name a tax representative.

**Social insurance** is also deducted: health insurance, pension and employment insurance.

**Pension refund.** After you leave Japan for good, you can apply to the Japan Pension Service for a **lump-sum withdrawal payment** within **2 years**. Tax is taken from part of it; you can claim that back later.

**Sending money:** only through banks or licensed transfer services; keep receipts.

**Fees:** do not give money to "brokers" in Japan or in Kyrgyzstan to keep your job.`
				},
				source: {
					document: null,
					title: 'National Tax Agency (Japan) — income tax and local resident tax; Japan Pension Service — lump-sum withdrawal payments',
					url: 'https://www.nenkin.go.jp/'
				},
				reviewedOn: TO_REVIEW,
				needsReview: true,
				laws: []
			},
			{
				kind: 'health',
				body: {
					ky: `**Медициналык камсыздандыруу милдеттүү.** Иш берүүчү аркылуу жумушчулардын медициналык камсыздандыруусуна (shakai hoken) кошуласыз. Ал жок болсо, мэрияда Улуттук медициналык камсыздандырууга катталыңыз. Камсыздандыруу менен ооруканада жана клиникада адатта чыгымдын **30%** гана төлөйсүз.

**Дарылоо кымбат болсо,** айына төлөмдү чектеген «жогорку чыгымдар» системасы тууралуу сураңыз.

**Иштен жаракат же оору** жумушчулардын кырсыктан компенсациялык камсыздандыруусу (rōsai) аркылуу төлөнөт. Иш берүүчү кырсыкты билдириши керек: кырсыкты жашырууга эч кимге жол бербеңиз.

**Психикалык ден соолук.** Узак иш убактысы, карыз жана жалгыздык коркунучтуу. Ишенген адамыңыз же колдоо уюму менен сүйлөшүңүз.

**Жолго чейин** медициналык текшерүүдөн өтүп, дарыларыңызды рецепти менен кошо алыңыз.

**Шашылыш учурда:** тез жардам үчүн **119** номерине чалыңыз. Чалуу акысыз.`,
					ru: `**Медицинская страховка обязательна.** Через работодателя вы вступаете в страхование работников (shakai hoken). Если его нет, оформите Национальное медицинское страхование в мэрии. Со страховкой в больнице и клинике вы обычно платите только **30%** стоимости.

**Если лечение дорогое,** спросите о системе «высоких медицинских расходов», которая ограничивает сумму в месяц.

**Травма или болезнь из-за работы** оплачивается страхованием работников от несчастных случаев (rōsai). Работодатель обязан сообщить о несчастном случае: не позволяйте скрывать его.

**Психическое здоровье.** Долгие часы, долги и одиночество опасны. Поговорите с человеком, которому доверяете, или с организацией поддержки.

**До отъезда** пройдите медосмотр и возьмите свои лекарства вместе с рецептами.

**В экстренном случае:** звоните **119** для вызова скорой. Звонок бесплатный.`,
					en: `**Health insurance is compulsory.** Through your employer you join employee health insurance (shakai hoken). If you do not have it, join National Health Insurance at the city office. With insurance you usually pay only **30%** of the cost at hospitals and clinics.

**If treatment is expensive,** ask about the high-cost medical expense system, which limits what you pay each month.

**Injury or illness caused by work** is covered by workers' accident compensation insurance (rōsai). The employer must report the accident: do not let anyone hide it.

**Mental health.** Long hours, debt and loneliness are dangerous. Talk to someone you trust or to a support organisation.

**Before you go,** pass a medical check and take your own medicines with their prescriptions.

**Emergency:** call **119** for an ambulance. The call is free.`
				},
				source: {
					document: null,
					title: 'Health Insurance Act and National Health Insurance Act (Japan); Industrial Accident Compensation Insurance Act (Japan); Ministry of Health, Labour and Welfare',
					url: 'https://www.mhlw.go.jp/english/'
				},
				reviewedOn: TO_REVIEW,
				needsReview: true,
				laws: []
			},
			rightsSection({
				ky: `Японияда стажерлор жана «Атайын көндүмдөр» боюнча жумушчулар үчүн жардам — «Шашылыш байланыштар» бөлүмүндө.`,
				ru: `Помощь в Японии для стажёров и работников по «Особым навыкам» — в разделе «Экстренные контакты».`,
				en: `Help in Japan for technical interns and Specified Skilled Workers is in the "Emergency contacts" section.`
			}),
			{
				kind: 'emergency',
				body: {
					ky: `**Япониядагы шашылыш номерлер:**
- **110** — полиция;
- **119** — өрт өчүрүү жана тез жардам.

**Иштеги көйгөйлөр:**
- жергиликтүү **Эмгек стандарттарын текшерүү кеңсеси** (rōdō kijun kantokusho) төлөнбөгөн айлык, ашыкча иш жана кырсыктар менен алектенет;
- техникалык стажерлор бир нече тилде кеңеш берген **Техникалык стажировка уюмуна (OTIT)** кайрыла алышат: [otit.go.jp](https://www.otit.go.jp);
- Токиодогу **Чет элдик тургундарды колдоо борбору (FRESC)** жашоо жана иш маселелери боюнча кеңеш берет.

**Кыргызстандын Токиодогу элчилигине кайрылыңыз**, эгер кармалсаңыз, паспортуңузду жоготсоңуз, катуу жаракат алсаңыз же бирөө каза болсо. Байланыштар ${LINK_HELP.ky}.

**Жашоо картасын жоготсоңуз:** полицияга кабарлап, 14 күндүн ичинде иммиграция кеңсесинен жаңы карта сураңыз.

**Жер титирөө:** үйүңүзгө жакын эвакуация жайын билип алыңыз жана кырсык тууралуу эскертүүлөргө жазылыңыз.`,
					ru: `**Экстренные номера в Японии:**
- **110** — полиция;
- **119** — пожарные и скорая помощь.

**Проблемы на работе:**
- местная **Инспекция трудовых стандартов** (rōdō kijun kantokusho) занимается невыплатой зарплаты, переработками и травмами;
- технические стажёры могут обратиться в **Организацию технической стажировки (OTIT)**, которая консультирует на нескольких языках: [otit.go.jp](https://www.otit.go.jp);
- **Центр поддержки иностранных резидентов (FRESC)** в Токио консультирует по вопросам пребывания и работы.

**Обращайтесь в посольство Кыргызстана в Токио**, если вас задержали, вы потеряли паспорт, сильно травмировались или кто-то умер. Контакты — в ${LINK_HELP.ru}.

**Если потеряли карту резидента:** сообщите в полицию и в течение 14 дней подайте на новую карту в иммиграционную службу.

**Землетрясения:** узнайте место эвакуации рядом с домом и подпишитесь на оповещения о бедствиях.`,
					en: `**Emergency numbers in Japan:**
- **110** — police;
- **119** — fire and ambulance.

**Problems at work:**
- the local **Labour Standards Inspection Office** (rōdō kijun kantokusho) deals with unpaid wages, overwork and accidents;
- technical interns can contact the **Organization for Technical Intern Training (OTIT)**, which gives advice in several languages: [otit.go.jp](https://www.otit.go.jp);
- the **Foreign Residents Support Center (FRESC)** in Tokyo advises on stay and work.

**Contact the Kyrgyz embassy in Tokyo** if you are arrested, lose your passport, are badly hurt, or someone dies. Contacts are in our ${LINK_HELP.en}.

**If you lose your residence card:** tell the police and, within 14 days, apply to immigration for a new card.

**Earthquakes:** learn where the evacuation site near your home is and sign up for disaster alerts.`
				},
				source: {
					document: null,
					title: 'Japan emergency numbers 110 (police) and 119 (fire and ambulance); Organization for Technical Intern Training (OTIT); Foreign Residents Support Center (FRESC); Immigration Control and Refugee Recognition Act, Article 19-12',
					url: 'https://www.otit.go.jp/'
				},
				reviewedOn: TO_REVIEW,
				needsReview: true,
				laws: []
			}
		]
	},
	// ═══ Latvia ═══════════════════════════════════════════════════════════════
	// Seed 002 lists Latvia among the 17 countries covered by Migrant.kg.
	{
		countryIso2: 'LV',
		intro: {
			ky: `Латвия — Европа Биримдигинин жана Шенген аймагынын өлкөсү, мамлекеттик Migrant.kg сайты маалымат берген өлкөлөрдүн бири. Кыргызстандыктарга иштөө укугу бар виза же жашоого уруксат керек, аны латвиялык иш берүүчү аркылуу алышат.`,
			ru: `Латвия — страна Евросоюза и Шенгенской зоны, одна из стран, о которых рассказывает государственный сайт Migrant.kg. Гражданам Кыргызстана нужна виза или вид на жительство с правом на работу, которые оформляются через латвийского работодателя.`,
			en: `Latvia is an EU and Schengen country and one of the countries covered by the state Migrant.kg website. Kyrgyz citizens need a visa or residence permit with the right to work, arranged through a Latvian employer.`
		},
		sections: [
			{
				kind: 'entry',
				body: {
					ky: `**Иш берүүчү даярдаган уруксат менен гана иштей аласыз.** Адатта кадамдар мындай:
- Латвиялык иш берүүчү бош орунду Мамлекеттик жумуш менен камсыз кылуу агенттигинде (NVA) каттатып, чет элдикти жалдоого анын макулдугун алат.
- Иш берүүчү Жарандык жана миграция иштери башкармалыгына (PMLP) чакыруу жөнөтөт.
- Сиз иштөө укугу бар **узак мөөнөттүү визага (D)** же **убактылуу жашоого уруксатка** Кыргызстандын жарандарын тейлеген Латвиянын элчилигинде арыз бересиз. Мезгилдүү жумушчуларга 12 айдын ичинде 6 айга чейин виза берилет.

Шенген туристтик визасы (C) менен иштөөгө **болбойт**.

Адатта керек: паспорт, бекитилген чакыруу, Латвияда жарактуу медициналык камсыздандыруу, кээ бир жумуштар үчүн диплом.

- Расмий бош орундар тууралуу Жарандарды чет өлкөдө жумушка орноштуруу борборунан сураңыз.
- Жумуш үчүн жумушчу акы төлөбөшү керек. Тааныш эмес адамдарга «чакыруу» үчүн акча бербеңиз.
- Паспортуңузду өзүңүз сактаңыз.`,
					ru: `**Работать можно только с разрешением, которое оформляет работодатель.** Обычно шаги такие:
- Латвийский работодатель регистрирует вакансию в Государственном агентстве занятости (NVA) и получает его согласие на наём иностранца.
- Работодатель направляет приглашение в Управление по делам гражданства и миграции (PMLP).
- Вы подаёте на **долгосрочную визу (D)** с правом на работу или **временный вид на жительство** в посольстве Латвии, которое обслуживает граждан Кыргызстана. Сезонным работникам дают визу до 6 месяцев в течение 12.

С шенгенской туристической визой (C) работать **нельзя**.

Обычно нужны: паспорт, утверждённое приглашение, медицинская страховка, действующая в Латвии, для некоторых работ — диплом.

- Об официальных вакансиях спросите в Центре по трудоустройству граждан за рубежом.
- Работник не должен платить за трудоустройство. Не платите незнакомым людям за «приглашения».
- Храните паспорт у себя.`,
					en: `**You can work only with a permit arranged by the employer.** The usual steps:
- The Latvian employer registers the vacancy with the State Employment Agency (NVA) and gets its approval to hire a foreigner.
- The employer sends an invitation to the Office of Citizenship and Migration Affairs (PMLP).
- You apply for a **long-stay visa (D)** with the right to work, or a **temporary residence permit**, at the Latvian embassy that serves Kyrgyz citizens. Seasonal workers get a visa for up to 6 months in 12.

A Schengen tourist visa (C) does **not** allow work.

Usually you need: your passport, the approved invitation, health insurance valid in Latvia, and for some jobs your diploma.

- Ask the Centre for Employment of Citizens Abroad about official vacancies.
- A worker should pay no fee for a job. Do not pay unknown people for "invitations".
- Keep your passport yourself.`
				},
				source: {
					document: null,
					title: 'Immigration Law (Latvia); Cabinet Regulation No. 55 "Regulations Regarding Employment of Foreigners"; State Employment Agency — employment of third-country nationals in Latvia',
					url: 'https://nva.gov.lv/en/employment-third-country-nationals-latvia'
				},
				reviewedOn: TO_REVIEW,
				needsReview: true,
				laws: []
			},
			{
				kind: 'registration',
				body: {
					ky: `**Иштөө укугуңуз** визаңызда же жашоого уруксатыңызда жазылат. Ал ошол жерде көрсөтүлгөн иш берүүчү жана жумуш үчүн гана жарактуу.

**Жашоо картасы.** Убактылуу жашоого уруксат алсаңыз, картаны Латвиядагы PMLPден аласыз. Дарегиңиз же жумушуңуз өзгөрсө, PMLPге билдириңиз.

**Салык.** Мамлекеттик киреше кызматында (VID) салык төлөөчү катары катталышыңыз керек. Иш берүүчү сизди биринчи жумуш күнүңүзгө чейин кызматкер катары каттоого милдеттүү.

**Узартуу.** Виза же уруксат бүткөндөн кийин калбаңыз. Иш берүүчүдөн узартууга убагында арыз берүүсүн сураңыз.

**Жумуш мөөнөтүнөн эрте бүтсө,** уруксатыңыз да токтошу мүмкүн. Дароо PMLPге кайрылыңыз.

**Консулдук каттоо.** Үч айдан ашык калсаңыз, келген күндөн тартып 15 күндүн ичинде Латвияны тейлеген Кыргызстандын элчилигинде каттоого туруңуз. Байланыштар ${LINK_HELP.ky}.`,
					ru: `**Право на работу** записано в вашей визе или виде на жительство. Оно действует только для указанных там работодателя и работы.

**Карта вида на жительство.** Если у вас временный вид на жительство, получите карту в PMLP в Латвии. О смене адреса или работы сообщайте в PMLP.

**Налоги.** Вы должны быть зарегистрированы в Службе государственных доходов (VID) как налогоплательщик. Работодатель обязан зарегистрировать вас как работника до первого рабочего дня.

**Продление.** Не оставайтесь после окончания визы или разрешения. Попросите работодателя вовремя подать на продление.

**Если работа закончилась раньше срока,** разрешение тоже может прекратиться. Сразу обратитесь в PMLP.

**Консульский учёт.** Если остаётесь больше трёх месяцев, встаньте на учёт в посольстве Кыргызстана, которое обслуживает Латвию, в течение 15 дней после прибытия. Контакты — в ${LINK_HELP.ru}.`,
					en: `**Your right to work** is written in your visa or residence permit. It is valid only for the employer and job named there.

**Residence card.** If you have a temporary residence permit, collect the card at PMLP in Latvia. Tell PMLP about any change of address or job.

**Taxes.** You must be registered with the State Revenue Service (VID) as a taxpayer. Your employer must register you as an employee before your first working day.

**Extending.** Do not stay after your visa or permit ends. Ask your employer to apply for an extension in good time.

**If the job ends early,** your permit may end too. Contact PMLP at once.

**Consular registration.** If you stay more than three months, register at the Kyrgyz embassy that covers Latvia within 15 days of arrival. Contacts are in our ${LINK_HELP.en}.`
				},
				source: {
					document: null,
					title: 'Immigration Law (Latvia); Office of Citizenship and Migration Affairs (PMLP) — residence permits; Ministry of Welfare of Latvia — employment of foreigners',
					url: 'https://www.pmlp.gov.lv/en'
				},
				reviewedOn: TO_REVIEW,
				needsReview: true,
				laws: []
			},
			{
				kind: 'work',
				body: {
					ky: `**Эмгек акы.** Латвиянын эрежелери боюнча чет элдик жумушчунун айлыгы өлкөдөгү же тармактагы орточо айлыкка байланган деңгээлден төмөн болбошу керек. Учурдагы сумманы PMLPден же NVAдан тактаңыз.

**Келишим.** Өзүңүз түшүнгөн тилде жазуу жүзүндөгү эмгек келишимин алыңыз. Текшериңиз: жумуш, иш убактысы, айлык, турак жайдын баасы.

**Иш убактысы.** Адатта күнүнө 8 саат, жумасына 40 саат. Ашыкча иш кошумча төлөнөт (кеминде эки эсе).

**Эс алуу.** Жылына кеминде 4 календардык жума акы төлөнүүчү эс алуу.

**Паспорт.** Иш берүүчү паспортуңузду же жашоо картаңызды кармап калууга тийиш эмес.

**Агенттик аркылуу иштесеңиз,** ал Латвияда катталганын жана уруксатыңызда туура иш берүүчү жазылганын текшериңиз.

Айлык баракчаларын сактап, сааттарыңызды жазып жүрүңүз.`,
					ru: `**Зарплата.** По латвийским правилам зарплата иностранного работника не может быть ниже уровня, привязанного к средней зарплате в стране или в отрасли. Текущую сумму уточните в PMLP или NVA.

**Договор.** Получите письменный трудовой договор на понятном вам языке. Проверьте: работа, часы, зарплата, стоимость жилья.

**Рабочее время.** Обычно 8 часов в день и 40 часов в неделю. Сверхурочные оплачиваются дополнительно (не меньше чем вдвойне).

**Отпуск.** Не меньше 4 календарных недель оплачиваемого отпуска в год.

**Паспорт.** Работодатель не должен забирать ваш паспорт или карту вида на жительство.

**Если вас нанимает агентство,** проверьте, что оно зарегистрировано в Латвии и что в разрешении указан правильный работодатель.

Храните расчётные листки и записывайте свои часы.`,
					en: `**Pay.** Under Latvian rules a foreign worker's salary must not be lower than a level tied to the average salary in the country or in the sector. Check the current amount with PMLP or NVA.

**Contract.** Get a written employment contract in a language you understand. Check: job, hours, pay, cost of housing.

**Working time.** Usually 8 hours a day and 40 hours a week. Overtime is paid extra (at least double).

**Holidays.** At least 4 calendar weeks of paid leave a year.

**Passport.** Your employer must not keep your passport or residence card.

**If an agency hires you,** check that it is registered in Latvia and that your permit names the right employer.

Keep your payslips and write down your hours.`
				},
				source: {
					document: null,
					title: 'Labour Law (Latvia), Sections 68, 131 and 149; Cabinet Regulation No. 55 "Regulations Regarding Employment of Foreigners"',
					url: 'https://www.pmlp.gov.lv/en'
				},
				reviewedOn: TO_REVIEW,
				needsReview: true,
				laws: []
			},
			{
				kind: 'taxes',
				body: {
					ky: `**Иш берүүчү айлыгыңыздан кармайт:** жеке киреше салыгын жана мамлекеттик социалдык камсыздандыруу төгүмдөрүн (VSAOI). Алар айлык баракчаңызда көрсөтүлүшү керек.

- Социалдык төгүмдөр Латвияда сизге, мисалы, оорулуу күндөр үчүн төлөм жана пенсия алууга укук берет.
- Бул сиздин негизги жумушуңуз экенин иш берүүчүгө айтыңыз, ошондо салыктан туура жеңилдик колдонулат.
- Жыл бүткөндөн кийин VID сайтында жылдык киреше декларациясын тапшырып, кээде акчанын бир бөлүгүн кайтарып аласыз.

**Латвиядан кетерде** иш берүүчүдөн акыркы эсептешүүнү жана киреше тууралуу маалым катты алыңыз.

**Акчаны** банк же лицензиясы бар которуу кызматы аркылуу гана жөнөтүңүз, квитанцияларды сактаңыз.

**Төлөмдөр.** Жумуш алуу же жумушта калуу үчүн «агенттерге» эч качан акча бербеңиз.`,
					ru: `**Работодатель удерживает из зарплаты** подоходный налог и взносы государственного социального страхования (VSAOI). Они должны быть видны в расчётном листке.

- Социальные взносы дают вам в Латвии права, например на больничные и пенсию.
- Скажите работодателю, что это ваша основная работа, тогда к налогу применят правильную льготу.
- После окончания года можно подать годовую декларацию о доходах на сайте VID и иногда вернуть часть денег.

**Перед отъездом из Латвии** получите у работодателя окончательный расчёт и справку о доходах.

**Деньги** отправляйте только через банки или лицензированные службы переводов, храните квитанции.

**Платежи.** Никогда не платите «агентам» за то, чтобы получить или сохранить работу.`,
					en: `**Your employer withholds** personal income tax and State social insurance contributions (VSAOI) from your pay. Your payslip must show them.

- Social contributions give you rights in Latvia, for example to sick pay and a pension.
- Tell your employer this is your main job, so the right tax allowance is used.
- After the year ends you can file an annual income declaration on the VID website and sometimes get money back.

**Before you leave Latvia,** get your final pay and a statement of your income from your employer.

**Send money** only through banks or licensed transfer services, and keep receipts.

**Fees.** Never pay "agents" to get or keep a job.`
				},
				source: {
					document: null,
					title: 'Law on Personal Income Tax (Latvia); Law on State Social Insurance (Latvia); State Revenue Service (VID)',
					url: 'https://www.vid.gov.lv/en'
				},
				reviewedOn: TO_REVIEW,
				needsReview: true,
				laws: []
			},
			{
				kind: 'health',
				body: {
					ky: `**Медициналык камсыздандыруу.** Виза же жашоого уруксат алуу үчүн Латвияда жарактуу медициналык камсыздандыруу полиси керек. Ал Латвияда жүргөн убакыттын баарында жарактуу болсун. Эмнени камтыйт, текшериңиз: дарыгер, оорукана, шашылыш жардам.

**Ооруп калсаңыз,** дарыгерге барыңыз: ал электрондук оорулуу баракчасын берет. Иш берүүчүгө биринчи күнү эле кабарлаңыз.

**Иштеги кырсыктар.** Ар бир кырсыкты дароо иш берүүчүгө билдириңиз. Иш берүүчү аны иликтеши керек.

**Эмгек коопсуздугу.** Коопсуздук боюнча нускама жана коргоочу каражаттар сизге акысыз берилиши керек.

**Дарылар.** Өз дарыларыңызды рецепти менен кошо алыңыз: Латвияда кээ бир дарылар рецепт менен гана сатылат.

**Шашылыш учурда:** тез жардам үчүн **113** же **112** номерине чалыңыз.`,
					ru: `**Медицинская страховка.** Для визы или вида на жительство нужен полис медицинского страхования, действующий в Латвии. Он должен действовать всё время, пока вы в Латвии. Проверьте, что он покрывает: врача, больницу, экстренную помощь.

**Если заболели,** идите к врачу: он оформит электронный больничный лист. В первый же день сообщите работодателю.

**Несчастные случаи на работе.** О каждом случае сразу сообщайте работодателю. Работодатель обязан его расследовать.

**Охрана труда.** Инструктаж по безопасности и средства защиты вам должны дать бесплатно.

**Лекарства.** Возьмите свои лекарства вместе с рецептами: в Латвии некоторые лекарства продают только по рецепту.

**В экстренном случае:** скорая помощь — **113** или **112**.`,
					en: `**Health insurance.** For a visa or residence permit you need a health insurance policy valid in Latvia. Keep it valid the whole time you are in Latvia. Check what it covers: doctor, hospital, emergency care.

**If you are sick,** see a doctor: the doctor issues an electronic sick-leave certificate. Tell your employer on the first day.

**Accidents at work.** Report every accident to your employer at once. The employer must investigate it.

**Work safety.** Safety instructions and protective equipment must be given to you free of charge.

**Medicines.** Bring your own medicines with their prescriptions: in Latvia some medicines are sold only with a prescription.

**Emergency:** call **113** or **112** for an ambulance.`
				},
				source: {
					document: null,
					title: 'Immigration Law (Latvia) — health insurance requirement; Labour Protection Law (Latvia); Latvian emergency numbers 112 and 113',
					url: 'https://www.pmlp.gov.lv/en'
				},
				reviewedOn: TO_REVIEW,
				needsReview: true,
				laws: []
			},
			rightsSection({
				ky: `Латвиядагы жардам (эмгек инспекциясы, полиция) — «Шашылыш байланыштар» бөлүмүндө.`,
				ru: `Помощь в Латвии (трудовая инспекция, полиция) — в разделе «Экстренные контакты».`,
				en: `Help in Latvia (labour inspectorate, police) is in the "Emergency contacts" section.`
			}),
			{
				kind: 'emergency',
				body: {
					ky: `**Латвиядагы шашылыш номерлер:**
- **112** — бирдиктүү шашылыш номер (өрт, куткаруу, тез жардам, полиция);
- **110** — полиция; **113** — тез жардам.

**Иштеги көйгөйлөр** (айлык төлөнбөсө, паспортту алып коюшса, иш коркунучтуу болсо): **Мамлекеттик эмгек инспекциясы** (Valsts darba inspekcija): [vdi.gov.lv](https://www.vdi.gov.lv).
**Жашоо жана уруксат маселелери:** PMLP: [pmlp.gov.lv](https://www.pmlp.gov.lv/en).

**Латвияны тейлеген Кыргызстандын элчилигине кайрылыңыз**, эгер кармалсаңыз, паспортуңузду жоготсоңуз, катуу жаракат алсаңыз же бирөө каза болсо. Байланыштар ${LINK_HELP.ky}.

**Паспортту жоготсоңуз:** полицияга кабарлап, андан кийин элчиликке кайрылыңыз.

Телефонуңузга сактап коюңуз: элчиликтин номерин, иш берүүчүнүн дарегин, паспорттун, визанын же жашоо картасынын жана келишимдин сүрөттөрүн.`,
					ru: `**Экстренные номера в Латвии:**
- **112** — единый номер экстренных служб (пожарные, спасатели, скорая, полиция);
- **110** — полиция; **113** — скорая помощь.

**Проблемы на работе** (не платят, забрали паспорт, опасная работа): **Государственная трудовая инспекция** (Valsts darba inspekcija): [vdi.gov.lv](https://www.vdi.gov.lv).
**Вопросы пребывания и разрешений:** PMLP: [pmlp.gov.lv](https://www.pmlp.gov.lv/en).

**Обращайтесь в посольство Кыргызстана, которое обслуживает Латвию**, если вас задержали, вы потеряли паспорт, сильно травмировались или кто-то умер. Контакты — в ${LINK_HELP.ru}.

**Если потеряли паспорт:** сообщите в полицию, затем обратитесь в посольство.

Сохраните в телефоне: номер посольства, адрес работодателя, фото паспорта, визы или карты вида на жительство и договора.`,
					en: `**Emergency numbers in Latvia:**
- **112** — single emergency number (fire, rescue, ambulance, police);
- **110** — police; **113** — ambulance.

**Problems at work** (no pay, passport taken, dangerous work): the **State Labour Inspectorate** (Valsts darba inspekcija): [vdi.gov.lv](https://www.vdi.gov.lv).
**Stay and permit questions:** PMLP: [pmlp.gov.lv](https://www.pmlp.gov.lv/en).

**Contact the Kyrgyz embassy that covers Latvia** if you are arrested, lose your passport, are badly hurt, or someone dies. Contacts are in our ${LINK_HELP.en}.

**If you lose your passport:** tell the police, then contact the embassy.

Save in your phone: the embassy number, your employer's address, and photos of your passport, visa or residence card and contract.`
				},
				source: {
					document: null,
					title: 'Latvian emergency numbers 112, 110 (State Police) and 113 (Emergency Medical Service); State Labour Inspectorate of Latvia',
					url: 'https://www.vdi.gov.lv/'
				},
				reviewedOn: TO_REVIEW,
				needsReview: true,
				laws: []
			}
		]
	},

	// ═══ Slovakia ═════════════════════════════════════════════════════════════
	// Seed 002 lists Slovakia among the 17 countries covered by Migrant.kg.
	{
		countryIso2: 'SK',
		intro: {
			ky: `Словакия — Европа Биримдигинин жана Шенген аймагынын өлкөсү, мамлекеттик Migrant.kg сайты маалымат берген өлкөлөрдүн бири. Кыргызстандыктар ал жакта словак уруксаты менен гана иштей алышат — адатта белгилүү иш берүүчүгө байланган, жумуш максатындагы убактылуу жашоо.`,
			ru: `Словакия — страна Евросоюза и Шенгенской зоны, одна из стран, о которых рассказывает государственный сайт Migrant.kg. Граждане Кыргызстана могут работать там только со словацким разрешением — обычно это временное пребывание с целью работы, привязанное к конкретному работодателю.`,
			en: `Slovakia is an EU and Schengen country and one of the countries covered by the state Migrant.kg website. Kyrgyz citizens may work there only with a Slovak permit, usually temporary residence for employment tied to one employer.`
		},
		sections: [
			{
				kind: 'entry',
				body: {
					ky: `**Словакиянын уруксаты менен гана иштей аласыз.** Адатта мындай:
- Словак иш берүүчүсү бош орунду эмгек кеңсесине (ÚPSVaR) билдирет, ал жумушту чет элдикке берүүгө болорун тастыктайт.
- Сиз **жумуш максатындагы убактылуу жашоого** (жашоого жана иштөөгө бир уруксат) Кыргызстандын жарандарын тейлеген Словакиянын элчилигинде арыз бересиз.
- Мезгилдүү жумуш 12 айдын ичинде 180 күнгө чейин болот.

Шенген туристтик визасы менен иштөөгө **болбойт**.

Адатта керек: паспорт, эмгек келишими же жумуш берүү убадасы, турак жайды тастыктаган документ, Кыргызстандан апостиль коюлган жана которулган соттуулугу жок экени тууралуу маалым кат.

- Расмий бош орундар тууралуу Жарандарды чет өлкөдө жумушка орноштуруу борборунан сураңыз.
- Жумуш үчүн жумушчу акы төлөбөшү керек. Тааныш эмес адамдарга «иштөөгө уруксат» үчүн акча бербеңиз.
- Паспортуңузду өзүңүз сактаңыз.`,
					ru: `**Работать можно только со словацким разрешением.** Обычно так:
- Словацкий работодатель сообщает о вакансии в управление труда (ÚPSVaR), и оно подтверждает, что работу можно отдать иностранцу.
- Вы подаёте на **временное пребывание с целью работы** (одно разрешение на пребывание и работу) в посольстве Словакии, которое обслуживает граждан Кыргызстана.
- Сезонная работа возможна до 180 дней в течение 12 месяцев.

С шенгенской туристической визой работать **нельзя**.

Обычно нужны: паспорт, трудовой договор или обещание работы, документ о жилье, справка о несудимости из Кыргызстана с апостилем и переводом.

- Об официальных вакансиях спросите в Центре по трудоустройству граждан за рубежом.
- Работник не должен платить за трудоустройство. Не платите незнакомым людям за «разрешение на работу».
- Храните паспорт у себя.`,
					en: `**You can work only with a Slovak permit.** The usual way:
- A Slovak employer reports the vacancy to the labour office (ÚPSVaR), which confirms that the job can go to a foreigner.
- You apply for **temporary residence for the purpose of employment** (one permit for stay and work) at the Slovak embassy that serves Kyrgyz citizens.
- Seasonal work is possible for up to 180 days in 12 months.

A Schengen tourist visa does **not** allow work.

Usually you need: your passport, an employment contract or job promise, proof of housing, and a criminal record certificate from Kyrgyzstan with an apostille and a translation.

- Ask the Centre for Employment of Citizens Abroad about official vacancies.
- A worker should pay no fee for a job. Do not pay unknown people for "work permits".
- Keep your passport yourself.`
				},
				source: {
					document: null,
					title: 'Act No. 404/2011 Coll. on Residence of Foreigners (Slovak Republic); Act No. 5/2004 Coll. on Employment Services (Slovak Republic)',
					url: 'https://www.mic.iom.sk/en/'
				},
				reviewedOn: TO_REVIEW,
				needsReview: true,
				laws: []
			},
			{
				kind: 'registration',
				body: {
					ky: `**Жашоо картасы.** Жашоого уруксат берилгенде картаны чет элдиктер полициясынын бөлүмүнөн аласыз.

**Картаны алгандан кийин:**
- биринчи күндөн тартып медициналык камсыздандыруу болсун: иш берүүчү аркылуу мамлекеттик камсыздандыруу, ал башталганга чейин жеке камсыздандыруу;
- **30 күндүн ичинде** коомго коркунучтуу оору жок экени тууралуу Словакиядагы дарыгердин маалым катын чет элдиктер полициясына тапшырыңыз;
- дарегиңиз же иш берүүчүңүз өзгөрсө, чет элдиктер полициясына тез билдириңиз: мөөнөттөр кыска, картаны алганда алар тууралуу сураңыз.

**Мөөнөт.** Жумуш үчүн жашоо жумуштун мөөнөтүнө, бирок 2 жылга чейин берилет. Бүткөнгө чейин узартууга арыз бериңиз.

**Консулдук каттоо.** Үч айдан ашык калсаңыз, келген күндөн тартып 15 күндүн ичинде Словакияны тейлеген Кыргызстандын элчилигинде каттоого туруңуз. Байланыштар ${LINK_HELP.ky}.

Жарактуу уруксатсыз иштесеңиз, өлкөдөн чыгарылып, кайра кирүүгө тыюу салынышы мүмкүн.`,
					ru: `**Карта пребывания.** Когда пребывание разрешено, карту получают в отделе иностранной полиции.

**После получения карты:**
- с первого дня имейте медицинскую страховку: государственную через работодателя, а до её начала — частную;
- в течение **30 дней** сдайте в иностранную полицию справку от врача в Словакии о том, что у вас нет болезни, опасной для общества;
- о смене адреса или работодателя сообщайте в иностранную полицию быстро: сроки короткие, уточните их при получении карты.

**Срок.** Пребывание для работы дают на срок работы, но не больше 2 лет. Подайте на продление до окончания срока.

**Консульский учёт.** Если остаётесь больше трёх месяцев, встаньте на учёт в посольстве Кыргызстана, которое обслуживает Словакию, в течение 15 дней после прибытия. Контакты — в ${LINK_HELP.ru}.

Работа без действующего разрешения грозит выдворением и запретом на въезд.`,
					en: `**Residence card.** When your residence is granted, collect the card at the foreign police department.

**After you get the card:**
- have health insurance from the first day: public insurance through your employer, or private insurance until that starts;
- within **30 days** give the foreign police a certificate from a doctor in Slovakia saying you have no disease that threatens public health;
- report a change of address or employer to the foreign police quickly: the deadlines are short, so ask about them when you collect the card.

**Time limit.** Residence for work is granted for the length of the job, up to 2 years. Apply to renew it before it ends.

**Consular registration.** If you stay more than three months, register at the Kyrgyz embassy that covers Slovakia within 15 days of arrival. Contacts are in our ${LINK_HELP.en}.

Working without a valid permit can lead to expulsion and an entry ban.`
				},
				source: {
					document: null,
					title: 'Act No. 404/2011 Coll. on Residence of Foreigners (Slovak Republic) — obligations of third-country nationals with temporary residence',
					url: 'https://www.mic.iom.sk/en/'
				},
				reviewedOn: TO_REVIEW,
				needsReview: true,
				laws: []
			},
			{
				kind: 'work',
				body: {
					ky: `**Келишим.** Иш баштаганга чейин өзүңүз түшүнгөн тилде жазуу жүзүндөгү эмгек келишимин алыңыз. Анда жумуш, иштөө жери, эмгек акы жана баштоо күнү жазылышы керек.

**Минималдуу эмгек акы.** Словакия жыл сайын улуттук минималдуу эмгек акыны белгилейт. Ал сизге да тийиштүү. Учурдагы сумманы эмгек инспекциясынан сураңыз.

**Иш убактысы.** Адатта жумасына 40 саатка чейин. Ашыкча иш кошумча төлөнөт (кеминде 25% көп).

**Агенттик аркылуу иш.** Словакияда көп чет элдик жумушчуларды убактылуу жумуш агенттиктери жалдашат. Агенттиктин уруксаты бар экенин жана жашоо уруксатыңыз чыныгы иш берүүчүңүзгө жана иш ордуңузга туура келерин текшериңиз.

**Жумуш алмаштыруу.** Жашоо уруксатыңыз жумушка байланган. Алмаштыруудан мурун чет элдиктер полициясынан сураңыз.

**Паспортуңуз** — сиздики, аны эч бир иш берүүчү кармап калбашы керек.

Айлык баракчаларын сактап, сааттарыңызды жазып жүрүңүз.`,
					ru: `**Договор.** До начала работы получите письменный трудовой договор на понятном вам языке. В нём должны быть работа, место работы, зарплата и дата начала.

**Минимальная оплата.** Словакия каждый год устанавливает национальную минимальную зарплату. Она распространяется и на вас. Текущую сумму спросите в трудовой инспекции.

**Рабочее время.** Обычно до 40 часов в неделю. Сверхурочные оплачиваются дополнительно (минимум на 25% больше).

**Работа через агентство.** В Словакии многих иностранных работников нанимают агентства временной занятости. Проверьте, что у агентства есть разрешение и что ваше разрешение на пребывание соответствует реальному работодателю и месту работы.

**Смена работы.** Ваше пребывание привязано к работе. Перед сменой спросите в иностранной полиции.

**Паспорт** принадлежит вам, ни один работодатель не должен его забирать.

Храните расчётные листки и записывайте свои часы.`,
					en: `**Contract.** Before you start, get a written employment contract in a language you understand. It must state the job, place of work, pay and start date.

**Minimum wage.** Slovakia sets a national minimum wage every year. It applies to you too. Ask the labour inspectorate for the current amount.

**Working time.** Usually up to 40 hours a week. Overtime is paid extra (at least 25% more).

**Agency work.** Many foreign workers in Slovakia are hired through temporary work agencies. Check that the agency has a permit and that your residence permit matches your real employer and workplace.

**Changing jobs.** Your residence is tied to the job. Ask the foreign police before you change.

**Your passport** belongs to you; no employer may keep it.

Keep your payslips and write down your hours.`
				},
				source: {
					document: null,
					title: 'Labour Code of the Slovak Republic (Act No. 311/2001 Coll.), §§ 43, 85 and 121; Act No. 663/2007 Coll. on the Minimum Wage',
					url: 'https://www.ip.gov.sk/'
				},
				reviewedOn: TO_REVIEW,
				needsReview: true,
				laws: []
			},
			{
				kind: 'taxes',
				body: {
					ky: `**Салык жана төгүмдөрдү иш берүүчү кармайт:** киреше салыгы, медициналык жана социалдык камсыздандыруу. Аларды айлык баракчаңыздан текшериңиз.

- Социалдык камсыздандыруу сизге оорулуу күндөр үчүн төлөм жана пенсия алууга укук берет.
- Жыл бүткөндөн кийин салык декларациясын тапшырсаңыз же иш берүүчүдөн жылдык эсептешүүнү сурасаңыз болот, кээде акчанын бир бөлүгү кайтарылат.
- **Словакиядан кетерде** иш берүүчүдөн акыркы айлыкты жана киреше тууралуу маалым катты алыңыз.

**Акчаны** банк же лицензиясы бар которуу кызматы аркылуу гана жөнөтүңүз, квитанцияларды сактаңыз.

**Төлөмдөр.** Жумуш алуу же жумушта калуу үчүн «агенттерге» эч качан акча бербеңиз. Агенттик айлыгыңыздан «кызмат үчүн» деп акча кармаса, эмгек инспекциясынан сураңыз.`,
					ru: `**Налоги и взносы удерживает работодатель:** подоходный налог, медицинское и социальное страхование. Проверяйте их в расчётном листке.

- Социальное страхование даёт право на больничные и пенсию.
- После окончания года можно подать налоговую декларацию или попросить работодателя сделать годовой перерасчёт, иногда часть денег возвращают.
- **Перед отъездом из Словакии** получите у работодателя последнюю зарплату и справку о доходах.

**Деньги** отправляйте только через банки или лицензированные службы переводов, храните квитанции.

**Платежи.** Никогда не платите «агентам» за то, чтобы получить или сохранить работу. Если агентство удерживает из зарплаты деньги «за услуги», спросите в трудовой инспекции.`,
					en: `**Your employer withholds tax and contributions:** income tax, health insurance and social insurance. Check them on your payslip.

- Social insurance gives you rights to sick pay and a pension.
- After the year ends you can file a tax return or ask your employer for the annual settlement; sometimes you get money back.
- **Before you leave Slovakia,** get your final pay and a statement of your income from your employer.

**Send money** only through banks or licensed transfer services, and keep receipts.

**Fees.** Never pay "agents" to get or keep a job. If an agency takes money from your pay "for services", ask the labour inspectorate.`
				},
				source: {
					document: null,
					title: 'Income Tax Act of the Slovak Republic (Act No. 595/2003 Coll.); Social Insurance Act (Act No. 461/2003 Coll.); Financial Administration of the Slovak Republic',
					url: 'https://www.financnasprava.sk/'
				},
				reviewedOn: TO_REVIEW,
				needsReview: true,
				laws: []
			},
			{
				kind: 'health',
				body: {
					ky: `**Медициналык камсыздандыруу милдеттүү.** Словак иш берүүчүсүндө иштегенде мамлекеттик медициналык камсыздандырууга кошуласыз: иш берүүчү сизди камсыздандыруу компаниясына (VšZP, Dôvera же Union) каттайт. Камсыздандыруу картасын аласыз.

Мамлекеттик камсыздандыруу башталганга чейин жеке камсыздандыруу алып алыңыз.

**Чет элдиктер полициясы үчүн медициналык маалым кат:** жашоо картасын алгандан кийин 30 күндүн ичинде Словакиядагы дарыгерден алыңыз.

**Иштеги кырсыктар.** Дароо билдириңиз. Иш берүүчү кырсыкты каттоого милдеттүү.

**Коопсуздук.** Коопсуздук боюнча окутуу жана коргоочу каражаттар сизге акысыз берилиши керек.

**Дарылар.** Өз дарыларыңызды рецепти менен кошо алып барыңыз.

**Шашылыш учурда:** тез жардам үчүн **155** же **112** номерине чалыңыз.`,
					ru: `**Медицинская страховка обязательна.** Работая у словацкого работодателя, вы входите в государственное медицинское страхование: работодатель регистрирует вас в страховой компании (VšZP, Dôvera или Union). Вы получаете страховую карту.

До начала государственного страхования оформите частную страховку.

**Медицинская справка для иностранной полиции:** получите её у врача в Словакии в течение 30 дней после получения карты пребывания.

**Несчастные случаи на работе.** Сообщайте сразу. Работодатель обязан зарегистрировать несчастный случай.

**Безопасность.** Инструктаж по безопасности и средства защиты вам должны дать бесплатно.

**Лекарства.** Возьмите свои лекарства вместе с рецептами.

**В экстренном случае:** скорая помощь — **155** или **112**.`,
					en: `**Health insurance is compulsory.** When you work for a Slovak employer, you are in public health insurance: the employer registers you with a health insurer (VšZP, Dôvera or Union). You get an insurance card.

Have private insurance until public insurance starts.

**Medical certificate for the foreign police:** get it from a doctor in Slovakia within 30 days of receiving your residence card.

**Accidents at work.** Report them at once. The employer must record the accident.

**Safety.** Safety training and protective equipment must be given to you free of charge.

**Medicines.** Bring your own medicines with their prescriptions.

**Emergency:** call **155** or **112** for an ambulance.`
				},
				source: {
					document: null,
					title: 'Act No. 580/2004 Coll. on Health Insurance (Slovak Republic); Act No. 404/2011 Coll. on Residence of Foreigners; Act No. 124/2006 Coll. on Occupational Safety and Health',
					url: 'https://www.mic.iom.sk/en/'
				},
				reviewedOn: TO_REVIEW,
				needsReview: true,
				laws: []
			},
			rightsSection({
				ky: `Словакиядагы жардам (эмгек инспекциясы, чет элдиктер үчүн акысыз кеңеш, полиция) — «Шашылыш байланыштар» бөлүмүндө.`,
				ru: `Помощь в Словакии (трудовая инспекция, бесплатные консультации для иностранцев, полиция) — в разделе «Экстренные контакты».`,
				en: `Help in Slovakia (labour inspectorate, free advice for foreigners, police) is in the "Emergency contacts" section.`
			}),
			{
				kind: 'emergency',
				body: {
					ky: `**Словакиядагы шашылыш номерлер:**
- **112** — бирдиктүү шашылыш номер;
- **155** — тез жардам; **150** — өрт өчүрүүчүлөр; **158** — полиция.

**Иштеги көйгөйлөр:** Улуттук эмгек инспекциясы (Národný inšpektorát práce) жана аймактык эмгек инспекциялары: [ip.gov.sk](https://www.ip.gov.sk).
**Чет элдиктер үчүн акысыз кеңеш:** Эл аралык миграция уюмунун (IOM) Миграциялык маалымат борбору: [mic.iom.sk](https://www.mic.iom.sk/en/).

**Словакияны тейлеген Кыргызстандын элчилигине кайрылыңыз**, эгер кармалсаңыз, паспортуңузду жоготсоңуз, катуу жаракат алсаңыз же бирөө каза болсо. Байланыштар ${LINK_HELP.ky}.

**Паспортту же жашоо картасын жоготсоңуз:** полицияга кабарлап, андан кийин элчиликке жана чет элдиктер полициясына кайрылыңыз.

Телефонуңузга сактап коюңуз: элчиликтин номерин, иш берүүчүнүн дарегин, паспорттун, жашоо картасынын жана келишимдин сүрөттөрүн.`,
					ru: `**Экстренные номера в Словакии:**
- **112** — единый номер экстренных служб;
- **155** — скорая помощь; **150** — пожарные; **158** — полиция.

**Проблемы на работе:** Национальная трудовая инспекция (Národný inšpektorát práce) и региональные инспекции труда: [ip.gov.sk](https://www.ip.gov.sk).
**Бесплатные консультации для иностранцев:** Миграционный информационный центр Международной организации по миграции (МОМ): [mic.iom.sk](https://www.mic.iom.sk/en/).

**Обращайтесь в посольство Кыргызстана, которое обслуживает Словакию**, если вас задержали, вы потеряли паспорт, сильно травмировались или кто-то умер. Контакты — в ${LINK_HELP.ru}.

**Если потеряли паспорт или карту пребывания:** сообщите в полицию, затем обратитесь в посольство и в иностранную полицию.

Сохраните в телефоне: номер посольства, адрес работодателя, фото паспорта, карты пребывания и договора.`,
					en: `**Emergency numbers in Slovakia:**
- **112** — single emergency number;
- **155** — ambulance; **150** — fire; **158** — police.

**Problems at work:** the National Labour Inspectorate (Národný inšpektorát práce) and regional labour inspectorates: [ip.gov.sk](https://www.ip.gov.sk).
**Free advice for foreigners:** the Migration Information Centre of the International Organization for Migration (IOM): [mic.iom.sk](https://www.mic.iom.sk/en/).

**Contact the Kyrgyz embassy that covers Slovakia** if you are arrested, lose your passport, are badly hurt, or someone dies. Contacts are in our ${LINK_HELP.en}.

**If you lose your passport or residence card:** tell the police, then contact the embassy and the foreign police.

Save in your phone: the embassy number, your employer's address, and photos of your passport, residence card and contract.`
				},
				source: {
					document: null,
					title: 'Slovak emergency numbers 112, 155, 150 and 158; National Labour Inspectorate of the Slovak Republic; IOM Migration Information Centre (Slovakia)',
					url: 'https://www.ip.gov.sk/'
				},
				reviewedOn: TO_REVIEW,
				needsReview: true,
				laws: []
			}
		]
	}

];
