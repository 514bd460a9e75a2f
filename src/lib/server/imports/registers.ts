import { RETURN_NEEDS } from '#lib/returns';
import { SECTORS } from '#lib/recruitment';
import type { OrgKind } from '../access/roles';
import type { FieldDef } from './fields';
import type { RegisterId } from './imports.table';

/**
 * The registers an organisation can bring in (docs/decisions/0017): which kind of organisation owns
 * each, its fields with the header words that point at them (ky, ru, en and common variants), and its
 * natural key — what makes a re-import update a record instead of adding one.
 */
export interface RegisterDef {
	id: RegisterId;
	owners: OrgKind[];
	fields: FieldDef[];
	/** fields whose values together are the natural key (within the organisation) */
	key: string[];
}

const name: FieldDef = {
	key: 'full_name',
	kind: 'name',
	required: true,
	max: 200,
	aliases: [
		'ФИО',
		'Ф.И.О.',
		'фамилия имя отчество',
		'аты-жөнү',
		'аты жону',
		'толук аты',
		'full name',
		'name',
		'имя',
		'аты',
		'fio',
		'фио клиента',
		'name of citizen'
	]
};
const pin = (required: boolean): FieldDef => ({
	key: 'pin',
	kind: 'pin',
	required,
	aliases: [
		'ПИН',
		'персональный идентификационный номер',
		'ИНН',
		'жеке номер',
		'жеке идентификациялык номер',
		'ЖИН',
		'personal number',
		'personal id',
		'PIN',
		'INN',
		'идентификационный номер'
	]
});
const sex: FieldDef = { key: 'sex', kind: 'sex', aliases: ['пол', 'жынысы', 'жыныс', 'sex', 'gender', 'м/ж'] };
const birth: FieldDef = {
	key: 'birth_date',
	kind: 'birth_date',
	aliases: ['дата рождения', 'туулган күнү', 'туулган датасы', 'date of birth', 'birth date', 'DOB', 'д.р.', 'дата рожд']
};
const phone: FieldDef = {
	key: 'phone',
	kind: 'phone',
	aliases: [
		'телефон',
		'тел',
		'моб',
		'мобильный',
		'номер телефона',
		'телефон номери',
		'байланыш',
		'phone',
		'mobile',
		'tel',
		'contact phone',
		'контактный телефон'
	]
};
const region = (key: string, required: boolean, aliases: string[]): FieldDef => ({
	key,
	kind: 'region',
	required,
	aliases: [...aliases, 'область', 'облус', 'регион', 'region', 'oblast']
});

const CLIENT_STATUS_WORDS = {
	prospective: [
		'потенциальный мигрант',
		'желающий выехать',
		'планирует выезд',
		'чыгууну пландаган',
		'prospective migrant',
		'prospective',
		'кетүүчү',
		'выезжающий'
	],
	abroad: ['за рубежом', 'за границей', 'чет өлкөдө', 'abroad', 'мигрант'],
	returnee: ['вернувшийся', 'вернулся', 'возвратившийся', 'кайтып келген', 'returnee', 'returned']
};

const SECTOR_WORDS: Record<(typeof SECTORS)[number], string[]> = {
	agriculture: ['сельское хозяйство', 'айыл чарба', 'farming', 'агро'],
	construction: ['строительство', 'курулуш', 'стройка'],
	manufacturing: ['производство', 'өндүрүш', 'factory', 'завод'],
	hospitality: ['гостиничный бизнес', 'общепит', 'тамак-аш', 'hotel', 'restaurant', 'ресторан', 'мейманкана'],
	care: ['уход', 'кам көрүү', 'caregiving', 'сиделка'],
	transport: ['транспорт', 'водитель', 'айдоочу', 'driver'],
	retail: ['торговля', 'соода', 'trade', 'магазин'],
	cleaning: ['уборка', 'тазалоо', 'клининг'],
	other: ['другое', 'башка', 'прочее']
};

const NEED_WORDS: Record<(typeof RETURN_NEEDS)[number], string[]> = {
	job: ['работа', 'трудоустройство', 'жумуш', 'employment'],
	training: ['обучение', 'окуу', 'курсы'],
	business: ['бизнес', 'свое дело', 'ишкердик', 'грант'],
	psychological: ['психологическая помощь', 'психолог', 'психологиялык жардам'],
	legal: ['юридическая помощь', 'юрист', 'укуктук жардам'],
	other: ['другое', 'башка', 'прочее']
};

export const REGISTERS: Record<RegisterId, RegisterDef> = {
	clients: {
		id: 'clients',
		owners: ['employment_centre'],
		key: ['pin'],
		fields: [
			pin(true),
			name,
			sex,
			birth,
			phone,
			region('region', false, ['место жительства', 'жашаган жери', 'residence', 'район']),
			{ key: 'status', kind: 'choice', aliases: ['статус', 'категория', 'абалы', 'status', 'category'], choices: CLIENT_STATUS_WORDS },
			{ key: 'country', kind: 'country', aliases: ['страна назначения', 'страна', 'баруучу өлкө', 'өлкө', 'destination', 'country', 'destination country'] },
			{ key: 'sector', kind: 'choice', aliases: ['сфера', 'отрасль', 'тармак', 'sector', 'industry', 'сфера деятельности'], choices: SECTOR_WORDS },
			{
				key: 'registered_on',
				kind: 'date',
				aliases: ['дата обращения', 'дата регистрации', 'каттоо датасы', 'кайрылган күнү', 'registered', 'date registered', 'registration date', 'дата']
			}
		]
	},
	licences: {
		id: 'licences',
		owners: ['ministry'],
		key: ['licence_number'],
		fields: [
			{
				key: 'licence_number',
				kind: 'licence_number',
				required: true,
				max: 30,
				aliases: ['номер лицензии', 'лицензия №', 'лицензиянын номери', 'licence number', 'license number', 'licence no', '№ лицензии', 'лицензия']
			},
			{ key: 'tax_number', kind: 'tax_number', required: true, aliases: ['ИНН', 'ИНН организации', 'салык номери', 'tax number', 'TIN', 'INN'] },
			{
				key: 'agency_name',
				kind: 'text',
				required: true,
				max: 200,
				aliases: ['наименование', 'название агентства', 'агентство', 'агенттик', 'агенттиктин аталышы', 'agency', 'agency name', 'name', 'организация']
			},
			{ key: 'address', kind: 'text', required: true, max: 300, aliases: ['адрес', 'юридический адрес', 'дареги', 'address'] },
			{ key: 'agency_phone', kind: 'phone', aliases: ['телефон', 'тел', 'phone'] },
			{ key: 'email', kind: 'email', max: 200, aliases: ['email', 'e-mail', 'эл. почта', 'электронная почта', 'почта'] },
			{ key: 'issued_on', kind: 'date', required: true, aliases: ['дата выдачи', 'берилген күнү', 'issued', 'date of issue', 'issued on', 'выдана'] },
			{
				key: 'expires_on',
				kind: 'any_date',
				required: true,
				aliases: ['срок действия', 'действует до', 'дата окончания', 'мөөнөтү', 'expires', 'expiry', 'valid until', 'expires on']
			},
			{
				key: 'countries',
				kind: 'countries',
				required: true,
				max: 1000,
				aliases: ['страны', 'страны трудоустройства', 'өлкөлөр', 'countries', 'permitted countries']
			},
			{ key: 'deposit_amount', kind: 'amount', aliases: ['залог', 'депозит', 'сумма залога', 'күрөө', 'deposit', 'deposit amount'] },
			{ key: 'deposit_currency', kind: 'currency', aliases: ['валюта', 'валютасы', 'currency'] },
			{
				key: 'state',
				kind: 'choice',
				aliases: ['статус', 'состояние', 'абалы', 'status', 'state'],
				choices: {
					active: ['действует', 'действующая', 'активна', 'жарактуу', 'valid', 'active'],
					suspended: ['приостановлена', 'токтотулган', 'suspended'],
					revoked: ['отозвана', 'аннулирована', 'жокко чыгарылган', 'revoked']
				}
			}
		]
	},
	consular: {
		id: 'consular',
		owners: ['consulate'],
		key: ['passport'],
		fields: [
			{
				key: 'passport',
				kind: 'passport',
				required: true,
				aliases: ['паспорт', 'номер паспорта', 'паспорт №', 'паспорттун номери', 'passport', 'passport number', 'passport no', 'серия и номер паспорта']
			},
			name,
			pin(false),
			sex,
			birth,
			phone,
			{ key: 'country', kind: 'country', aliases: ['страна пребывания', 'страна', 'өлкө', 'country', 'country of stay'] },
			{ key: 'city', kind: 'text', max: 100, aliases: ['город', 'шаар', 'city', 'город пребывания'] },
			{ key: 'address', kind: 'text', max: 300, aliases: ['адрес', 'адрес пребывания', 'дареги', 'address'] },
			region('region', false, ['откуда', 'место рождения', 'кайсы облустан', 'region of origin', 'область происхождения']),
			{ key: 'arrival_date', kind: 'date', aliases: ['дата прибытия', 'дата въезда', 'келген күнү', 'arrival', 'arrival date', 'date of arrival'] },
			{ key: 'registered_on', kind: 'date', aliases: ['дата постановки на учет', 'дата регистрации', 'каттоо датасы', 'registered', 'registration date'] }
		]
	},
	returnees: {
		id: 'returnees',
		owners: ['employment_centre'],
		key: ['pin', 'return_date'],
		fields: [
			pin(true),
			name,
			sex,
			birth,
			phone,
			{
				key: 'return_date',
				kind: 'date',
				required: true,
				aliases: ['дата возвращения', 'дата возврата', 'кайтып келген күнү', 'return date', 'date of return', 'returned on']
			},
			{
				key: 'country',
				kind: 'country',
				required: true,
				aliases: ['откуда вернулся', 'страна', 'кайсы өлкөдөн', 'өлкө', 'country', 'returned from', 'country of return']
			},
			region('region', true, ['место жительства', 'жашаган жери', 'residence']),
			{ key: 'needs', kind: 'choices', max: 500, aliases: ['потребности', 'нужды', 'муктаждыктар', 'needs', 'какая помощь нужна'], choices: NEED_WORDS }
		]
	}
};

/** The registers an organisation of this kind keeps. */
export const registersFor = (kind: OrgKind | string | null | undefined): RegisterId[] =>
	(Object.values(REGISTERS) as RegisterDef[]).filter((r) => r.owners.includes(kind as OrgKind)).map((r) => r.id);
