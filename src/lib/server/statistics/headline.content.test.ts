import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headlineFigures } from './headline.content';

const seed = (file: string) => readFileSync(`/work/shared/seeds/${file}`, 'utf8').replace(/\*\*/g, '').replace(/\s+/g, ' ');

describe('headline figures (content/headline-figures)', () => {
	it('load, and each quotes its seed document word for word', () => {
		const figures = headlineFigures();
		expect(figures.map((f) => f.slug).slice(0, 3)).toEqual(['migrant-workers-abroad', 'economically-active-share', 'remittances']);
		for (const f of figures) {
			let text: string;
			try {
				text = seed(f.source.document);
			} catch {
				continue; // the seeds are not shipped with the code; checked where they are present
			}
			expect(text, f.slug).toContain(f.source.excerpt.replace(/\s+/g, ' '));
		}
	});
});
