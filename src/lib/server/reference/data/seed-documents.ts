/**
 * The policy documents in /work/shared/seeds/ that reference data cites (SourceRef.document).
 * Titles follow the documents' own wording; where a document carries no formal title
 * (000, 001) the title is built from its own headings.
 */
export interface SeedDocument {
	file: string;
	title: string;
	year: number | null;
	publisher: string | null;
}

export const SEED_DOCUMENTS: SeedDocument[] = [
	{
		// Slide deck with no title page. Its timeline of migration bodies runs to 2012–2013 and its
		// content (Sri Lanka / Philippines / Mexico institutional governance) matches the TSPC
		// presentation described in 004, so 2013 is inferred; the author is not stated.
		file: '000_b09c3eb5a868bdba.txt',
		title: 'Migration Snap shot — Kyrgyzstan Policy Challenges',
		year: 2013,
		publisher: null
	},
	{
		// Recommendations adopted after the conference of 3–4 June 2013 in Bishkek.
		file: '001_47d3e49b2631fb29.txt',
		title:
			'Recommendations of the International Conference "Best practices in protecting labour migrants\' rights and perspectives of its application in Kyrgyzstan" (Bishkek, 3–4 June 2013)',
		year: 2013,
		publisher: 'Tyan-Shan Analytical Centre, American University in Central Asia'
	},
	{
		// Profile of 2022; published (© IOM) in 2023 — see its "Required citation".
		file: '002_50f2aea91ede881b.txt',
		title: 'Migration Governance Indicators Second Profile 2022 – The Kyrgyz Republic',
		year: 2023,
		publisher: 'International Organization for Migration (IOM)'
	},
	{
		// M4SD country fiche, "© IOM and UNDP 2023".
		file: '003_6de141c8d0ad10ba.txt',
		title: 'Making Migration Work for Sustainable Development — Kyrgyzstan',
		year: 2023,
		publisher: 'IOM and UNDP (M4SD Programme)'
	},
	{
		file: '004_37add4523c43590f.txt',
		title: 'Roundtable Report: "International Experience on Protection of Labor Migrants\' Rights and Its Application to Kyrgyzstan", 26 March 2013',
		year: 2013,
		publisher: 'TSPC'
	}
];
