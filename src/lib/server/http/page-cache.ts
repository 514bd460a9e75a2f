import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Handle } from '@sveltejs/kit/hooks';
import { metrics } from '../metrics/registry';

/**
 * Compressed copies of public portal pages for people who are not signed in. Entries live for TTL_MS
 * and are dropped at once when content is published (in this process; other processes within TTL).
 */
const TTL_MS = Number(process.env.PAGE_CACHE_TTL_MS ?? 60_000);
const MAX_ENTRIES = 2000;
// Help request, tracking and figures pages under /help/ set a device cookie or have their own cache: not here.
const CACHEABLE = /^\/(ky|ru|en)(\/help|\/(countries|laws|faq)(\/[a-z0-9-]+)?)?$/;
const SESSION_COOKIE = /(?:^|;\s*)(?:__Secure-)?sapar\.session_token=/;

interface Entry {
	at: number;
	status: number;
	headers: [string, string][];
	raw: Buffer;
	br: Buffer;
	gzip: Buffer;
}

const KEY = Symbol.for('sapar.page-cache');
const cache = ((globalThis as Record<symbol, unknown>)[KEY] ??= new Map<string, Entry>()) as Map<string, Entry>;

export function invalidatePageCache(): void {
	cache.clear();
}

function respond(entry: Entry, acceptEncoding: string): Response {
	const headers = new Headers(entry.headers);
	headers.set('vary', 'Accept-Encoding');
	headers.set('x-sapar-cache', 'hit');
	let body = entry.raw;
	if (/\bbr\b/.test(acceptEncoding)) {
		body = entry.br;
		headers.set('content-encoding', 'br');
	} else if (/\bgzip\b/.test(acceptEncoding)) {
		body = entry.gzip;
		headers.set('content-encoding', 'gzip');
	}
	headers.set('content-length', String(body.length));
	return new Response(new Uint8Array(body), { status: entry.status, headers });
}

export const pageCache: Handle = async ({ event, resolve }) => {
	const { request, url } = event;
	if (request.method !== 'GET' || !CACHEABLE.test(url.pathname) || SESSION_COOKIE.test(request.headers.get('cookie') ?? '')) {
		return resolve(event);
	}
	const key = url.pathname + url.search;
	const acceptEncoding = request.headers.get('accept-encoding') ?? '';
	const hit = cache.get(key);
	if (hit && Date.now() - hit.at < TTL_MS) {
		metrics().pageCache.inc({ result: 'hit' });
		return respond(hit, acceptEncoding);
	}
	metrics().pageCache.inc({ result: 'miss' });
	const response = await resolve(event);
	if (response.status !== 200 || response.headers.has('set-cookie') || !response.headers.get('content-type')?.startsWith('text/html')) {
		return response;
	}
	const raw = Buffer.from(await response.arrayBuffer());
	const entry: Entry = {
		at: Date.now(),
		status: response.status,
		headers: [...response.headers.entries()].filter(([k]) => k !== 'content-length' && k !== 'content-encoding'),
		raw,
		br: brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 9 } }),
		gzip: gzipSync(raw, { level: 9 })
	};
	if (cache.size >= MAX_ENTRIES) cache.delete(cache.keys().next().value!);
	cache.set(key, entry);
	return respond(entry, acceptEncoding);
};
