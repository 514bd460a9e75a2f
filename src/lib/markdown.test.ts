import { describe, expect, it } from 'vitest';
import { parseMarkdown } from './markdown';

describe('markdown subset', () => {
	it('parses paragraphs, lists, bold and links', () => {
		expect(parseMarkdown('Hello **world**\n\n- one\n- [two](/help)', 'ru')).toEqual([
			{ t: 'p', c: [{ t: 'text', v: 'Hello ' }, { t: 'b', v: 'world' }] },
			{ t: 'ul', items: [[{ t: 'text', v: 'one' }], [{ t: 'a', v: 'two', href: '/ru/help', external: false }]] }
		]);
	});
	it('never lets markup or unsafe links through', () => {
		const [block] = parseMarkdown('<script>alert(1)</script> [x](javascript:alert(1)) [y](//evil.example)', 'en');
		expect(block.t).toBe('p');
		const parts = block.t === 'p' ? block.c : [];
		expect(parts.every((p) => p.t === 'text')).toBe(true);
		expect(parts.map((p) => p.v).join('')).toContain('<script>');
	});
});
