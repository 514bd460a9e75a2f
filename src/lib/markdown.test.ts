import { describe, expect, it } from 'vitest';
import { markdownToText, parseMarkdown } from './markdown';

describe('markdown subset', () => {
	it('parses paragraphs, lists, bold and links', () => {
		expect(parseMarkdown('Hello **world**\n\n- one\n- [two](/help)', 'ru')).toEqual([
			{
				t: 'p',
				c: [
					{ t: 'text', v: 'Hello ' },
					{ t: 'b', v: 'world' }
				]
			},
			{ t: 'ul', items: [[{ t: 'text', v: 'one' }], [{ t: 'a', v: 'two', href: '/ru/help', external: false }]] }
		]);
	});
	it('marks a passage in another language with its lang, and reads as plain text', () => {
		expect(parseMarkdown('Виза [Chancenkarte]{lang=de} жана [National Insurance]{lang=en}', 'ky')).toEqual([
			{
				t: 'p',
				c: [
					{ t: 'text', v: 'Виза ' },
					{ t: 'lang', v: 'Chancenkarte', lang: 'de' },
					{ t: 'text', v: ' жана ' },
					{ t: 'lang', v: 'National Insurance', lang: 'en' }
				]
			}
		]);
		expect(markdownToText('[Chancenkarte]{lang=de}')).toBe('Chancenkarte');
		expect(parseMarkdown('**Уруксат ([ikamet izni]{lang=tr}).**', 'ky')).toEqual([
			{
				t: 'p',
				c: [
					{
						t: 'b',
						v: 'Уруксат ([ikamet izni]{lang=tr}).',
						c: [
							{ t: 'text', v: 'Уруксат (' },
							{ t: 'lang', v: 'ikamet izni', lang: 'tr' },
							{ t: 'text', v: ').' }
						]
					}
				]
			}
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
