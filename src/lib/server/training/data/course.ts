import type { Translated } from '#lib/i18n';

export interface QuizQuestionSeed {
	question: Translated;
	options: Translated[];
	correct: number; /* index into options */
}
export interface ModuleSeed {
	title: Translated;
	body: Translated;
	videoUrl: string | null;
	quiz: QuizQuestionSeed[];
}
export interface CourseSeed {
	slug: string;
	title: Translated;
	summary: Translated;
	source: { document: string; title: string };
	modules: ModuleSeed[];
}

/**
 * Pre-departure orientation course for Kyrgyz labour migrants.
 *
 * Bodies use the markdown subset: paragraphs separated by a blank line, "- " bullet lines, **bold**.
 *
 * Facts and where they come from:
 * - Seed 002 (IOM MGI profile 2022): the Centre for Employment of Citizens Abroad (CECA), its
 *   offices in Bishkek and Osh and the Migrant.kg site; consular registration (over three months
 *   abroad → register within 15 days, e-mail/fax if no mission is reachable); EAEU free movement
 *   of labour since August 2015 without work permits or quotas; Law No. 4 on External Labour
 *   Migration (dignity/health/life clause, embassies and consulates protect rights); CECA makes
 *   licensed agencies help workers return or find another job; the EAEU pension agreement ratified
 *   in July 2020 (participation in the host country's pension system, portability of pensions);
 *   National Bank remittance courses; the Migrant Ishker pilot (GIZ, 2019); help for trafficking
 *   victims in Kyrgyzstan.
 * - Seed 004 (2013 roundtable): agencies must hold a licence that is renewed; contracts should be
 *   translated into the migrant's language.
 * - Seed 003: the CECA offices in Bishkek and Osh also serve returning migrants.
 * - General knowledge an editor should confirm: the ILO fair-recruitment principle that workers pay
 *   no recruitment fees; forced-labour and trafficking indicators (ILO, 2012); registration of the
 *   place of stay in destination countries (rules differ by country); 112 as an emergency number;
 *   safe money-transfer advice.
 */

/** Joins blocks (paragraphs or lists) with a blank line. */
function md(...blocks: string[]): string {
	return blocks.join('\n\n');
}

/** A bullet list: one "- " line per item. */
function list(...items: string[]): string {
	return items.map((item) => `- ${item}`).join('\n');
}

const CENTRE = {
	ky: 'Жарандарды чет өлкөлөргө жумушка орноштуруу борбору',
	ru: 'Центр трудоустройства граждан за рубежом',
	en: 'Centre for Employment of Citizens Abroad'
} as const;

export const COURSES: CourseSeed[] = [
	{
		slug: 'rights-and-duties-abroad',
		title: {
			ky: 'Чет өлкөдөгү укуктарыңыз жана милдеттериңиз',
			ru: 'Ваши права и обязанности за рубежом',
			en: 'Your rights and duties abroad'
		},
		summary: {
			ky: 'Чет өлкөгө иштегени бара жаткан кыргызстандыктар үчүн жолго чыгар алдындагы даярдык: кантип мыйзамдуу жол менен кетүү, келгенде каттоого туруу, жумушта укуктарыңызды коргоо, жардамды кайдан алуу жана мекенге аман-эсен кайтуу.',
			ru: 'Предвыездная подготовка для граждан Кыргызстана, которые едут работать за рубеж: как уехать законным путём, встать на учёт по приезде, защитить свои права на работе, где искать помощь и как благополучно вернуться домой.',
			en: 'Pre-departure orientation for people from Kyrgyzstan who are going to work abroad: how to leave through legal channels, register when you arrive, protect your rights at work, find help, and come home safely.'
		},
		source: {
			document: '002_50f2aea91ede881b.txt',
			title: 'Migration Governance Indicators Second Profile 2022 – The Kyrgyz Republic (IOM)'
		},
		modules: [
			// 1. Legal channels
			{
				title: {
					ky: 'Мыйзамдуу жол менен кетүү',
					ru: 'Законный путь к работе за рубежом',
					en: 'Going through legal channels'
				},
				body: {
					ky: md(
						'**Чет өлкөгө иштегени мыйзамдуу жол менен гана барыңыз.** Мыйзамдуу жол сизди коргойт, ал эми мыйзамсыз жол акчаңызды, ден соолугуңузду жана эркиндигиңизди коркунучка салат.',
						'Эмнеден баштоо керек:',
						list(
							`Мамлекеттик **${CENTRE.ky}** маалымат жана кеңеш берет. Анын Бишкекте жана Ошто кеңселери бар, ал эми Migrant.kg сайты кыргыз жана орус тилдеринде иштейт.`,
							'Жеке жумушка орноштуруу агенттигинин **жарактуу лицензиясы** болушу керек. Лицензияны көрсөтүүнү сураңыз, анын номерин жана агенттиктин толук аталышын жазып алып, Сапардан же Борбордон текшериңиз.'
						),
						'**Жумуш үчүн сиз акча төлөөгө милдеттүү эмессиз.** Эл аралык эмгек стандарттары боюнча жумушчуну жалдоонун чыгымдарын жумушчу эмес, иш берүүчү төлөйт. Жумушту же визаны «кепилдөө» үчүн чоң сумма сурашса же төлөмдү келечектеги айлыгыңыздан кармап калууну сунушташса, сак болуңуз.',
						'**Кол коёрдон мурун келишимди текшериңиз.** Ал сиз түшүнгөн тилде болушу керек. Анда булар жазылышы керек:',
						list('иш берүүчүнүн аталышы жана дареги;', 'сиздин жумушуңуз, эмгек акыңыз жана иш убактыңыз;', 'турак жай жана жол киреңизди ким төлөй турганы.'),
						'Кол коюлган нускаңызды жана анын сүрөтүн сактап коюңуз.',
						'**Паспортуңуз — өзүңүздүкү.** Аны агенттикке же иш берүүчүгө сактоого бербеңиз. Үй-бүлөңүзгө паспортуңуздун көчүрмөсүн жана иш берүүчүнүн дарегин калтырыңыз.'
					),
					ru: md(
						'**Уезжайте на работу только законным путём.** Законный путь защищает вас, а незаконный ставит под угрозу ваши деньги, здоровье и свободу.',
						'С чего начать:',
						list(
							`Государственный **${CENTRE.ru}** даёт информацию и советы. Его офисы есть в Бишкеке и Оше, а сайт Migrant.kg работает на кыргызском и русском языках.`,
							'Частное агентство занятости должно иметь **действующую лицензию**. Попросите её показать, запишите номер лицензии и полное название агентства и проверьте его на Сапаре или в Центре.'
						),
						'**Вы не обязаны платить за работу.** По международным трудовым стандартам расходы на наём работника несёт работодатель, а не работник. Будьте осторожны, если с вас просят крупную сумму, чтобы «гарантировать» работу или визу, или хотят удержать плату из будущей зарплаты.',
						'**Проверьте договор до подписания.** Он должен быть на понятном вам языке. В нём должны быть:',
						list('название и адрес работодателя;', 'ваша работа, зарплата и рабочее время;', 'жильё и то, кто платит за дорогу.'),
						'Сохраните свой подписанный экземпляр и его фото.',
						'**Ваш паспорт принадлежит вам.** Не отдавайте его на хранение агентству или работодателю. Оставьте семье копию паспорта и адрес работодателя.'
					),
					en: md(
						'**Go abroad for work only through legal channels.** A legal way protects you; an illegal way puts your money, your health and your freedom at risk.',
						'Where to start:',
						list(
							`The state **${CENTRE.en}** gives information and advice. It has offices in Bishkek and Osh, and its website Migrant.kg is in Kyrgyz and Russian.`,
							'A private recruitment agency must have a **valid licence**. Ask to see it, write down the licence number and the agency’s full name, and check it on Sapar or with the Centre.'
						),
						'**You should not have to pay for a job.** Under international labour standards, the employer pays the costs of hiring a worker, not the worker. Be careful if someone asks for a large sum to “guarantee” a job or a visa, or wants to take the fee from your future wages.',
						'**Check the contract before you sign.** It must be in a language you understand. It should state:',
						list('the employer’s name and address;', 'your job, your wage and your working hours;', 'housing, and who pays for your travel.'),
						'Keep your signed copy and a photo of it.',
						'**Your passport belongs to you.** Do not give it to an agency or an employer to keep. Leave a copy of your passport and the employer’s address with your family.'
					)
				},
				videoUrl: null,
				quiz: [
					{
						question: {
							ky: 'Чет өлкөдө иштөө тууралуу ишенимдүү маалыматты кайдан алса болот?',
							ru: 'Где можно получить надёжную информацию о работе за рубежом?',
							en: 'Where can you get reliable information about working abroad?'
						},
						options: [
							{
								ky: `Мамлекеттик ${CENTRE.ky}нан`,
								ru: `В государственном Центре трудоустройства граждан за рубежом`,
								en: `From the state ${CENTRE.en}`
							},
							{
								ky: 'Социалдык тармакта жумуш жарнамалаган каалаган адамдан',
								ru: 'У любого, кто рекламирует работу в соцсетях',
								en: 'From anyone who advertises jobs on social media'
							},
							{
								ky: 'Лицензиясы жок, бирок баасы арзан агенттиктен',
								ru: 'В агентстве без лицензии, зато с низкими ценами',
								en: 'From an agency with no licence but low prices'
							}
						],
						correct: 0
					},
					{
						question: {
							ky: 'Эл аралык эмгек стандарттары боюнча жумушчуну жалдоонун чыгымдарын ким төлөшү керек?',
							ru: 'Кто по международным трудовым стандартам должен оплачивать расходы на наём работника?',
							en: 'Under international labour standards, who should pay the costs of hiring a worker?'
						},
						options: [
							{
								ky: 'Жумушчу өзү, келечектеги айлыгынан',
								ru: 'Сам работник, из будущей зарплаты',
								en: 'The worker, out of future wages'
							},
							{
								ky: 'Жумушчунун үй-бүлөсү',
								ru: 'Семья работника',
								en: 'The worker’s family'
							},
							{
								ky: 'Иш берүүчү',
								ru: 'Работодатель',
								en: 'The employer'
							}
						],
						correct: 2
					},
					{
						question: {
							ky: 'Эмгек келишимине кол коёрдон мурун эмне кылуу керек?',
							ru: 'Что нужно сделать перед тем, как подписать трудовой договор?',
							en: 'What should you do before you sign a work contract?'
						},
						options: [
							{
								ky: 'Жумуштан куру калбаш үчүн окубай эле тез кол коюу',
								ru: 'Быстро подписать не читая, чтобы не упустить работу',
								en: 'Sign quickly without reading, so you do not lose the job'
							},
							{
								ky: 'Келишим түшүнгөн тилиңизде экенин текшерип, кол коюлган нускасын өзүңүздө сактоо',
								ru: 'Проверить, что договор на понятном вам языке, и оставить себе подписанный экземпляр',
								en: 'Check that it is in a language you understand, and keep a signed copy for yourself'
							},
							{
								ky: 'Жалгыз нускасын агенттикке калтыруу',
								ru: 'Оставить единственный экземпляр агентству',
								en: 'Leave the only copy with the agency'
							}
						],
						correct: 1
					}
				]
			},

			// 2. Arriving and registering
			{
				title: {
					ky: 'Келгенде каттоого туруу',
					ru: 'Приезд и регистрация',
					en: 'Arriving and registering'
				},
				body: {
					ky: md(
						'**Келгенде ошол өлкөдө болушуңуз мыйзамдуу болушу керек.** Көп көйгөйлөр документтер толук эмес болгондон башталат.',
						'**Барган өлкөдө каттоого туруу.** Көпчүлүк өлкөлөрдө чет элдик келгенден кийин белгиленген мөөнөттүн ичинде жашаган жерин миграциялык органдарда каттатышы керек. Эрежелер жана мөөнөттөр ар бир өлкөдө башкача, ошондуктан аларды жолго чыгардан мурун билип алыңыз — мисалы, Migrant.kg сайтынан же Сапардагы өлкөлөр боюнча колдонмолордон. Каттоо кагазын паспортуңуз менен бирге сактаңыз.',
						'**Кыргызстандын консулдугунда каттоого туруу.** Эгер чет өлкөдө **үч айдан ашык** болсоңуз, **келгенден кийин 15 күндүн ичинде** Кыргызстандын элчилигинде же консулдугунда каттоого турушуңуз керек. Элчиликтер жана консулдуктар бул каттоонун негизинде кырдаал оорлошкондо жарандарга жардам беришет. Аларга жетүү мүмкүн болбосо, Кыргызстандын өкмөтүнө электрондук почта же факс аркылуу кабарласаңыз болот.',
						'**Евразиялык экономикалык биримдикте (ЕАЭБ) иштөө.** Кыргызстан 2015-жылдын августунан бери ЕАЭБдин мүчөсү. Ошондуктан:',
						list(
							'Россияда жана Казакстанда, ошондой эле Арменияда жана Беларуста **иштөөгө уруксат же патент алуунун кереги жок**;',
							'чет элдик жумушчуларга коюлган квоталар сизге колдонулбайт.'
						),
						'Бирок кирүү жана болуу боюнча башка эрежелер, анын ичинде каттоо, сакталат. ЕАЭБден тышкаркы өлкөлөрдө, адатта, иштөө үчүн атайын уруксат керек.'
					),
					ru: md(
						'**По приезде ваше пребывание в стране должно быть законным.** Многие проблемы начинаются с того, что не в порядке документы.',
						'**Регистрация в стране приезда.** В большинстве стран иностранец должен в установленный срок после приезда зарегистрировать место пребывания в миграционных органах. Правила и сроки в каждой стране свои, поэтому узнайте их до отъезда — например, на сайте Migrant.kg или в путеводителях по странам на Сапаре. Храните документ о регистрации вместе с паспортом.',
						'**Учёт в консульстве Кыргызстана.** Если вы находитесь за рубежом **больше трёх месяцев**, вы должны встать на учёт в посольстве или консульстве Кыргызстана **в течение 15 дней после приезда**. По этому учёту посольства и консульства помогают гражданам в кризисных ситуациях. Если до них не добраться, можно сообщить правительству Кыргызстана по электронной почте или факсу.',
						'**Работа в Евразийском экономическом союзе (ЕАЭС).** Кыргызстан — член ЕАЭС с августа 2015 года. Поэтому:',
						list(
							'в России и Казахстане, а также в Армении и Беларуси **не нужно получать разрешение на работу или патент**;',
							'квоты для иностранных работников на вас не распространяются.'
						),
						'Но другие правила въезда и пребывания, в том числе регистрация, продолжают действовать. В странах за пределами ЕАЭС для работы обычно нужно специальное разрешение.'
					),
					en: md(
						'**When you arrive, your stay must be legal.** Many problems start with papers that are not in order.',
						'**Registration in the destination country.** In most countries a foreigner must register their place of stay with the migration authorities within a set time after arrival. The rules and deadlines differ from country to country, so find them out before you leave — for example, on Migrant.kg or in the country guides on Sapar. Keep your registration paper together with your passport.',
						'**Registration with the Kyrgyz consulate.** If you stay abroad for **more than three months**, you must register with an embassy or consulate of Kyrgyzstan **within 15 days of arrival**. Embassies and consulates use these records to help citizens in a crisis. If you cannot reach one, you may inform the Kyrgyz government by e-mail or fax.',
						'**Working in the Eurasian Economic Union (EAEU).** Kyrgyzstan has been a member of the EAEU since August 2015. Because of this:',
						list(
							'in Russia and Kazakhstan, and also in Armenia and Belarus, you **do not need a work permit or a patent**;',
							'quotas for foreign workers do not apply to you.'
						),
						'But the other rules of entry and stay, including registration, still apply. In countries outside the EAEU you usually need a special permission to work.'
					)
				},
				videoUrl: null,
				quiz: [
					{
						question: {
							ky: 'Сиз чет өлкөдө үч айдан ашык болосуз. Кыргызстандын элчилигинде же консулдугунда качанга чейин каттоого турушуңуз керек?',
							ru: 'Вы будете за рубежом больше трёх месяцев. В какой срок нужно встать на учёт в посольстве или консульстве Кыргызстана?',
							en: 'You will stay abroad for more than three months. By when must you register with a Kyrgyz embassy or consulate?'
						},
						options: [
							{
								ky: 'Бир жылдын ичинде',
								ru: 'В течение года',
								en: 'Within one year'
							},
							{
								ky: 'Келгенден кийин 15 күндүн ичинде',
								ru: 'В течение 15 дней после приезда',
								en: 'Within 15 days of arrival'
							},
							{
								ky: 'Мекенге кайтып келгенде гана',
								ru: 'Только когда вернётесь домой',
								en: 'Only when you come back home'
							}
						],
						correct: 1
					},
					{
						question: {
							ky: 'Кыргызстандын жаранына Россияда же Казакстанда иштөө үчүн патент керекпи?',
							ru: 'Нужен ли гражданину Кыргызстана патент для работы в России или Казахстане?',
							en: 'Does a citizen of Kyrgyzstan need a patent to work in Russia or Kazakhstan?'
						},
						options: [
							{
								ky: 'Жок: 2015-жылдан бери ЕАЭБдин жарандарына иштөөгө уруксат же патент керек эмес',
								ru: 'Нет: с 2015 года гражданам ЕАЭС не нужны разрешение на работу или патент',
								en: 'No: since 2015 EAEU citizens need no work permit or patent'
							},
							{
								ky: 'Ооба, ар дайым керек',
								ru: 'Да, всегда',
								en: 'Yes, always'
							},
							{
								ky: 'Бир айдан ашык иштесеңиз гана керек',
								ru: 'Только если работать больше месяца',
								en: 'Only if you work for more than one month'
							}
						],
						correct: 0
					},
					{
						question: {
							ky: 'Барган өлкөдө каттоого туруу жөнүндө эмнеси туура?',
							ru: 'Что верно о регистрации в стране приезда?',
							en: 'What is true about registration in the destination country?'
						},
						options: [
							{
								ky: 'ЕАЭБдин жарандарына каттоо такыр керек эмес',
								ru: 'Гражданам ЕАЭС регистрация вообще не нужна',
								en: 'EAEU citizens never need to register'
							},
							{
								ky: 'Документтер иш берүүчүгө гана керек, жумушчуга керек эмес',
								ru: 'Документы нужны только работодателю, а не работнику',
								en: 'Only the employer needs papers, not the worker'
							},
							{
								ky: 'Эрежелер жана мөөнөттөр ар бир өлкөдө башкача, ошондуктан аларды жолго чыгардан мурун билип алуу керек',
								ru: 'Правила и сроки в каждой стране свои, поэтому их нужно узнать до отъезда',
								en: 'The rules and deadlines differ by country, so find them out before you leave'
							}
						],
						correct: 2
					}
				]
			},

			// 3. Rights at work and help
			{
				title: {
					ky: 'Жумуштагы укуктарыңыз жана жардамды кайдан алуу',
					ru: 'Ваши права на работе и где искать помощь',
					en: 'Your rights at work and where to get help'
				},
				body: {
					ky: md(
						'**Укуктарыңыз сиз менен кошо барат.** Кыргызстандын тышкы эмгек миграциясы жөнүндө мыйзамы мигрант-жумушчуларды адамдык кадыр-баркын кемсинткен, ден соолугуна зыян келтирген же өмүрүнө коркунуч туудурган шарттарда жалдоого тыюу салат.',
						'**Эгер эмгек акы төлөнбөсө:**',
						list(
							'далил чогултуңуз: келишим, эмгек акы боюнча эсеп баракчалары, жазышуулар, сүрөттөр, жетекчиңиздин жана кесиптештериңиздин аты-жөнү, иштеген күндөрүңүздүн жана сааттарыңыздын эсеби;',
							'акчаны жазуу жүзүндө талап кылып, көчүрмөсүн сактаңыз;',
							'эгер сизди лицензиясы бар агенттик жиберсе, ал сизге мекенге кайтууга же башка жумуш табууга жардам бериши керек.'
						),
						'**Паспортуңуз.** Иш берүүчү аны карап же көчүрмөсүн алса болот, бирок өзүндө калтырбашы керек. Документтерди тартып алуу — мажбурлап иштетүүнүн негизги белгилеринин бири.',
						'**Адам сатуунун коркунучтуу белгилери:**',
						list(
							'чыныгы жумуш убада кылынгандан башка болуп чыгат;',
							'паспортуңузду же телефонуңузду тартып алышат;',
							'карызыңыз бар дешет жана ал улам өсө берет;',
							'сизди камап коюшат, коркутушат же кетирбей коюшат.'
						),
						'**Жардамды кайдан алса болот:**',
						list(
							'**Кыргызстандын элчилиги же консулдугу** — мыйзам боюнча чет өлкөдөгү жарандар укуктарын коргоо үчүн аларга кайрыла алышат;',
							'сиз жүргөн өлкөнүн полициясы жана ишеним телефондору — аларды Сапардагы жардам маалымдамасынан табыңыз;',
							'өмүргө коркунуч туулганда **112** номерине чалыңыз — бул көп өлкөлөрдө жалпы шашылыш жардам номери.'
						),
						'Жолго чыгардан мурун бул байланыштарды телефонуңузга сактап алыңыз.'
					),
					ru: md(
						'**Ваши права едут вместе с вами.** Закон Кыргызстана о внешней трудовой миграции запрещает нанимать трудящихся-мигрантов в условиях, которые унижают человеческое достоинство, вредят здоровью или угрожают жизни.',
						'**Если вам не платят зарплату:**',
						list(
							'соберите доказательства: договор, расчётные листки, переписку, фото, имена начальника и коллег, записи о днях и часах, которые вы отработали;',
							'потребуйте деньги письменно и сохраните копию;',
							'если вас отправило лицензированное агентство, оно обязано помочь вам вернуться домой или найти другую работу.'
						),
						'**Ваш паспорт.** Работодатель может посмотреть его или снять копию, но не должен оставлять у себя. Изъятие документов — один из главных признаков принудительного труда.',
						'**Тревожные признаки торговли людьми:**',
						list(
							'настоящая работа отличается от обещанной;',
							'у вас забирают паспорт или телефон;',
							'вам говорят, что вы должны, и долг всё растёт;',
							'вас запирают, вам угрожают или вас не отпускают.'
						),
						'**Где искать помощь:**',
						list(
							'**посольство или консульство Кыргызстана** — по закону граждане за рубежом могут обращаться туда за защитой своих прав;',
							'полиция и горячие линии страны, где вы находитесь, — их можно найти в справочнике помощи на Сапаре;',
							'если жизни угрожает опасность, звоните **112** — это общий номер экстренных служб во многих странах.'
						),
						'Сохраните эти контакты в телефоне до отъезда.'
					),
					en: md(
						'**Your rights travel with you.** Kyrgyzstan’s law on external labour migration forbids hiring migrant workers in conditions that humiliate their dignity, harm their health or threaten their lives.',
						'**If you are not paid:**',
						list(
							'collect proof: your contract, pay slips, messages, photos, the names of your boss and co-workers, and a record of the days and hours you worked;',
							'ask for the money in writing and keep a copy;',
							'if a licensed agency sent you, it must help you to return home or to find another job.'
						),
						'**Your passport.** An employer may look at it or copy it, but must not keep it. Taking away a worker’s documents is one of the main signs of forced labour.',
						'**Warning signs of human trafficking:**',
						list(
							'the real work is different from what you were promised;',
							'your passport or phone is taken away;',
							'you are told you owe a debt that keeps growing;',
							'you are locked in, threatened or not allowed to leave.'
						),
						'**Where to get help:**',
						list(
							'the **embassy or consulate of Kyrgyzstan** — by law, citizens abroad can turn to it to protect their rights;',
							'the police and hotlines of the country you are in — find them in the help directory on Sapar;',
							'if a life is in danger, call **112** — the common emergency number in many countries.'
						),
						'Save these contacts in your phone before you leave.'
					)
				},
				videoUrl: null,
				quiz: [
					{
						question: {
							ky: 'Иш берүүчү эмгек акыңызды төлөбөй жатат. Эмне кылуу туура?',
							ru: 'Работодатель не платит вам зарплату. Как правильно поступить?',
							en: 'Your employer does not pay your wages. What is the right thing to do?'
						},
						options: [
							{
								ky: 'Эч кимге эч нерсе айтпай кетип калуу',
								ru: 'Уйти, никому ничего не сказав',
								en: 'Leave without telling anyone'
							},
							{
								ky: 'Акы төлөндү деген кагазга кол коюу',
								ru: 'Подписать бумагу о том, что вам заплатили',
								en: 'Sign a paper saying you have been paid'
							},
							{
								ky: 'Далил чогултуп, акчаны жазуу жүзүндө талап кылуу',
								ru: 'Собрать доказательства и потребовать деньги письменно',
								en: 'Collect proof and ask for the money in writing'
							}
						],
						correct: 2
					},
					{
						question: {
							ky: 'Булардын кайсынысы мажбурлап иштетүүнүн же адам сатуунун белгиси?',
							ru: 'Что из этого — признак принудительного труда или торговли людьми?',
							en: 'Which of these is a sign of forced labour or human trafficking?'
						},
						options: [
							{
								ky: 'Келишимдин көчүрмөсүн алдыңыз',
								ru: 'Вам дали копию договора',
								en: 'You were given a copy of your contract'
							},
							{
								ky: 'Иш берүүчү паспортуңузду алып, кайтарып бербей жатат',
								ru: 'Работодатель забрал ваш паспорт и не возвращает его',
								en: 'Your employer took your passport and will not give it back'
							},
							{
								ky: 'Эмгек акыңызды ай сайын аласыз',
								ru: 'Вы получаете зарплату каждый месяц',
								en: 'You are paid every month'
							}
						],
						correct: 1
					},
					{
						question: {
							ky: 'Чет өлкөдөгү Кыргызстандын жарандары укуктарын коргоо үчүн кимге кайрыла алышат?',
							ru: 'Куда граждане Кыргызстана за рубежом могут обратиться за защитой своих прав?',
							en: 'Where can Kyrgyz citizens abroad turn to protect their rights?'
						},
						options: [
							{
								ky: 'Кыргызстандын элчилигине же консулдугуна',
								ru: 'В посольство или консульство Кыргызстана',
								en: 'To the embassy or consulate of Kyrgyzstan'
							},
							{
								ky: 'Иш берүүчүгө гана',
								ru: 'Только к работодателю',
								en: 'Only to the employer'
							},
							{
								ky: 'Эч кимге — чет өлкөдө укугуңуз жок',
								ru: 'Никуда — за рубежом у вас нет прав',
								en: 'Nowhere — abroad you have no rights'
							}
						],
						correct: 0
					}
				]
			},

			// 4. Coming home
			{
				title: {
					ky: 'Мекенге кайтуу',
					ru: 'Возвращение домой',
					en: 'Coming home'
				},
				body: {
					ky: md(
						'**Мекенге кайтууну чет өлкөдөгү биринчи күндөн баштап пландаңыз.**',
						'**Акча.** Үйгө акчаны банк же расмий акча которуу кызматтары аркылуу жөнөтүп, квитанцияларды сактаңыз. Бейтааныш адамдарга же «арзаныраак» жолду убада кылгандарга накталай акча бербеңиз. Картаңыздын же акча которуунун кодун жана сырсөзүн эч кимге айтпаңыз. Акча эмнеге жумшала турганын үй-бүлөңүз менен макулдашып, бир бөлүгүн сактап калууга аракет кылыңыз. Кыргыз Республикасынын Улуттук банкы мигранттар жөнөткөн акчаны кантип пайдалануу боюнча онлайн курстарды жана видеолорду сунуштайт.',
						'**Пенсия.** 2020-жылдын июлунда Кыргызстан ЕАЭБге мүчө мамлекеттердин эмгекчилерин пенсия менен камсыздоо жөнүндө келишимди ратификациялаган. ЕАЭБдин башка өлкөсүндө — Россияда, Казакстанда, Арменияда же Беларуста — иштесеңиз, ошол өлкөнүн пенсиялык системасына катышасыз, ал эми топтогон пенсиялык укуктарыңыз мекенге кайтканда жоголбойт. Келишим менен расмий иштеңиз, келишимдериңизди жана эмгек акы боюнча эсеп баракчаларыңызды сактаңыз: алар кайда жана канча убакыт иштегениңизди далилдейт. Бул сизге кандай тиешелүү экенин Кыргыз Республикасынын Социалдык фондунан тактаңыз.',
						'**Кайтып келгенден кийинки жардам:**',
						list(
							`Бишкектеги жана Оштогу ${CENTRE.ky} кайтып келген мигранттарга да маалымат жана кеңеш берет;`,
							'2019-жылы кайтып келген мигранттарды кесиптик көндүмдөргө, анын ичинде өз ишин ачууга үйрөтүү үчүн «Мигрант Ишкер» долбоору башталган — ал азыр иштеп жатабы, Борбордон сураңыз.'
						),
						'Чет өлкөдө алган тажрыйбаңыз мекенде да баалуу.'
					),
					ru: md(
						'**Планируйте возвращение с первого дня за рубежом.**',
						'**Деньги.** Отправляйте деньги домой через банки и официальные системы денежных переводов и сохраняйте квитанции. Не отдавайте наличные незнакомым людям или тем, кто обещает «более дешёвый» способ. Никому не сообщайте коды и пароли от карты и переводов. Договоритесь с семьёй, на что пойдут деньги, и старайтесь откладывать часть. Национальный банк Кыргызской Республики предлагает онлайн-курсы и видео о том, как распоряжаться денежными переводами.',
						'**Пенсия.** В июле 2020 года Кыргызстан ратифицировал Соглашение о пенсионном обеспечении трудящихся государств — членов ЕАЭС. Если вы работаете в другой стране ЕАЭС — России, Казахстане, Армении или Беларуси, — вы участвуете в пенсионной системе этой страны, а заработанные пенсионные права не пропадают, когда вы возвращаетесь домой. Работайте официально, по договору, и храните договоры и расчётные листки: они подтверждают, где и сколько вы работали. Как это касается вас, уточните в Социальном фонде Кыргызской Республики.',
						'**Помощь после возвращения:**',
						list(
							'Центр трудоустройства граждан за рубежом в Бишкеке и Оше информирует и консультирует и вернувшихся мигрантов;',
							'в 2019 году начался проект «Мигрант Ишкер», который обучает вернувшихся мигрантов профессиональным навыкам, в том числе для открытия своего дела, — спросите в Центре, действует ли он сейчас.'
						),
						'Опыт, полученный за рубежом, ценен и дома.'
					),
					en: md(
						'**Plan your return from your first day abroad.**',
						'**Money.** Send money home through banks and official money transfer services, and keep the receipts. Do not give cash to strangers or to people who promise a “cheaper” way. Never tell anyone the codes or passwords for your card or your transfers. Agree with your family what the money will be used for, and try to save part of it. The National Bank of the Kyrgyz Republic offers online courses and videos on how to use the money migrants send home.',
						'**Pension.** In July 2020 Kyrgyzstan ratified the Agreement on Pension Provision of Workers of the EAEU Member States. If you work in another EAEU country — Russia, Kazakhstan, Armenia or Belarus — you take part in that country’s pension system, and the pension rights you earn are not lost when you come home. Work officially, with a contract, and keep your contracts and pay slips: they show where and how long you worked. Ask the Social Fund of the Kyrgyz Republic how this applies to you.',
						'**Help after you return:**',
						list(
							`the ${CENTRE.en} in Bishkek and Osh also gives information and advice to migrants who have come back;`,
							'in 2019 the Migrant Ishker project began training returning migrants in work skills, including for starting their own business — ask the Centre whether it is running now.'
						),
						'The experience you gained abroad is valuable at home, too.'
					)
				},
				videoUrl: null,
				quiz: [
					{
						question: {
							ky: 'Сиз Россияда расмий иштедиңиз. ЕАЭБдин пенсиялык келишими боюнча пенсиялык укуктарыңыз эмне болот?',
							ru: 'Вы официально работали в России. Что будет с вашими пенсионными правами по пенсионному соглашению ЕАЭС?',
							en: 'You worked officially in Russia. Under the EAEU pension agreement, what happens to your pension rights?'
						},
						options: [
							{
								ky: 'Алар сакталат жана мекенге кайтканда жоголбойт',
								ru: 'Они сохраняются и не пропадают после возвращения домой',
								en: 'They are kept and are not lost when you come home'
							},
							{
								ky: 'Чек арадан өткөндө жоголот',
								ru: 'Пропадают, когда вы пересекаете границу',
								en: 'They are lost when you cross the border'
							},
							{
								ky: 'Иш берүүчүгө өтүп кетет',
								ru: 'Переходят к работодателю',
								en: 'They go to the employer'
							}
						],
						correct: 0
					},
					{
						question: {
							ky: 'Үйгө акча жөнөтүүнүн эң коопсуз жолу кайсы?',
							ru: 'Какой способ отправить деньги домой самый безопасный?',
							en: 'What is the safest way to send money home?'
						},
						options: [
							{
								ky: 'Кыргызстанга бара жаткан бейтааныш адамга накталай берүү',
								ru: 'Передать наличные незнакомому человеку, который едет в Кыргызстан',
								en: 'Give cash to a stranger who is travelling to Kyrgyzstan'
							},
							{
								ky: 'Акча которуунун кодун сураган адамдын баарына айтуу',
								ru: 'Сообщать код перевода каждому, кто спросит',
								en: 'Tell the transfer code to anyone who asks'
							},
							{
								ky: 'Банк же расмий акча которуу кызматы аркылуу жөнөтүп, квитанцияны сактоо',
								ru: 'Отправить через банк или официальную систему переводов и сохранить квитанцию',
								en: 'Use a bank or an official transfer service and keep the receipt'
							}
						],
						correct: 2
					},
					{
						question: {
							ky: 'Кайтып келген мигранттар маалымат жана кеңешти кайдан ала алышат?',
							ru: 'Где вернувшиеся мигранты могут получить информацию и совет?',
							en: 'Where can migrants who have come back get information and advice?'
						},
						options: [
							{
								ky: 'Эч жерден — жардам кетип жаткандарга гана берилет',
								ru: 'Нигде — помощь есть только для уезжающих',
								en: 'Nowhere — help is only for people who are leaving'
							},
							{
								ky: `Бишкектеги жана Оштогу ${CENTRE.ky}нан`,
								ru: 'В Центре трудоустройства граждан за рубежом в Бишкеке и Оше',
								en: `At the ${CENTRE.en} in Bishkek and Osh`
							},
							{
								ky: 'Чет өлкөдөгү мурдагы иш берүүчүдөн гана',
								ru: 'Только у бывшего работодателя за рубежом',
								en: 'Only from the former employer abroad'
							}
						],
						correct: 1
					}
				]
			}
		]
	}
];
