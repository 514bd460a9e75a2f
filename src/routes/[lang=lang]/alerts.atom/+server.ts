import { isLocale, tr, type Locale } from '#lib/i18n';
import { m } from '#lib/messages';
import { publicAlerts, publicText } from '#lib/server/alerts/alerts.service';
import { config } from '#lib/server/config';
import { getDb } from '#lib/server/db/client';

const esc = (s: string) => s.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);

/** Public alerts as an Atom feed (RFC 4287), so media and partner apps can repeat them. */
export const GET = async ({ params }) => {
	const locale: Locale = isLocale(params.lang) ? params.lang : 'ky';
	const rows = await publicAlerts(getDb());
	const base = config.origin;
	const updated = (rows[0]?.updatedAt ?? new Date(0)).toISOString();
	const entries = rows
		.map((a) => {
			const url = `${base}/${locale}/alerts/${a.id}`;
			return `<entry><id>urn:uuid:${a.id}</id><title>${esc(tr(a.title, locale))}</title><link rel="alternate" href="${esc(url)}"/><updated>${(a.updatedAt ?? a.sentAt!).toISOString()}</updated><published>${a.sentAt!.toISOString()}</published><author><name>${esc(tr(a.organisationName, locale))}</name></author><content type="text">${esc(publicText(a, locale))}</content></entry>`;
		})
		.join('');
	const body = `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${locale}"><id>${esc(`${base}/${locale}/alerts`)}</id><title>Sapar — ${esc(m.alerts_title({}, { locale }))}</title><link rel="self" href="${esc(`${base}/${locale}/alerts.atom`)}"/><link rel="alternate" href="${esc(`${base}/${locale}/alerts`)}"/><updated>${updated}</updated>${entries}</feed>`;
	return new Response(body, { headers: { 'content-type': 'application/atom+xml; charset=utf-8', 'cache-control': 'public, max-age=60' } });
};
