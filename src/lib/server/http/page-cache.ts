import type { IncomingMessage, ServerResponse } from 'node:http';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Handle } from '@sveltejs/kit/hooks';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import type { Tx } from '../db/client';
import { isStopping, onShutdown } from '../lifecycle';
import { log, requestIdFrom } from '../log';
import { metrics } from '../metrics/registry';
import { SECURITY_HEADERS } from './security-headers';

/**
 * Compressed copies of public portal pages for people who are not signed in (docs/decisions/0030).
 * Hits are answered by server.ts before SvelteKit; a miss is rendered once while the burst waits
 * (single flight); compression runs on libuv's thread pool, once per render. Entries live for TTL_MS
 * and are dropped on every node when content is published (NOTIFY sapar_page_cache).
 */
const TTL_MS = Number(process.env.PAGE_CACHE_TTL_MS ?? 60_000);
const MAX_ENTRIES = Number(process.env.PAGE_CACHE_MAX_ENTRIES ?? 2000);
const MAX_BYTES = Number(process.env.PAGE_CACHE_MAX_MB ?? 32) * 1024 * 1024;
export const PAGE_CACHE_CHANNEL = 'sapar_page_cache';

// Help request, tracking and figures pages under /help/ set a device cookie or have their own cache: not here.
const CACHEABLE = /^\/(ky|ru|en)(\/help|\/(countries|laws|faq)(\/[a-z0-9-]{1,80})?)?$/;
const SESSION_COOKIE = /(?:^|;\s*)(?:__Secure-)?sapar\.session_token=/;
const COUNTRY = /^[a-z]{2}$/i;

/**
 * The cache key of a path and query, or null when the page is not cached. Only the query parameters a
 * page reads are kept (normalised); any other is ignored, so `?utm_source=…` does not make an entry.
 * /help reads `country` (an ISO code: kept) and `city` (free text: such a page is rendered, not stored).
 */
export function cacheKey(pathAndQuery: string): string | null {
	const q = pathAndQuery.indexOf('?');
	const path = q < 0 ? pathAndQuery : pathAndQuery.slice(0, q);
	if (!CACHEABLE.test(path)) return null;
	if (q < 0 || !path.endsWith('/help')) return path;
	const params = new URLSearchParams(pathAndQuery.slice(q + 1));
	if (params.get('city')?.trim()) return null;
	const country = params.get('country') ?? '';
	return COUNTRY.test(country) ? `${path}?country=${country.toLowerCase()}` : path;
}

interface Entry {
	at: number;
	route: string;
	bytes: number;
	raw: Buffer;
	br: Buffer;
	gzip: Buffer;
	/** flat header lists for res.writeHead, one per encoding */
	head: { raw: string[]; br: string[]; gzip: string[] };
}

/** One render in progress for a key; everyone else asking for the key waits for it. */
interface Flight {
	promise: Promise<Entry | null>;
	settle: (entry: Entry | null) => void;
	/** a request inside SvelteKit is rendering it (server.ts opens flights unclaimed) */
	claimed: boolean;
	generation: number;
}

interface State {
	entries: Map<string, Entry>;
	flights: Map<string, Flight>;
	bytes: number;
	/** bumped by every invalidation: a render begun before it is served to its waiters but not stored */
	generation: number;
	node: string;
	listening: boolean;
}

// Shared through globalThis: server.ts (loaded by tsx) and the built app load separate copies of this module.
const KEY = Symbol.for('sapar.page-cache.v2');
const state = ((globalThis as Record<symbol, unknown>)[KEY] ??= {
	entries: new Map(),
	flights: new Map(),
	bytes: 0,
	generation: 0,
	node: crypto.randomUUID(),
	listening: false
} satisfies State) as State;

/** Drops every entry in this process (other processes hear of it through notifyPagesChanged). */
export function invalidatePageCache(): void {
	state.entries.clear();
	state.bytes = 0;
	state.generation++;
}

/** Tells every node to drop its pages when `tx` commits (NOTIFY is delivered on commit). */
export async function notifyPagesChanged(tx: Tx): Promise<void> {
	await tx.execute(sql`select pg_notify(${PAGE_CACHE_CHANNEL}, ${state.node})`);
}

function fresh(key: string): Entry | undefined {
	const entry = state.entries.get(key);
	return entry && Date.now() - entry.at < TTL_MS ? entry : undefined;
}

function openFlight(key: string, claimed: boolean): Flight {
	let settle!: (entry: Entry | null) => void;
	const promise = new Promise<Entry | null>((resolve) => (settle = resolve));
	const flight: Flight = { promise, claimed, generation: state.generation, settle: () => {} };
	flight.settle = (entry) => {
		if (state.flights.get(key) === flight) state.flights.delete(key);
		settle(entry);
	};
	state.flights.set(key, flight);
	return flight;
}

function store(key: string, entry: Entry, generation: number): void {
	if (generation !== state.generation || entry.bytes > MAX_BYTES / 4) return;
	const old = state.entries.get(key);
	if (old) {
		state.entries.delete(key);
		state.bytes -= old.bytes;
	}
	// Oldest first (a Map keeps insertion order).
	while (state.entries.size && (state.entries.size >= MAX_ENTRIES || state.bytes + entry.bytes > MAX_BYTES)) {
		const [oldest, value] = state.entries.entries().next().value!;
		state.entries.delete(oldest);
		state.bytes -= value.bytes;
	}
	state.entries.set(key, entry);
	state.bytes += entry.bytes;
}

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

async function makeEntry(response: Response, route: string): Promise<Entry> {
	const raw = Buffer.from(await response.arrayBuffer());
	const [br, gz] = await Promise.all([
		brotli(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 9, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length } }),
		gzipAsync(raw, { level: 9 })
	]);
	const base: string[] = [];
	for (const [name, value] of response.headers) {
		if (name !== 'content-length' && name !== 'content-encoding' && name !== 'vary') base.push(name, value);
	}
	for (const [name, value] of Object.entries(SECURITY_HEADERS)) if (!response.headers.has(name)) base.push(name, value);
	base.push('vary', 'Accept-Encoding', 'x-sapar-cache', 'hit');
	const head = (body: Buffer, encoding?: string) => [...base, ...(encoding ? ['content-encoding', encoding] : []), 'content-length', String(body.length)];
	return {
		at: Date.now(),
		route,
		bytes: raw.length + br.length + gz.length,
		raw,
		br,
		gzip: gz,
		head: { raw: head(raw), br: head(br, 'br'), gzip: head(gz, 'gzip') }
	};
}

function pick(entry: Entry, acceptEncoding: string): [string[], Buffer] {
	if (/\bbr\b/.test(acceptEncoding)) return [entry.head.br, entry.br];
	if (/\bgzip\b/.test(acceptEncoding)) return [entry.head.gzip, entry.gzip];
	return [entry.head.raw, entry.raw];
}

function toResponse(entry: Entry, acceptEncoding: string, result: 'hit' | 'miss'): Response {
	const [head, body] = pick(entry, acceptEncoding);
	const headers = new Headers();
	for (let i = 0; i < head.length; i += 2) headers.append(head[i], head[i + 1]);
	headers.set('x-sapar-cache', result);
	return new Response(new Uint8Array(body), { status: 200, headers });
}

const storable = (response: Response) =>
	response.status === 200 && !response.headers.has('set-cookie') && !!response.headers.get('content-type')?.startsWith('text/html');

/**
 * The SvelteKit side: renders a miss once and stores it. server.ts answers hits before SvelteKit; this
 * also answers them when the app runs without server.ts (vite dev, preview).
 */
export const pageCache: Handle = async ({ event, resolve }) => {
	const { request, url } = event;
	if (request.method !== 'GET' || SESSION_COOKIE.test(request.headers.get('cookie') ?? '')) return resolve(event);
	const key = cacheKey(url.pathname + url.search);
	// Not cached, or an address server.ts did not normalise (dev): rendered and not stored.
	if (key === null || key !== url.pathname + url.search) return resolve(event);
	const acceptEncoding = request.headers.get('accept-encoding') ?? '';
	const hit = fresh(key);
	if (hit) {
		metrics().pageCache.inc({ result: 'hit' });
		return toResponse(hit, acceptEncoding, 'hit');
	}
	let flight = state.flights.get(key);
	if (flight?.claimed) {
		const entry = await flight.promise;
		if (entry) {
			metrics().pageCache.inc({ result: 'hit' });
			return toResponse(entry, acceptEncoding, 'hit');
		}
		return resolve(event);
	}
	flight ??= openFlight(key, true);
	flight.claimed = true;
	metrics().pageCache.inc({ result: 'miss' });
	let entry: Entry | null = null;
	try {
		const response = await resolve(event);
		if (!storable(response)) return response;
		entry = await makeEntry(response, event.route.id ?? 'unmatched');
		store(key, entry, flight.generation);
		return toResponse(entry, acceptEncoding, 'miss');
	} finally {
		flight.settle(entry);
	}
};

function write(entry: Entry, req: IncomingMessage, res: ServerResponse, started: number): void {
	if (res.destroyed) return;
	const [head, body] = pick(entry, req.headers['accept-encoding'] ?? '');
	const reqId = requestIdFrom(req.headers['x-request-id'] as string | undefined);
	res.writeHead(200, [...head, 'x-request-id', reqId]);
	res.end(body);
	const m = metrics();
	m.pageCache.inc({ result: 'hit' });
	const seconds = (performance.now() - started) / 1000;
	m.httpDuration.observe({ method: 'GET', route: entry.route, status: '200' }, seconds);
	log.info('request', { reqId, method: 'GET', route: entry.route, status: 200, ms: Math.round(seconds * 1000), cache: 'hit' });
}

/**
 * The Node side (server.ts), before SvelteKit: answers a hit from memory, makes a request for a page
 * being rendered wait for that render (or serves the expired copy meanwhile), and otherwise passes the
 * request on with its address normalised, so the page is rendered for the key it is stored under.
 * Returns false when the request is none of the cache's business.
 */
export function serveCached(req: IncomingMessage, res: ServerResponse, pass: () => void): boolean {
	if (req.method !== 'GET') return false;
	const cookie = req.headers.cookie;
	if (cookie && SESSION_COOKIE.test(cookie)) return false;
	const key = cacheKey(req.url ?? '/');
	if (key === null) return false;
	const started = performance.now();
	req.url = key;
	const hit = fresh(key);
	if (hit) {
		write(hit, req, res, started);
		return true;
	}
	const flight = state.flights.get(key);
	if (flight) {
		const stale = state.entries.get(key);
		if (stale) write(stale, req, res, started);
		else void flight.promise.then((entry) => (entry ? write(entry, req, res, started) : pass()));
		return true;
	}
	// This request renders it (the hook claims the flight); should it end without storing anything
	// (an error page, a client gone), the waiters are let through to render for themselves.
	const mine = openFlight(key, false);
	res.once('close', () => mine.settle(null));
	pass();
	return true;
}

/**
 * LISTEN for publications on other nodes, on a connection of its own that is re-opened when lost
 * (every page is dropped then: a notification may have been missed meanwhile).
 */
export function listenForPageChanges(connectionString: string): void {
	if (state.listening) return;
	state.listening = true;
	let client: pg.Client | undefined;
	let timer: NodeJS.Timeout | undefined;
	let stopped = false;
	let delay = 250;
	const retry = () => {
		client = undefined;
		if (stopped || isStopping() || timer) return;
		timer = setTimeout(() => {
			timer = undefined;
			void connect();
		}, delay);
		timer.unref();
		delay = Math.min(delay * 2, 5000);
	};
	const connect = async () => {
		const c = new pg.Client({ connectionString, connectionTimeoutMillis: 5000 });
		c.on('notification', (n) => {
			if (n.channel === PAGE_CACHE_CHANNEL && n.payload !== state.node) invalidatePageCache();
		});
		c.on('error', (error) => {
			if (!stopped && !isStopping()) log.warn('page cache: listen connection lost', { error });
		});
		c.on('end', () => {
			if (client === c) retry();
		});
		try {
			await c.connect();
			await c.query(`LISTEN ${PAGE_CACHE_CHANNEL}`);
			client = c;
			delay = 250;
			invalidatePageCache();
		} catch {
			await c.end().catch(() => {});
			retry();
		}
	};
	onShutdown('page-cache-listen', async () => {
		stopped = true;
		clearTimeout(timer);
		const c = client;
		client = undefined;
		await c?.end();
	});
	void connect();
}
