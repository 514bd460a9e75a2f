import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import pg from 'pg';
import type { Db } from '../db/client';
import { isStopping } from '../lifecycle';
import { log } from '../log';
import type { Buttons, Channel } from './channels.table';
import { nextSafeTime, preferencesAmong, suppressedAmong } from './consent.service';
import { routeInbound } from './inbound';
import { WAKE } from './message.service';
import { PerAddressGate, RateGate, Semaphore, sleep } from './rate';
import type { ChannelAdapter, Inbound, InboundResult, OutgoingMessage, Receipt, SendResult } from './types';

/** Advisory-lock class for live dispatcher nodes (pg_locks.classid). */
const NODE_LOCK_CLASS = 23130;

export interface DispatcherOptions {
	adapters: Partial<Record<Channel, ChannelAdapter>>;
	/** Rows a node may hold in `sending` per channel: a kill -9 repeats at most this many. Default 200. */
	window?: number;
	/** Rows taken per claim (at most the free window). Default 200. */
	claimBatch?: number;
	/** A claim older than this is in doubt even if its node looks alive. Default 5 minutes. */
	leaseMs?: number;
	/** A send that takes longer is abandoned as a temporary failure. Default 60 s. */
	sendTimeoutMs?: number;
	/** Idle poll when no NOTIFY arrives. Default 1 s. */
	pollMs?: number;
	/** Outcomes are committed in batches at least this often. Default 25 ms. */
	flushMs?: number;
	/** In-doubt, fallback and late-receipt sweep. Default 2 s. */
	sweepMs?: number;
	/** Tries before a temporary failure is final. Default 5. */
	maxAttempts?: number;
	/** Wait before try n+1 after a temporary failure. Default 30 s × 2^(n−1), at most an hour. */
	backoffMs?: (attempts: number) => number;
	/** false lifts every rate limit (benchmarks against loopback servers). */
	throttle?: boolean;
	/** Handles inbound messages from receiving adapters (default: the layer's routeInbound). */
	inbound?: (message: Inbound) => Promise<InboundResult | null>;
}

interface Claimed {
	id: string;
	address: string | null;
	locale: string;
	subject: string | null;
	body: string | null;
	buttons: Buttons | null;
	purpose: string;
	user_id: string | null;
	urgent: boolean;
	priority: number;
	attempts: number;
}

interface Outcome {
	id: string;
	status: string;
	provider_ids?: string[] | null;
	parts?: number | null;
	not_before?: string | null;
	attempts_delta?: number;
	error?: string | null;
}

interface ChannelState {
	channel: Channel;
	adapter: ChannelAdapter;
	/** Rows this node holds in `sending` (claimed, outcome not yet committed). */
	held: number;
	slots: Semaphore;
	rate: RateGate;
	perAddress: PerAddressGate;
	outcomes: Outcome[];
	suppress: { address: string; reason: string }[];
	wake: (() => void) | null;
	windowWaiter: (() => void) | null;
	flushing: Promise<void> | null;
	loop: Promise<void> | null;
	pendingSends: Set<Promise<void>>;
	/** A claim (and its screening) in progress. */
	claiming: Promise<unknown> | null;
}

/** Renders a message for the next channel when a domain's message falls back (registerRenderer). */
export type FallbackRenderer = (
	original: { refId: string | null; locale: string; subject: string | null; body: string | null; buttons: Buttons | null; userId: string | null },
	channel: Channel
) => Promise<{ body: string; subject?: string | null; buttons?: Buttons | null } | null>;
const RENDERERS = Symbol.for('sapar.fallback-renderers');
const renderers = ((globalThis as Record<symbol, unknown>)[RENDERERS] ??= new Map<string, FallbackRenderer>()) as Map<string, FallbackRenderer>;
/** A domain says how its messages read on another channel (e.g. an alert: buttons on Telegram, "reply 1 or 2" by SMS). */
export function registerRenderer(purpose: string, render: FallbackRenderer): void {
	renderers.set(purpose, render);
}

const defaultBackoff = (attempts: number) => Math.min(3_600_000, 30_000 * 2 ** Math.max(0, attempts - 1));

/**
 * Sends what is queued in `message` (docs/decisions/0014). Per channel a loop claims batches with
 * FOR UPDATE SKIP LOCKED (committed as `sending` before anything is sent), sends them within the
 * adapter's window and rate, and commits outcomes in batches. Rows left in `sending` by a node that
 * died (its advisory lock is gone) or past the lease are in doubt: sent again once and counted.
 */
export class Dispatcher {
	readonly nodeId = `${hostname()}-${process.pid}-${randomBytes(4).toString('hex')}`;
	private readonly pool: pg.Pool;
	private readonly opts: Required<Omit<DispatcherOptions, 'adapters' | 'inbound'>> & Pick<DispatcherOptions, 'inbound'>;
	private readonly states = new Map<Channel, ChannelState>();
	private running = false;
	private listener: pg.Client | null = null;
	private sweepTimer: NodeJS.Timeout | null = null;
	private flushTimer: NodeJS.Timeout | null = null;
	private receipts: Receipt[] = [];
	private receiptFlush: Promise<void> | null = null;
	private sweeping: Promise<void> | null = null;
	private inboundPending = new Set<Promise<unknown>>();

	constructor(
		private readonly db: Db,
		options: DispatcherOptions
	) {
		this.pool = (db as unknown as { $client: pg.Pool }).$client;
		this.opts = {
			window: options.window ?? 200,
			claimBatch: options.claimBatch ?? 200,
			leaseMs: options.leaseMs ?? 300_000,
			sendTimeoutMs: options.sendTimeoutMs ?? 60_000,
			pollMs: options.pollMs ?? 1000,
			flushMs: options.flushMs ?? 25,
			sweepMs: options.sweepMs ?? 2000,
			maxAttempts: options.maxAttempts ?? 5,
			backoffMs: options.backoffMs ?? defaultBackoff,
			throttle: options.throttle ?? true,
			inbound: options.inbound
		};
		for (const [channel, adapter] of Object.entries(options.adapters) as [Channel, ChannelAdapter][]) {
			if (!adapter) continue;
			const throttle = this.opts.throttle;
			this.states.set(channel, {
				channel,
				adapter,
				held: 0,
				slots: new Semaphore(adapter.window),
				rate: new RateGate(throttle ? adapter.ratePerSecond : 0),
				perAddress: new PerAddressGate(throttle ? (adapter.perAddressPerSecond ?? 0) : 0),
				outcomes: [],
				suppress: [],
				wake: null,
				windowWaiter: null,
				flushing: null,
				loop: null,
				pendingSends: new Set(),
				claiming: null
			});
		}
	}

	get channels(): Channel[] {
		return [...this.states.keys()];
	}

	async start(): Promise<void> {
		if (this.running) return;
		this.running = true;
		await this.connectListener();
		for (const s of this.states.values()) {
			await s.adapter.start?.({
				receipt: (r) => this.receipt(r),
				inbound: (msg) => {
					const p = this.opts.inbound ? this.opts.inbound(msg) : routeInbound(this.db, msg).then((r) => r.result);
					this.inboundPending.add(p);
					void p.catch(() => {}).finally(() => this.inboundPending.delete(p));
					return p;
				}
			});
		}
		for (const s of this.states.values()) s.loop = this.loop(s);
		this.flushTimer = setInterval(() => void this.flushAll(), this.opts.flushMs);
		this.sweepTimer = setInterval(() => void this.sweep(), this.opts.sweepMs);
		log.info('dispatcher started', { node: this.nodeId, channels: this.channels });
	}

	/** Stops claiming, lets what is in flight finish, commits the outcomes, disconnects the adapters. */
	async stop(): Promise<void> {
		if (!this.running) return;
		this.running = false;
		for (const s of this.states.values()) {
			s.wake?.();
			s.windowWaiter?.();
		}
		await Promise.all([...this.states.values()].map((s) => s.loop));
		await Promise.all([...this.states.values()].flatMap((s) => [...s.pendingSends]));
		if (this.flushTimer) clearInterval(this.flushTimer);
		if (this.sweepTimer) clearInterval(this.sweepTimer);
		await this.flushAll();
		await this.flushReceipts();
		await this.sweeping;
		for (const s of this.states.values()) await s.adapter.stop?.().catch(() => {});
		await this.flushReceipts();
		const listener = this.listener;
		this.listener = null;
		await listener?.end().catch(() => {});
		log.info('dispatcher stopped', { node: this.nodeId });
	}

	/**
	 * Resolves when nothing is due, in flight or waiting to be committed (tests, benchmarks). It waits
	 * for the work itself — claims and their screening, sends, outcome and receipt commits, inbound
	 * handling, a sweep — and commits what they produced at once, then asks the database whether
	 * anything is still due or in `sending`; only when both say no is the dispatcher idle.
	 */
	async idle(timeoutMs = 30_000): Promise<void> {
		const until = Date.now() + timeoutMs;
		for (;;) {
			await this.settle(until);
			if (!this.busy()) {
				const { rows } = await this.pool.query<{ n: number }>(
					`select count(*)::int as n from message where channel = any($1::text[]) and (status = 'sending' or (status = 'created' and not_before <= now()))`,
					[this.channels]
				);
				// A claim may have started while we asked: look again before saying idle.
				if (rows[0].n === 0 && !this.busy()) return;
				// Due rows and nobody claiming them: claim now rather than at the next poll.
				if (!this.busy()) for (const s of this.states.values()) s.wake?.();
			}
			if (Date.now() > until) throw new Error('dispatcher did not become idle');
			await sleep(5);
		}
	}

	/** Work this node has in hand (not yet visible as done in the database). */
	private busy(): boolean {
		for (const s of this.states.values()) {
			if (s.claiming || s.held > 0 || s.outcomes.length > 0 || s.suppress.length > 0 || s.pendingSends.size > 0 || s.flushing) return true;
		}
		return this.receipts.length > 0 || this.receiptFlush !== null || this.inboundPending.size > 0 || this.sweeping !== null;
	}

	/** Waits for what is in flight and commits its outcomes and receipts now. */
	private async settle(until: number): Promise<void> {
		for (let round = 0; round < 100; round++) {
			const waits: Promise<unknown>[] = [...this.inboundPending];
			for (const s of this.states.values()) {
				waits.push(...s.pendingSends);
				if (s.claiming) waits.push(s.claiming);
				if (s.flushing) waits.push(s.flushing);
			}
			if (this.receiptFlush) waits.push(this.receiptFlush);
			if (this.sweeping) waits.push(this.sweeping);
			const pending = this.states.size > 0 && [...this.states.values()].some((s) => s.outcomes.length > 0 || s.suppress.length > 0);
			if (waits.length === 0 && !pending && this.receipts.length === 0) return;
			const left = until - Date.now();
			if (left <= 0) return;
			await Promise.race([Promise.allSettled(waits), sleep(Math.min(left, 1000))]);
			await this.flushAll();
		}
	}

	// ─── Claim, send, commit ─────────────────────────────────────────────────

	private async connectListener(): Promise<void> {
		const options = this.pool.options as pg.ClientConfig;
		const client = new pg.Client({ ...options });
		// Once listening, a lost connection starts one reconnect loop; a failure before that is the caller's.
		let listening = false;
		client.on('error', (error) => {
			if (!listening || !this.running || isStopping()) return;
			listening = false;
			log.warn('dispatcher listener lost', { error });
			if (this.listener === client) this.listener = null;
			void this.reconnectListener();
		});
		try {
			await client.connect();
			// Held for the life of the connection: other nodes see this node is alive while its claims stand.
			await client.query('select pg_advisory_lock($1, hashtext($2))', [NODE_LOCK_CLASS, this.nodeId]);
			client.on('notification', (n) => {
				const s = this.states.get(n.payload as Channel);
				s?.wake?.();
			});
			await client.query(`listen ${WAKE}`);
		} catch (error) {
			void client.end().catch(() => {});
			throw error;
		}
		listening = true;
		this.listener = client;
	}

	/** Until the database is back (it may be restarting): the claim loops poll meanwhile. */
	private async reconnectListener(): Promise<void> {
		for (let attempt = 0; this.running && !isStopping(); attempt++) {
			await sleep(Math.min(1000 * 2 ** attempt, 10_000));
			if (!this.running || isStopping()) return;
			try {
				await this.connectListener();
				log.info('dispatcher listener back');
				return;
			} catch {
				/* still away */
			}
		}
	}

	private async waitForWork(s: ChannelState): Promise<void> {
		await new Promise<void>((resolve) => {
			const timer = setTimeout(done, this.opts.pollMs);
			function done() {
				clearTimeout(timer);
				resolve();
			}
			s.wake = () => {
				s.wake = null;
				done();
			};
		});
	}

	private async loop(s: ChannelState): Promise<void> {
		while (this.running) {
			const free = this.opts.window - s.held;
			if (free <= 0) {
				await new Promise<void>((resolve) => (s.windowWaiter = resolve));
				s.windowWaiter = null;
				continue;
			}
			// From the claim until the rows are held or handed back, idle() sees this node as busy.
			const claiming = this.claimAndScreen(s, Math.min(free, this.opts.claimBatch));
			s.claiming = claiming;
			const got = await claiming.finally(() => (s.claiming = null));
			if (!got) {
				await sleep(this.opts.pollMs);
				continue;
			}
			const { rows, ready } = got;
			if (rows.length === 0) {
				await this.waitForWork(s);
				continue;
			}
			ready.sort((a, b) => a.priority - b.priority);
			for (const row of ready) {
				if (!this.running) {
					s.outcomes.push({ id: row.id, status: 'created', attempts_delta: -1 });
					continue;
				}
				await s.rate.take();
				const delay = s.perAddress.reserve(row.address!);
				await s.slots.acquire();
				const p = this.sendOne(s, row, delay).finally(() => {
					s.slots.release();
					s.pendingSends.delete(p);
				});
				s.pendingSends.add(p);
			}
		}
	}

	/** Claims a batch and screens it (null when the claim failed); the rows are counted as held. */
	private async claimAndScreen(s: ChannelState, limit: number): Promise<{ rows: Claimed[]; ready: Claimed[] } | null> {
		let rows: Claimed[];
		try {
			rows = await this.claim(s.channel, limit);
		} catch (error) {
			if (this.running && !isStopping()) log.warn('claim failed', { channel: s.channel, error: error as Error });
			return null;
		}
		if (rows.length === 0) return { rows, ready: [] };
		s.held += rows.length;
		try {
			return { rows, ready: await this.screen(s, rows) };
		} catch (error) {
			log.warn('screening failed', { channel: s.channel, error: error as Error });
			// Put them back untouched: they are claimed by us, so release them as not sent.
			for (const row of rows) s.outcomes.push({ id: row.id, status: 'created', attempts_delta: -1 });
			return { rows, ready: [] };
		}
	}

	private async claim(channel: Channel, limit: number): Promise<Claimed[]> {
		const { rows } = await this.pool.query<Claimed>(
			`with picked as (
				select id from message
				where channel = $1 and status = 'created' and not_before <= now()
				order by priority, not_before
				limit $2
				for update skip locked
			)
			update message m set status = 'sending', claimed_by = $3, claimed_at = now(), attempts = m.attempts + 1
			from picked where m.id = picked.id
			returning m.id, m.address, m.locale, m.subject, m.body, m.buttons, m.purpose, m.user_id, m.urgent, m.priority, m.attempts`,
			[channel, limit, this.nodeId]
		);
		return rows;
	}

	/** Opted-out addresses are suppressed; non-urgent messages outside the person's safe time wait for it. */
	private async screen(s: ChannelState, rows: Claimed[]): Promise<Claimed[]> {
		const exempt = (r: Claimed) => r.purpose === 'otp' || r.purpose === 'consent';
		const addresses = [...new Set(rows.filter((r) => r.address && !exempt(r)).map((r) => r.address!))];
		const suppressed = await suppressedAmong(this.db, s.channel, addresses);
		const timed = [...new Set(rows.filter((r) => r.user_id && !r.urgent && r.priority >= 2).map((r) => r.user_id!))];
		const prefs = await preferencesAmong(this.db, timed);
		const now = new Date();
		const ready: Claimed[] = [];
		for (const row of rows) {
			if (!row.address || !row.body) {
				s.outcomes.push({ id: row.id, status: 'technical_failure', error: 'no_address' });
			} else if (!exempt(row) && suppressed.has(row.address)) {
				s.outcomes.push({ id: row.id, status: 'suppressed', attempts_delta: -1, error: 'opted_out' });
			} else {
				const p = row.user_id && !row.urgent && row.priority >= 2 ? prefs.get(row.user_id) : undefined;
				const later = p ? nextSafeTime(now, p) : null;
				if (later) s.outcomes.push({ id: row.id, status: 'created', attempts_delta: -1, not_before: later.toISOString(), error: 'safe_time' });
				else ready.push(row);
			}
		}
		return ready;
	}

	private async sendOne(s: ChannelState, row: Claimed, delay: number): Promise<void> {
		if (delay > 0) await sleep(delay);
		const outgoing: OutgoingMessage = {
			id: row.id,
			channel: s.channel,
			address: row.address!,
			locale: row.locale,
			subject: row.subject,
			body: row.body!,
			buttons: row.buttons,
			purpose: row.purpose
		};
		let result: SendResult;
		let threw = false;
		try {
			result = await withTimeout(s.adapter.send(outgoing), this.opts.sendTimeoutMs);
		} catch (error) {
			threw = true;
			log.warn('send failed', { channel: s.channel, adapter: s.adapter.name, error: (error as Error).message });
			result = { ok: false, permanent: false, reason: (error as Error).message === 'send timeout' ? 'timeout' : 'adapter_error' };
		}
		s.outcomes.push(this.outcomeOf(s, row, result, threw));
		if (s.outcomes.length >= Math.max(50, this.opts.window / 4)) void this.flush(s);
	}

	private outcomeOf(s: ChannelState, row: Claimed, result: SendResult, threw: boolean): Outcome {
		if (result.ok) {
			return { id: row.id, status: result.final ? 'delivered' : 'sent', provider_ids: result.providerIds, parts: result.parts, error: null };
		}
		const reason = result.reason.slice(0, 60);
		if (result.unreachable) {
			s.suppress.push({ address: row.address!, reason: s.channel === 'telegram' ? 'telegram_blocked' : 'provider' });
			return { id: row.id, status: 'permanent_failure', error: reason };
		}
		if (result.permanent) return { id: row.id, status: 'permanent_failure', error: reason };
		if (result.retryAfterMs !== undefined) {
			// Throttled by the provider: not the message's fault, so no attempt is used up.
			return { id: row.id, status: 'created', attempts_delta: -1, not_before: new Date(Date.now() + result.retryAfterMs).toISOString(), error: reason };
		}
		if (row.attempts >= this.opts.maxAttempts) return { id: row.id, status: threw ? 'technical_failure' : 'temporary_failure', error: reason };
		return { id: row.id, status: 'created', not_before: new Date(Date.now() + this.opts.backoffMs(row.attempts)).toISOString(), error: reason };
	}

	/** Outcomes first, then receipts: a receipt that raced its own message's commit finds it committed. */
	private async flushAll(): Promise<void> {
		await Promise.all([...this.states.values()].map((s) => this.flush(s)));
		await this.flushReceipts();
	}

	/** Commits the outcomes gathered so far in one statement (and the suppressions they imply). */
	private flush(s: ChannelState): Promise<void> {
		if (s.flushing) return s.flushing;
		if (s.outcomes.length === 0 && s.suppress.length === 0) return Promise.resolve();
		s.flushing = (async () => {
			while (s.outcomes.length > 0 || s.suppress.length > 0) {
				const batch = s.outcomes.splice(0, 2000);
				const blocked = s.suppress.splice(0);
				try {
					await this.commit(s, batch, blocked);
				} catch (error) {
					// Keep them: the next flush tries again (the rows stay ours in `sending` meanwhile).
					s.outcomes.unshift(...batch);
					s.suppress.unshift(...blocked);
					if (!isStopping()) log.warn('outcome commit failed', { channel: s.channel, error: error as Error });
					await sleep(200);
					if (!this.running) break;
					continue;
				}
				s.held -= batch.length;
				s.windowWaiter?.();
			}
		})().finally(() => (s.flushing = null));
		return s.flushing;
	}

	private async commit(s: ChannelState, batch: Outcome[], blocked: { address: string; reason: string }[]): Promise<void> {
		if (blocked.length > 0) {
			await this.pool.query(
				`insert into suppression (channel, address, reason) select $1, a, r from unnest($2::text[], $3::text[]) as x(a, r) on conflict do nothing`,
				[s.channel, blocked.map((b) => b.address), blocked.map((b) => b.reason)]
			);
		}
		if (batch.length === 0) return;
		const { rows } = await this.pool.query<{ provider_ids: string[] | null; status: string }>(
			`update message m set
				status = o.status,
				provider_ids = coalesce(o.provider_ids, m.provider_ids),
				parts = coalesce(o.parts, m.parts),
				parts_delivered = case when o.status = 'delivered' then coalesce(o.parts, 1) else m.parts_delivered end,
				sent_at = case when o.status in ('sent', 'delivered') then now() else m.sent_at end,
				done_at = case when o.status in ('created', 'sent') then null else now() end,
				not_before = coalesce(o.not_before, m.not_before),
				attempts = m.attempts + coalesce(o.attempts_delta, 0),
				error = o.error,
				claimed_by = null
			from jsonb_to_recordset($1::jsonb) as o(id uuid, status text, provider_ids text[], parts int, not_before timestamptz, attempts_delta int, error text)
			where m.id = o.id and m.status = 'sending' and m.claimed_by = $2
			returning m.provider_ids, m.status`,
			[JSON.stringify(batch), this.nodeId]
		);
		// Receipts that came before this commit wait in message_receipt_pending.
		const sent = rows.filter((r) => r.status === 'sent' && r.provider_ids).flatMap((r) => r.provider_ids!);
		if (sent.length > 0) {
			const early = await this.pool.query<{ provider_id: string; channel: Channel; state: Receipt['state'] }>(
				`delete from message_receipt_pending where provider_id = any($1::text[]) returning provider_id, channel, state`,
				[sent]
			);
			for (const r of early.rows) this.receipts.push({ channel: r.channel, providerId: r.provider_id, state: r.state });
		}
	}

	// ─── Receipts ────────────────────────────────────────────────────────────

	/** A delivery receipt from an adapter; applied in batches. */
	receipt(r: Receipt): void {
		this.receipts.push(r);
		if (this.receipts.length >= 1000) void this.flushReceipts();
	}

	private flushReceipts(): Promise<void> {
		if (this.receiptFlush) return this.receiptFlush;
		if (this.receipts.length === 0) return Promise.resolve();
		this.receiptFlush = (async () => {
			while (this.receipts.length > 0) {
				const batch = this.receipts.splice(0, 5000);
				try {
					await applyReceipts(this.pool, batch);
				} catch (error) {
					if (!isStopping()) log.warn('receipts not applied', { error: error as Error });
					this.receipts.unshift(...batch);
					await sleep(200);
					if (!this.running) break;
				}
			}
		})().finally(() => (this.receiptFlush = null));
		return this.receiptFlush;
	}

	// ─── Sweep: in doubt, late receipts, fallback ────────────────────────────

	/** One sweep now (tests); also runs every `sweepMs`. */
	sweep(): Promise<void> {
		if (this.sweeping) return this.sweeping;
		this.sweeping = (async () => {
			try {
				await this.reclaimInDoubt();
				await this.retryPendingReceipts();
				await this.fallBack();
			} catch (error) {
				if (!isStopping()) log.warn('sweep failed', { error: error as Error });
			}
		})().finally(() => (this.sweeping = null));
		return this.sweeping;
	}

	/**
	 * Rows in `sending` whose node is gone (its advisory lock released: crashed or killed) or whose
	 * lease ran out: sent again once (in_doubt), or a technical failure if they were already in doubt.
	 */
	async reclaimInDoubt(): Promise<number> {
		const { rowCount } = await this.pool.query(
			`with alive as materialized (
				select objid from pg_locks where locktype = 'advisory' and classid = $1 and objsubid = 2 and granted
			)
			update message m set
				status = case when m.in_doubt then 'technical_failure' else 'created' end,
				error = case when m.in_doubt then 'in_doubt_twice' else 'in_doubt' end,
				done_at = case when m.in_doubt then now() end,
				in_doubt = true,
				claimed_by = null,
				not_before = now()
			where m.status = 'sending' and m.claimed_by is distinct from $2
				and (m.claimed_at < now() - make_interval(secs => $3)
					or not exists (select 1 from alive where alive.objid = (hashtext(m.claimed_by)::bigint & 4294967295)::oid))`,
			[NODE_LOCK_CLASS, this.nodeId, this.opts.leaseMs / 1000]
		);
		if (rowCount) log.warn('messages in doubt', { count: rowCount });
		return rowCount ?? 0;
	}

	/**
	 * Receipts that found no message (its outcome was not committed yet) are tried again for ten
	 * minutes, then dropped (a receipt for something we never sent, e.g. from another system).
	 */
	private async retryPendingReceipts(): Promise<void> {
		const { rows } = await this.pool.query<{ provider_id: string; channel: Channel; state: Receipt['state']; received_at: Date }>(
			`delete from message_receipt_pending where provider_id in (
				select provider_id from message_receipt_pending where received_at < now() - interval '2 seconds' limit 5000 for update skip locked
			) returning provider_id, channel, state, received_at`
		);
		const fresh = rows.filter((r) => r.received_at.getTime() > Date.now() - 600_000);
		if (rows.length > fresh.length) log.info('receipts without a message dropped', { count: rows.length - fresh.length });
		await applyReceipts(
			this.pool,
			fresh.map((r) => ({ channel: r.channel, providerId: r.provider_id, state: r.state, receivedAt: r.received_at }))
		);
	}

	/**
	 * Messages that failed, were suppressed, or were not delivered within their fallback time go to
	 * the person's next channel (a new row; at most one per ref and channel).
	 */
	async fallBack(): Promise<number> {
		const client = await this.pool.connect();
		let created = 0;
		try {
			await client.query('begin');
			const { rows } = await client.query<{
				id: string;
				ref_id: string | null;
				batch_id: string | null;
				user_id: string;
				purpose: string;
				locale: string;
				subject: string | null;
				body: string | null;
				buttons: Buttons | null;
				urgent: boolean;
				priority: number;
				fallback_seconds: number;
				next_channel: Channel | null;
				next_address: string | null;
			}>(
				`with due as (
					select id from message
					where fallback_seconds is not null and fell_back_at is null
						and status not in ('created', 'sending', 'delivered', 'cancelled')
						and (status <> 'sent' or sent_at < now() - make_interval(secs => fallback_seconds))
					limit 500
					for update skip locked
				),
				marked as (
					update message m set fell_back_at = now() from due where m.id = due.id
					returning m.*
				)
				select distinct on (mk.id) mk.id, mk.ref_id, mk.batch_id, mk.user_id, mk.purpose, mk.locale, mk.subject, mk.body, mk.buttons,
					mk.urgent, mk.priority, mk.fallback_seconds, c.channel as next_channel, c.address as next_address
				from marked mk
				left join channel_preference p on p.user_id = mk.user_id
				left join channel_contact c on c.user_id = mk.user_id and c.position > channel_rank(p.channel_order, mk.channel)
				order by mk.id, c.position`
			);
			for (const row of rows) {
				if (!row.next_channel || !row.next_address || !row.user_id) continue;
				const render = renderers.get(row.purpose);
				const text = render
					? await render(
							{ refId: row.ref_id, locale: row.locale, subject: row.subject, body: row.body, buttons: row.buttons, userId: row.user_id },
							row.next_channel
						)
					: row.body
						? { body: row.body, subject: row.subject ?? 'Sapar', buttons: row.next_channel === 'telegram' ? row.buttons : null }
						: null;
				if (!text) continue;
				const inserted = await client.query(
					`insert into message (channel, address, locale, subject, body, buttons, purpose, ref_id, batch_id, user_id, urgent, priority, fallback_seconds)
					values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
					on conflict do nothing`,
					[
						row.next_channel,
						row.next_address,
						row.locale,
						text.subject ?? null,
						text.body,
						text.buttons ? JSON.stringify(text.buttons) : null,
						row.purpose,
						row.ref_id,
						row.batch_id,
						row.user_id,
						row.urgent,
						row.priority,
						row.fallback_seconds
					]
				);
				if (inserted.rowCount) {
					created++;
					await client.query(`select pg_notify($1, $2)`, [WAKE, row.next_channel]);
				}
			}
			await client.query('commit');
		} catch (error) {
			await client.query('rollback').catch(() => {});
			throw error;
		} finally {
			client.release();
		}
		return created;
	}
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
	return new Promise<T>((resolve, reject) => {
		const timer = setTimeout(() => reject(new Error('send timeout')), ms);
		promise.then(
			(value) => {
				clearTimeout(timer);
				resolve(value);
			},
			(error) => {
				clearTimeout(timer);
				reject(error);
			}
		);
	});
}

/**
 * Moves messages by their receipts: every part delivered → delivered; a failed part → permanent
 * failure; expired → temporary failure (final: the network gave up); unknown → technical failure.
 * Receipts whose message is not committed yet wait in message_receipt_pending.
 */
export async function applyReceipts(pool: pg.Pool, receipts: (Receipt & { receivedAt?: Date })[]): Promise<void> {
	if (receipts.length === 0) return;
	await pool.query(
		`with r as (
			select distinct on (pid) pid, channel, state, received_at
			from unnest($1::text[], $2::text[], $3::text[], $4::timestamptz[]) as r(pid, channel, state, received_at)
		),
		hit as (
			select m.id, r.pid, r.state from r join message m on m.provider_ids @> array[r.pid] and m.channel = r.channel
		),
		agg as (
			select id, count(*) filter (where state = 'delivered')::int as d,
				bool_or(state = 'failed') as f, bool_or(state = 'expired') as x, bool_or(state = 'unknown') as u
			from hit group by id
		),
		upd as (
			update message m set
				parts_delivered = m.parts_delivered + agg.d,
				status = case
					when m.status <> 'sent' then m.status
					when agg.f then 'permanent_failure'
					when agg.x then 'temporary_failure'
					when agg.u then 'technical_failure'
					when m.parts_delivered + agg.d >= coalesce(m.parts, 1) then 'delivered'
					else m.status end,
				error = case
					when m.status <> 'sent' then m.error
					when agg.f then 'receipt_failed' when agg.x then 'receipt_expired' when agg.u then 'receipt_unknown'
					else m.error end,
				done_at = case
					when m.status <> 'sent' then m.done_at
					when agg.f or agg.x or agg.u or m.parts_delivered + agg.d >= coalesce(m.parts, 1) then now()
					else m.done_at end
			from agg where m.id = agg.id
			returning m.id
		)
		insert into message_receipt_pending (provider_id, channel, state, received_at)
		select pid, channel, state, coalesce(received_at, now()) from r
		where not exists (select 1 from hit where hit.pid = r.pid)
		on conflict do nothing`,
		[receipts.map((r) => r.providerId), receipts.map((r) => r.channel), receipts.map((r) => r.state), receipts.map((r) => r.receivedAt ?? null)]
	);
}
