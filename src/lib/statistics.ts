/** Vocabulary of the statistics layer, shared by the server and the pages (labels are `stats_*` messages). */
import { SECTORS } from './recruitment';

/** What is counted (people or events), each from one or more operations tables. */
export const MEASURES = [
	'registered_abroad',
	'cases_received',
	'cases_resolved',
	'placements',
	'vacancies',
	'certificates',
	'returns',
	'clients',
	'licences_issued',
	'licence_sanctions',
	'hotline_calls'
] as const;
export type Measure = (typeof MEASURES)[number];

export const DIMENSIONS = ['period', 'sex', 'age_group', 'region', 'country', 'sector'] as const;
export type Dimension = (typeof DIMENSIONS)[number];
export type FilterDimension = Exclude<Dimension, 'period'>;
export const FILTER_DIMENSIONS = DIMENSIONS.filter((d) => d !== 'period') as FilterDimension[];

export const GRANULARITIES = ['year', 'quarter', 'month'] as const;
export type Granularity = (typeof GRANULARITIES)[number];

export const SEX_KEYS = ['female', 'male', 'unknown'] as const;
export const AGE_GROUPS = ['under_18', '18_24', '25_34', '35_44', '45_54', '55_plus', 'unknown'] as const;
/** Seven oblasts and the cities of Bishkek and Osh (ISO 3166-2:KG), as in reference data. */
export const REGION_KEYS = ['KG-B', 'KG-C', 'KG-J', 'KG-N', 'KG-O', 'KG-T', 'KG-Y', 'KG-GB', 'KG-GO', 'unknown'] as const;
export const SECTOR_KEYS = [...SECTORS, 'unknown'] as const;
