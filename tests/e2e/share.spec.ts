import { expect, test } from '@playwright/test';

// Issue 16: a link to any public page, shared in a messenger or found by a search engine, carries a
// description, its canonical address, the same page in the other languages and an Open Graph preview,
// all in the page's language. The pages of /sitemap.xml are fetched (a request, not a browser page).
test('every page of the sitemap has a description, canonical link, hreflang alternates and Open Graph tags', async ({ request }) => {
	test.skip(test.info().project.name === 'js', 'server-rendered HTML is the same in both projects');
	const sitemap = await (await request.get('/sitemap.xml')).text();
	const all = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1].replace(/&amp;/g, '&'));
	expect(all.length).toBeGreaterThan(60);
	// Every static page, and the first two of each kind of detail page (a guide, a law, …) — the tags
	// come from one layout, so this covers every route without fetching hundreds of laws.
	const seen = new Map<string, number>();
	const urls = all.filter((url) => {
		const parts = new URL(url).pathname.split('/');
		const kind = parts.length > 3 ? `${parts[1]}/${parts[2]}/*` : parts.join('/');
		seen.set(kind, (seen.get(kind) ?? 0) + 1);
		return seen.get(kind)! <= 2;
	});
	const unescape = (s: string) =>
		s
			.replace(/&amp;/g, '&')
			.replace(/&quot;/g, '"')
			.replace(/&#39;/g, "'");
	const descriptions = new Map<string, string>();
	for (const url of urls) {
		const response = await request.get(url);
		expect(response.status(), url).toBe(200);
		const html = await response.text();
		const head = html.slice(0, html.indexOf('</head>'));
		const meta = (attr: string, name: string) => head.match(new RegExp(`<meta ${attr}="${name}" content="([^"]*)"`))?.[1];
		const lang = new URL(url).pathname.split('/')[1];
		const rest = new URL(url).pathname.slice(lang.length + 1);
		const origin = new URL(url).origin;

		const description = meta('name', 'description');
		expect(description, `description on ${url}`).toBeTruthy();
		expect(head, url).toContain(`<link rel="canonical" href="${url}"`);
		for (const [hreflang, target] of [
			['ky', 'ky'],
			['ru', 'ru'],
			['en', 'en'],
			['x-default', 'ky']
		])
			expect(head, `${hreflang} on ${url}`).toContain(`<link rel="alternate" hreflang="${hreflang}" href="${origin}/${target}${rest}"`);
		expect(meta('property', 'og:title'), url).toBeTruthy();
		expect(meta('property', 'og:description'), url).toBe(description);
		expect(meta('property', 'og:url'), url).toBe(url);
		expect(meta('property', 'og:site_name'), url).toBe('Sapar');
		expect(meta('property', 'og:locale'), url).toBe({ ky: 'ky_KG', ru: 'ru_RU', en: 'en_GB' }[lang]);
		// In the page's language: Kyrgyz and Russian descriptions are Cyrillic, never the English one.
		if (lang !== 'en') expect(unescape(description!), url).toMatch(/[а-яөүң]{4}/i);
		descriptions.set(url, unescape(description!));
	}
	for (const [url, text] of descriptions) {
		if (!url.includes('/en')) continue;
		expect(descriptions.get(url.replace('/en', '/ky')), url).not.toBe(text);
		expect(descriptions.get(url.replace('/en', '/ru')), url).not.toBe(text);
	}
});
