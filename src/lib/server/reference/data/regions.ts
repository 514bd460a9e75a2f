import type { Translated } from '#lib/i18n';

/**
 * First-level administrative divisions of the Kyrgyz Republic: seven oblasts (облустар / области)
 * and the two cities of republican significance (Bishkek, Osh).
 * Codes are ISO 3166-2:KG.
 */
export interface RegionSeed {
	code: string;
	kind: 'oblast' | 'city';
	name: Translated;
}

export const REGIONS: RegionSeed[] = [
	{
		code: 'KG-B',
		kind: 'oblast',
		name: { ky: 'Баткен облусу', ru: 'Баткенская область', en: 'Batken Region' }
	},
	{
		code: 'KG-C',
		kind: 'oblast',
		name: { ky: 'Чүй облусу', ru: 'Чуйская область', en: 'Chüy Region' }
	},
	{
		code: 'KG-J',
		kind: 'oblast',
		name: { ky: 'Жалал-Абад облусу', ru: 'Джалал-Абадская область', en: 'Jalal-Abad Region' }
	},
	{
		code: 'KG-N',
		kind: 'oblast',
		name: { ky: 'Нарын облусу', ru: 'Нарынская область', en: 'Naryn Region' }
	},
	{
		code: 'KG-O',
		kind: 'oblast',
		name: { ky: 'Ош облусу', ru: 'Ошская область', en: 'Osh Region' }
	},
	{
		code: 'KG-T',
		kind: 'oblast',
		name: { ky: 'Талас облусу', ru: 'Таласская область', en: 'Talas Region' }
	},
	{
		code: 'KG-Y',
		kind: 'oblast',
		name: { ky: 'Ысык-Көл облусу', ru: 'Иссык-Кульская область', en: 'Issyk-Kul Region' }
	},
	{
		code: 'KG-GB',
		kind: 'city',
		name: { ky: 'Бишкек шаары', ru: 'город Бишкек', en: 'Bishkek City' }
	},
	{
		code: 'KG-GO',
		kind: 'city',
		name: { ky: 'Ош шаары', ru: 'город Ош', en: 'Osh City' }
	}
];
