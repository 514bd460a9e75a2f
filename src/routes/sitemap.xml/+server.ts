import { LOCALES } from '#lib/i18n';
import { config } from '#lib/server/config';
import { publicPages } from '#lib/server/http/public-pages';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export const GET = async () => {
	const origin = config.origin;
	const pages = await publicPages();
	const urls = pages.flatMap((path) =>
		LOCALES.map((locale) => {
			const alternates = LOCALES.map((alt) => `<xhtml:link rel="alternate" hreflang="${alt}" href="${escape(`${origin}/${alt}${path}`)}"/>`).join('');
			return `<url><loc>${escape(`${origin}/${locale}${path}`)}</loc>${alternates}</url>`;
		})
	);
	const body = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join('\n')}\n</urlset>\n`;
	return new Response(body, { headers: { 'content-type': 'application/xml; charset=utf-8', 'cache-control': 'public, max-age=3600' } });
};
