/**
 * Open data (docs/decisions/0019): a fixed list of datasets, each built from the statistics cube through
 * suppression and published as a Frictionless Tabular Data Package — `datapackage.json` (table schema),
 * `data.csv` and `data.json` — at stable URLs under /api/v1/open-data/<name>/. Packages are rebuilt when
 * the cube is (hourly job, or on demand) and kept in memory in between.
 */
import type { Dimension, Measure } from '#lib/statistics';
import type { Db } from '../db/client';
import { toCsv } from '../tabular/tabular';
import { cubeTable, statisticsDate } from './statistics.service';

export const LICENCE = { name: 'CC-BY-4.0', title: 'Creative Commons Attribution 4.0', path: 'https://creativecommons.org/licenses/by/4.0/' };

export interface DatasetSpec {
	name: string;
	measure: Measure;
	rows: Dimension;
	cols: Dimension;
	title: { ky: string; ru: string; en: string };
	description: { ky: string; ru: string; en: string };
	unit: string;
}

export const DATASETS: DatasetSpec[] = [
	{
		name: 'registrations-abroad-by-country-year',
		measure: 'registered_abroad',
		rows: 'country',
		cols: 'period',
		title: {
			ky: 'Чет өлкөдөгү өкүлчүлүктөрдө катталган жарандар, өлкө жана жыл боюнча',
			ru: 'Граждане, вставшие на учёт в представительствах за рубежом, по странам и годам',
			en: 'Citizens registered with missions abroad, by country and year'
		},
		description: {
			ky: 'Сапар аркылуу жана өкүлчүлүктөрдүн өз тизмелеринен катталгандар.',
			ru: 'Регистрации через Сапар и из собственных списков представительств.',
			en: "Registrations made through Sapar and from the missions' own lists."
		},
		unit: 'persons'
	},
	{
		name: 'help-requests-by-country-year',
		measure: 'cases_received',
		rows: 'country',
		cols: 'period',
		title: { ky: 'Жардам сурамдары, өлкө жана жыл боюнча', ru: 'Обращения за помощью, по странам и годам', en: 'Help requests received, by country and year' },
		description: {
			ky: 'Чет өлкөдөгү мигранттардын Сапарга келген жардам сурамдары.',
			ru: 'Обращения мигрантов за рубежом, поступившие в Сапар.',
			en: 'Requests for help from migrants abroad received by Sapar.'
		},
		unit: 'requests'
	},
	{
		name: 'returns-by-region-sex',
		measure: 'returns',
		rows: 'region',
		cols: 'sex',
		title: { ky: 'Кайтып келгендер, аймак жана жынысы боюнча', ru: 'Вернувшиеся, по регионам и полу', en: 'Returns, by region of origin and sex' },
		description: {
			ky: 'Сапардагы сурамдар жана иштөө борборлорунун тизмелери.',
			ru: 'Заявки в Сапаре и списки центров занятости.',
			en: "Returnees' requests in Sapar and the employment centres' returnee lists."
		},
		unit: 'persons'
	},
	{
		name: 'placements-by-sector-sex',
		measure: 'placements',
		rows: 'sector',
		cols: 'sex',
		title: { ky: 'Жумушка орношкондор, тармак жана жынысы боюнча', ru: 'Трудоустроенные, по отраслям и полу', en: 'Job placements, by sector and sex' },
		description: {
			ky: 'Лицензиялуу агенттиктер жана иштөө борборлору аркылуу.',
			ru: 'Через лицензированные агентства и центры занятости.',
			en: 'Through licensed agencies and employment centres.'
		},
		unit: 'persons'
	}
];

const FIELD_DESCRIPTION: Record<Dimension, string> = {
	period: 'Calendar year (Asia/Bishkek), or "total" for all years',
	sex: 'Sex: female, male, unknown; or "total"',
	age_group: 'Age group at the event: under_18, 18_24, 25_34, 35_44, 45_54, 55_plus, unknown; or "total"',
	region: 'Region of origin, ISO 3166-2:KG (seven oblasts, Bishkek KG-GB, Osh KG-GO), unknown; or "total"',
	country: 'Destination country, ISO 3166-1 alpha-2, unknown; or "total"',
	sector: 'Sector of work, unknown; or "total"'
};
const fieldName = (d: Dimension) => (d === 'period' ? 'year' : d);

export interface OpenDataset {
	spec: DatasetSpec;
	descriptor: Record<string, unknown>;
	csv: string;
	json: { fields: string[]; rows: (string | number | null)[][] };
	period: { from: string | null; to: string | null };
	updated: string;
	threshold: number;
}

async function buildDataset(db: Db, spec: DatasetSpec, threshold: number | undefined, updated: string): Promise<OpenDataset> {
	const r = await cubeTable(db, { measure: spec.measure, rows: spec.rows, cols: spec.cols, granularity: 'year', from: null, to: null, filters: {} }, threshold);
	const rowsOut: (string | number | null)[][] = [];
	r.rowKeys.forEach((rk, i) => {
		r.colKeys.forEach((ck, j) => rowsOut.push([rk, ck, r.table.cells[i][j]]));
		rowsOut.push([rk, 'total', r.table.rowTotals![i]]);
	});
	r.colKeys.forEach((ck, j) => rowsOut.push(['total', ck, r.table.colTotals![j]]));
	rowsOut.push(['total', 'total', r.table.grandTotal]);
	const a = fieldName(spec.rows);
	const b = fieldName(spec.cols);
	const years = [spec.rows, spec.cols].includes('period') ? (spec.rows === 'period' ? r.rowKeys : r.colKeys) : [];
	const period = { from: years[0] ?? null, to: years.at(-1) ?? null };
	const csv = toCsv({
		columns: [
			{ key: a, header: a },
			{ key: b, header: b },
			{ key: 'count', header: 'count' }
		],
		rows: rowsOut
	}).replace(/^\uFEFF/, '');
	const descriptor = {
		profile: 'tabular-data-package',
		name: spec.name,
		title: spec.title.en,
		description: `${spec.description.en} Counts from 1 to ${r.threshold - 1}, and any count from which they could be worked out, are left empty (secondary suppression).`,
		homepage: `/en/open-data#${spec.name}`,
		version: updated.slice(0, 10),
		created: updated,
		licenses: [LICENCE],
		sources: [{ title: 'Sapar operations data (statistics cube)', path: '/en/statistics' }],
		keywords: ['labour migration', 'Kyrgyzstan', spec.measure],
		resources: [
			{
				profile: 'tabular-data-resource',
				name: spec.name,
				path: 'data.csv',
				format: 'csv',
				mediatype: 'text/csv',
				encoding: 'utf-8',
				schema: {
					fields: [
						{ name: a, type: 'string', description: FIELD_DESCRIPTION[spec.rows], constraints: { required: true } },
						{ name: b, type: 'string', description: FIELD_DESCRIPTION[spec.cols], constraints: { required: true } },
						{
							name: 'count',
							type: 'integer',
							description: `Number of ${spec.unit}; empty when not shown (suppressed)`,
							unit: spec.unit,
							constraints: { minimum: 0 }
						}
					],
					missingValues: [''],
					primaryKey: [a, b]
				}
			}
		]
	};
	return { spec, descriptor, csv, json: { fields: [a, b, 'count'], rows: rowsOut }, period, updated, threshold: r.threshold };
}

/** Builds every dataset from the cube (the regeneration the bench measures). */
export async function buildOpenData(db: Db, threshold?: number): Promise<Map<string, OpenDataset>> {
	const updated = ((await statisticsDate(db)) ?? new Date()).toISOString();
	const built = await Promise.all(DATASETS.map((spec) => buildDataset(db, spec, threshold, updated)));
	return new Map(built.map((d) => [d.spec.name, d]));
}

let cached: { key: string; value: Promise<Map<string, OpenDataset>> } | undefined;

/** The datasets, rebuilt when the cube has been rebuilt since. */
export async function openData(db: Db): Promise<Map<string, OpenDataset>> {
	const key = ((await statisticsDate(db)) ?? new Date(0)).toISOString();
	if (!cached || cached.key !== key) {
		cached = { key, value: buildOpenData(db) };
		cached.value.catch(() => (cached = undefined));
	}
	return cached.value;
}

/** The catalogue: title, description, period, update date, licence and suppression rule of each dataset. */
export async function openDataCatalogue(db: Db, origin: string, locale: 'ky' | 'ru' | 'en' = 'en') {
	const sets = await openData(db);
	return [...sets.values()].map((d) => ({
		name: d.spec.name,
		title: d.spec.title[locale],
		description: d.spec.description[locale],
		period: d.period,
		updated: d.updated,
		licence: LICENCE,
		suppression: { threshold: d.threshold, rule: `counts from 1 to ${d.threshold - 1} are not shown, nor any count from which they could be worked out` },
		datapackage: `${origin}/api/v1/open-data/${d.spec.name}/datapackage.json`,
		csv: `${origin}/api/v1/open-data/${d.spec.name}/data.csv`,
		json: `${origin}/api/v1/open-data/${d.spec.name}/data.json`
	}));
}
