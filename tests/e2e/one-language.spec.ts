import { expect, test } from '@playwright/test';
import { untranslated } from '../support/english';

/**
 * One language per page (issue 16, WCAG 3.1.2): a Kyrgyz or Russian page carries no English words
 * except proper names, abbreviations and passages marked with their own `lang`. Samples two pages of
 * every kind in the sitemap, in ky and ru, and reads every visible text node and the texts read
 * aloud (title, alt, aria-label, placeholder, the meta description) in a browser.
 */
const collect = () => {
	const lang = document.documentElement.lang;
	const found: string[] = [];
	const add = (text: string | null | undefined) => {
		if (text && /[A-Za-z]/.test(text)) found.push(text);
	};
	const foreign = (el: Element | null) => {
		const own = el?.closest('[lang]');
		return !!own && own.getAttribute('lang') !== lang;
	};
	const skip = (el: Element | null) => !el || !!el.closest('script, style, code, kbd, samp, pre, [translate="no"], .sr-ignore') || foreign(el);
	const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
	for (let node = walker.nextNode(); node; node = walker.nextNode()) if (!skip(node.parentElement)) add(node.textContent);
	for (const el of document.querySelectorAll('[title], [alt], [aria-label], [placeholder]')) {
		if (skip(el)) continue;
		for (const a of ['title', 'alt', 'aria-label', 'placeholder']) add(el.getAttribute(a));
	}
	add(document.title);
	add(document.querySelector('meta[name="description"]')?.getAttribute('content') ?? '');
	return found;
};

test('Kyrgyz and Russian pages carry no untranslated English', async ({ browser, request }) => {
	test.setTimeout(600_000);
	const sitemap = await (await request.get('/sitemap.xml')).text();
	const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname).filter((p) => /^\/(ky|ru)(\/|$)/.test(p));
	// Two pages of every kind: a page at /{lang}/x is a kind of its own; deeper, the path without its last part.
	const kinds = new Map<string, string[]>();
	for (const path of paths) {
		const parts = path.split('/');
		const kind = parts.length <= 3 ? path : parts.slice(0, -1).join('/');
		const list = kinds.get(kind) ?? [];
		if (list.length < 2) kinds.set(kind, [...list, path]);
	}
	const sample = [...kinds.values()].flat();
	expect(sample.length).toBeGreaterThan(20);
	const context = await browser.newContext({ javaScriptEnabled: true });
	const page = await context.newPage();
	const english: string[] = [];
	for (const path of sample) {
		await page.goto(path);
		const words = (await page.evaluate(collect)).flatMap(untranslated);
		if (words.length) english.push(`${path}: ${[...new Set(words)].slice(0, 12).join(' ')}`);
	}
	await context.close();
	console.log(JSON.stringify({ check: 'one-language', pages: sample.length, pagesWithEnglish: english.length }));
	expect(english).toEqual([]);
});
