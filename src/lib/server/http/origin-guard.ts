import { json } from '@sveltejs/kit';
import type { Handle } from '@sveltejs/kit/hooks';

/**
 * Cross-site writes are refused (issue 15, finding 9). SvelteKit checks the origin of form posts
 * only; the JSON API reads the session cookie too, so every write (POST, PUT, PATCH, DELETE) that a
 * browser marks as coming from another site is refused here, whatever its content type:
 * an `Origin` header that is not ours, or, without one, `Sec-Fetch-Site: cross-site|same-site`.
 * Callers that are not browsers (the Telegram webhook, scripts) send neither and pass.
 */
const WRITE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export function crossSiteWrite(method: string, headers: Headers, origin: string): boolean {
	if (!WRITE.has(method.toUpperCase())) return false;
	const from = headers.get('origin');
	if (from !== null) return from !== origin;
	const site = headers.get('sec-fetch-site');
	return site === 'cross-site' || site === 'same-site';
}

export const originGuard: Handle = async ({ event, resolve }) => {
	if (!crossSiteWrite(event.request.method, event.request.headers, event.url.origin)) return resolve(event);
	const message = 'cross-site request refused: send it from Sapar itself';
	if (event.url.pathname.startsWith('/api/')) return json({ error: { code: 'forbidden', message } }, { status: 403 });
	return new Response(message, { status: 403, headers: { 'content-type': 'text/plain; charset=utf-8' } });
};
