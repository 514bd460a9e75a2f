import type { Db } from '../db/client';
import type { Translated } from '#lib/i18n';
import type { ReferralKind } from '#lib/returns';
import type { SourceRef } from '../reference/data/organisations';
import { reintegrationProgramme } from './returns.table';

const DOC_002 = { document: '002_50f2aea91ede881b.txt', title: 'Migration Governance Indicators Second Profile 2022 – The Kyrgyz Republic' };
const DOC_003 = { document: '003_6de141c8d0ad10ba.txt', title: 'Making Migration Work for Sustainable Development — Kyrgyzstan' };

/** National reintegration programmes named in the seed documents (the catalogue's first entries). */
export const PROGRAMMES: { slug: string; kind: ReferralKind; name: Translated; provider: string; source: SourceRef }[] = [
	{
		slug: 'migrant-ishker',
		kind: 'training',
		name: {
			ky: 'Мигрант Ишкер (кесиптик көндүмдөр жана өз алдынча иш)',
			ru: 'Мигрант Ишкер (профессиональные навыки и самозанятость)',
			en: 'Migrant Ishker (vocational skills and self-employment)'
		},
		provider: 'MLSSM with GIZ, “Skills for reintegration”',
		source: {
			...DOC_002,
			excerpt:
				'launched the subprogramme Migrant Ishker. Migrant Ishker aims to improve the professional skills of returning Kyrgyz migrants, including for self-employment purposes.'
		}
	},
	{
		slug: 'ceca-employment-services',
		kind: 'job_placement',
		name: {
			ky: 'ЖЧЖОБ: жумушка орношуу боюнча маалымат жана кеңеш',
			ru: 'ЦТГЗ: информация и консультации по трудоустройству',
			en: 'CECA employment information and advice'
		},
		provider: 'Centre for Employment of Citizens Abroad (Bishkek, Osh)',
		source: {
			...DOC_003,
			excerpt: 'Centers for Employment Abroad (Bishkek, Osh) provide safe migration and employment info services to returning and prospective migrants.'
		}
	},
	{
		slug: 'ndp-2026-training',
		kind: 'training',
		name: {
			ky: 'Улуттук өнүктүрүү программасы 2026: тилдер, инженердик кесиптер, ишкердик, санариптик жана финансылык сабаттуулук',
			ru: 'Национальная программа развития до 2026 г.: языки, инженерные специальности, основы предпринимательства, цифровая и финансовая грамотность',
			en: 'National Development Programme 2026: languages, engineering, entrepreneurship, digital and financial literacy'
		},
		provider: 'Government of the Kyrgyz Republic',
		source: {
			...DOC_002,
			excerpt:
				'specialized training programmes (foreign languages, engineering specialties, basics of entrepreneurship, and digital and financial literacy skills) to be launched for youth and migrant workers'
		}
	}
];

/** Inserted once by slug; later changes (switching one off) are kept. */
export async function loadProgrammes(db: Db): Promise<void> {
	await db
		.insert(reintegrationProgramme)
		.values(PROGRAMMES.map((p) => ({ ...p, organisationId: null })))
		.onConflictDoNothing({ target: reintegrationProgramme.slug });
}
