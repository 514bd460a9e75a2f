import { describe, expect, it } from 'vitest';
import { bookletBlocks, renderBooklet } from './booklet';
import { isConfirmed } from './portal.service';

const section = (kind: string, source: { document: string | null; title: string; date?: string }, needsReview: boolean) => ({
	id: kind,
	kind,
	body: { ky: `${kind} ky`, ru: `${kind} ru`, en: `${kind} en` },
	source,
	reviewedOn: '2026-05-01',
	needsReview,
	laws: [],
	stale: false,
	confirmed: isConfirmed({ source, needsReview })
});
const guide = {
	countryIso2: 'RU',
	countryName: { ky: 'Россия', ru: 'Россия', en: 'Russia' },
	intro: { ky: 'intro', ru: 'intro', en: 'intro' },
	sections: [
		section('registration', { document: null, title: 'Federal Law No. 109-FZ' }, true),
		section('work', { document: '002_50f2aea91ede881b.txt', title: 'MGI 2022', date: '2022-11' }, false)
	]
} as unknown as Parameters<typeof bookletBlocks>[0];

describe('printable booklet (issue 16)', () => {
	it('carries the page’s "not confirmed" warning at the top of an unconfirmed section, in each language', () => {
		const warnings = { ky: 'Тастыкталган эмес.', ru: 'Не подтверждено.', en: 'Not confirmed.' } as const;
		for (const [locale, warning] of Object.entries(warnings) as [keyof typeof warnings, string][]) {
			const texts = bookletBlocks(guide, locale, 'https://sapar.example').map((b) => b.text);
			const reg = texts.indexOf(`registration ${locale}`);
			expect(texts[reg - 1]).toContain(warning);
			const work = texts.indexOf(`work ${locale}`);
			expect(texts[work - 1]).not.toContain(warning);
			expect(texts.filter((t) => t.includes(warning))).toHaveLength(1);
			// the dated source says its date
			expect(texts[work + 1]).toContain('2022');
		}
	});

	it('a section is confirmed only with a dated source an editor checked', () => {
		expect(isConfirmed({ source: { document: null, title: 'x' }, needsReview: false })).toBe(false);
		expect(isConfirmed({ source: { document: null, title: 'x', date: '2024' }, needsReview: true })).toBe(false);
		expect(isConfirmed({ source: { document: null, title: 'x', date: '2024' }, needsReview: false })).toBe(true);
	});

	it('renders a PDF', async () => {
		const pdf = await renderBooklet(guide, 'ky', 'https://sapar.example');
		expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
	});
});
