import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliDecompressSync } from 'node:zlib';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
process.env.LOG_LEVEL = 'warn';

import { cacheKey, invalidatePageCache, pageCache, serveCached } from './page-cache';

describe('cache keys', () => {
	it('keep only the parameters a page reads, normalised', () => {
		expect(cacheKey('/ky/countries/ru')).toBe('/ky/countries/ru');
		expect(cacheKey('/ky/countries/ru?utm_source=x&fbclid=y')).toBe('/ky/countries/ru');
		expect(cacheKey('/ru/help?country=RU&utm=1')).toBe('/ru/help?country=ru');
		expect(cacheKey('/ru/help?country=&city=')).toBe('/ru/help');
		expect(cacheKey('/ru/help?country=russia')).toBe('/ru/help');
	});
	it('are null for pages that are not cached or free-text filters', () => {
		expect(cacheKey('/ru/help?city=Москва')).toBeNull();
		expect(cacheKey('/ru/search?q=x')).toBeNull();
		expect(cacheKey('/ru/countries/RU')).toBeNull();
		expect(cacheKey(`/ru/countries/${'a'.repeat(81)}`)).toBeNull();
		expect(cacheKey('/ru/help/track')).toBeNull();
	});
});

// The two layers as server.ts and SvelteKit run them; the page "render" is counted and slow.
let renders = 0;
let seen: string[] = [];
let release: (() => void) | null = null;
let server: http.Server;
let base = '';

async function kit(req: http.IncomingMessage, res: http.ServerResponse) {
	const url = new URL(req.url ?? '/', 'http://127.0.0.1');
	const event = { request: new Request(url, { headers: req.headers as Record<string, string> }), url, route: { id: '/[lang=lang]/countries/[iso2]' } };
	const response = await pageCache({
		event: event as never,
		resolve: async () => {
			renders++;
			seen.push(url.pathname + url.search);
			await new Promise<void>((r) => (release ? ((release = r), undefined) : setTimeout(r, 50)));
			return new Response(`<!doctype html><p>${url.pathname} render ${renders}</p>`, { headers: { 'content-type': 'text/html' } });
		}
	});
	res.writeHead(response.status, Object.fromEntries(response.headers));
	res.end(Buffer.from(await response.arrayBuffer()));
}

beforeAll(async () => {
	server = http.createServer((req, res) => {
		const pass = () => void kit(req, res);
		if (!serveCached(req, res, pass)) pass();
	});
	await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
	base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));
beforeEach(() => {
	invalidatePageCache();
	renders = 0;
	seen = [];
	release = null;
});

const get = (path: string, headers: Record<string, string> = {}) =>
	new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
		http
			.get(`${base}${path}`, { headers, agent: false }, (res) => {
				const chunks: Buffer[] = [];
				res.on('data', (c: Buffer) => chunks.push(c));
				res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
			})
			.on('error', reject);
	});

describe('page cache', () => {
	it('renders a cold page once for a burst, with unknown parameters ignored', async () => {
		const burst = await Promise.all(Array.from({ length: 40 }, (_, i) => get(`/ky/countries/kz?utm=${i}`, { 'accept-encoding': 'br' })));
		expect(renders).toBe(1);
		expect(seen).toEqual(['/ky/countries/kz']);
		for (const r of burst) {
			expect(r.status).toBe(200);
			expect(r.headers['content-encoding']).toBe('br');
			expect(brotliDecompressSync(r.body).toString()).toContain('/ky/countries/kz render 1');
		}
		const hit = await get('/ky/countries/kz', { 'accept-encoding': 'gzip', 'x-request-id': 'test-request-0001' });
		expect(hit.headers['x-sapar-cache']).toBe('hit');
		expect(hit.headers['content-encoding']).toBe('gzip');
		expect(hit.headers['x-request-id']).toBe('test-request-0001');
		expect(hit.headers['x-content-type-options']).toBe('nosniff');
		expect(renders).toBe(1);
	});

	it('is bypassed with a session cookie', async () => {
		await get('/ky/countries/kg');
		await get('/ky/countries/kg', { cookie: 'sapar.session_token=abc' });
		expect(renders).toBe(2);
	});

	it('drops pages on invalidation, and does not store a render begun before it', async () => {
		await get('/ru/laws');
		invalidatePageCache();
		const marker = () => {};
		release = marker;
		const pending = get('/ru/laws');
		while (release === marker) await new Promise((r) => setTimeout(r, 5)); // the render has begun
		invalidatePageCache(); // published while the page was being rendered
		release();
		expect((await pending).body.toString()).toContain('render 2');
		release = null;
		const after = await get('/ru/laws');
		expect(after.body.toString()).toContain('render 3');
		expect(renders).toBe(3);
	});
});
