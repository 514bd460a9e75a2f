import type { Translated } from '#lib/i18n';

/**
 * ISCO-08 major groups (one-digit codes).
 * en: ILO ISCO-08 titles.
 * ru: titles of the Russian ISCO-08-based classifier (ОКЗ ОК 010-2014 (МСКЗ-08)).
 * ky: Kyrgyz rendering of the same titles.
 */
export interface OccupationSeed {
	code: string;
	name: Translated;
}

export const OCCUPATIONS: OccupationSeed[] = [
	{
		code: '0',
		name: {
			ky: 'Аскер кызматчылары',
			ru: 'Военнослужащие',
			en: 'Armed forces occupations'
		}
	},
	{
		code: '1',
		name: {
			ky: 'Жетекчилер',
			ru: 'Руководители',
			en: 'Managers'
		}
	},
	{
		code: '2',
		name: {
			ky: 'Жогорку квалификациядагы адистер',
			ru: 'Специалисты высшего уровня квалификации',
			en: 'Professionals'
		}
	},
	{
		code: '3',
		name: {
			ky: 'Орто квалификациядагы адистер',
			ru: 'Специалисты среднего уровня квалификации',
			en: 'Technicians and associate professionals'
		}
	},
	{
		code: '4',
		name: {
			ky: 'Документтерди даярдоо жана тариздөө, эсепке алуу жана тейлөө менен алектенген кызматчылар',
			ru: 'Служащие, занятые подготовкой и оформлением документации, учетом и обслуживанием',
			en: 'Clerical support workers'
		}
	},
	{
		code: '5',
		name: {
			ky: 'Тейлөө жана соода, жарандарды жана менчикти коргоо чөйрөсүнүн кызматкерлери',
			ru: 'Работники сферы обслуживания и торговли, охраны граждан и собственности',
			en: 'Service and sales workers'
		}
	},
	{
		code: '6',
		name: {
			ky: 'Айыл жана токой чарбасынын, балык өстүрүүнүн жана балык уулоонун квалификациялуу кызматкерлери',
			ru: 'Квалифицированные работники сельского и лесного хозяйства, рыбоводства и рыболовства',
			en: 'Skilled agricultural, forestry and fishery workers'
		}
	},
	{
		code: '7',
		name: {
			ky: 'Өнөр жайдын, курулуштун, транспорттун квалификациялуу жумушчулары жана тектеш кесиптердин жумушчулары',
			ru: 'Квалифицированные рабочие промышленности, строительства, транспорта и рабочие родственных занятий',
			en: 'Craft and related trades workers'
		}
	},
	{
		code: '8',
		name: {
			ky: 'Өндүрүштүк орнотмолордун жана машиналардын операторлору, чогултуучулар жана айдоочулар',
			ru: 'Операторы производственных установок и машин, сборщики и водители',
			en: 'Plant and machine operators, and assemblers'
		}
	},
	{
		code: '9',
		name: {
			ky: 'Квалификациясыз жумушчулар',
			ru: 'Неквалифицированные рабочие',
			en: 'Elementary occupations'
		}
	}
];
