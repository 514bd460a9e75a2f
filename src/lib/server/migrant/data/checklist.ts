import type { Translated } from '#lib/i18n';
import type { SectionKind } from '../../portal/data/types';

/** Pre-departure checklist items. `countries` limits an item to some destinations (all when absent). */
export interface ChecklistItemSeed {
	code: string;
	title: Translated;
	hint: Translated;
	/** the guide section that explains it */
	section: SectionKind;
	countries?: string[];
}

export const CHECKLIST: ChecklistItemSeed[] = [
	{
		code: 'passport',
		section: 'entry',
		title: { ky: 'Паспортум жарактуу', ru: 'Паспорт действителен', en: 'My passport is valid' },
		hint: {
			ky: 'Паспорт бүт жашоо мөөнөтүңүзгө жарактуу болушу керек. Көчүрмөсүн үйдө калтырыңыз.',
			ru: 'Паспорт должен действовать весь срок поездки. Оставьте копию дома.',
			en: 'The passport must be valid for your whole stay. Leave a copy at home.'
		}
	},
	{
		code: 'recruiter',
		section: 'work',
		title: { ky: 'Жумушка орноштуруучунун лицензиясын текшердим', ru: 'Я проверил(а) лицензию агентства', en: 'I checked that the recruiter is licensed' },
		hint: {
			ky: 'Лицензиясы бар агенттик же мамлекеттик программа (ЖЧЖОБ) аркылуу гана барыңыз.',
			ru: 'Уезжайте только через лицензированное агентство или государственную программу (Центр трудоустройства граждан за рубежом).',
			en: 'Go only through a licensed agency or a state programme (the Centre for Employment of Citizens Abroad).'
		}
	},
	{
		code: 'contract',
		section: 'work',
		title: { ky: 'Келишимди окудум, көчүрмөсү менде', ru: 'Договор прочитан, копия у меня', en: 'I read my contract and have a copy' },
		hint: {
			ky: 'Келишим сиз түшүнгөн тилде болсун: айлык, иш убактысы, турак жай, төлөмдөр. Жумушка орноштуруу үчүн акы төлөбөңүз.',
			ru: 'Договор должен быть на понятном вам языке: зарплата, часы, жильё, удержания. За трудоустройство платить не нужно.',
			en: 'The contract must be in a language you read: wage, hours, housing, deductions. You should not pay to be recruited.'
		}
	},
	{
		code: 'medical',
		section: 'health',
		title: { ky: 'Медициналык кароодон өттүм', ru: 'Прошёл(а) медосмотр', en: 'I had the medical examination' },
		hint: {
			ky: 'Көп өлкөлөр иш уруксаты үчүн медициналык маалымкат талап кылат.',
			ru: 'Многие страны требуют медицинскую справку для разрешения на работу.',
			en: 'Many countries require a medical certificate for a work permit.'
		}
	},
	{
		code: 'insurance',
		section: 'health',
		title: { ky: 'Медициналык камсыздандыруум бар', ru: 'У меня есть медицинская страховка', en: 'I have health insurance' },
		hint: {
			ky: 'Полистин номерин жана телефонун жазып алыңыз.',
			ru: 'Запишите номер полиса и телефон страховой компании.',
			en: 'Write down the policy number and the insurer’s phone number.'
		}
	},
	{
		code: 'training',
		section: 'rights',
		title: { ky: 'Жолго чыгуудан мурунку окуудан өттүм', ru: 'Прошёл(а) подготовку перед отъездом', en: 'I took the pre-departure training' },
		hint: {
			ky: 'Укуктарыңыз, милдеттериңиз жана жардам кайдан алуу керектиги жөнүндө.',
			ru: 'О ваших правах, обязанностях и о том, где получить помощь.',
			en: 'About your rights, duties and where to get help.'
		}
	},
	{
		code: 'arrival_registration',
		section: 'registration',
		title: { ky: 'Келгенден кийин каттала турган мөөнөттү билем', ru: 'Знаю срок регистрации после приезда', en: 'I know the registration deadline after arrival' },
		hint: {
			ky: 'Өлкөгө жараша мөөнөт ар башка — колдонмону окуңуз.',
			ru: 'Срок зависит от страны — прочитайте путеводитель.',
			en: 'The deadline depends on the country — read the guide.'
		}
	},
	{
		code: 'consular_registration',
		section: 'rights',
		title: { ky: 'Консулдук каттоо жөнүндө билем', ru: 'Знаю о консульском учёте', en: 'I know about consular registration' },
		hint: {
			ky: 'Чет өлкөдө үч айдан ашык жүрсөңүз, келгенден кийин 15 күндүн ичинде консулдукка катталыңыз.',
			ru: 'Если вы за рубежом больше трёх месяцев, встаньте на консульский учёт в течение 15 дней после приезда.',
			en: 'If you stay abroad more than three months, register with the consulate within 15 days of arrival.'
		}
	},
	{
		code: 'emergency_contacts',
		section: 'emergency',
		title: { ky: 'Шашылыш байланыштарды сактадым', ru: 'Сохранил(а) экстренные контакты', en: 'I saved the emergency contacts' },
		hint: {
			ky: 'Элчиликтин телефону, жергиликтүү куткаруу кызматы, үй-бүлөңүздүн номери.',
			ru: 'Телефон посольства, местная служба спасения, номер семьи.',
			en: 'The embassy’s phone, the local emergency number, your family’s number.'
		}
	},
	{
		code: 'language_test',
		section: 'entry',
		countries: ['KR'],
		title: { ky: 'EPS-TOPIK корей тили сынагын тапшырдым', ru: 'Сдал(а) экзамен по корейскому EPS-TOPIK', en: 'I passed the EPS-TOPIK Korean test' },
		hint: {
			ky: 'EPS программасы аркылуу барыш үчүн талап кылынат.',
			ru: 'Требуется для поездки по программе EPS.',
			en: 'Required to go through the EPS programme.'
		}
	}
];

export const checklistFor = (iso2: string) => CHECKLIST.filter((item) => !item.countries || item.countries.includes(iso2));
