import { randomUUID } from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { ScriptedAdapter } from '../../../../tests/support/scripted-adapter';
import { makeMigrant } from '../../../../tests/support/factories';
import { authUser } from '../auth/auth.table';
import { getDb, getPool } from '../db/client';
import { channelPreference, message, messageReceiptPending, suppression, telegramLink } from './channels.table';
import { suppress, writePreferences } from './consent.service';
import { Dispatcher, registerRenderer, type DispatcherOptions } from './dispatcher';
import { batchCounts, cancelBatch, enqueueForPerson, enqueueMessage } from './message.service';
import { purgeOldMessages } from './retention';

const db = getDb();
let running: Dispatcher[] = [];

function dispatcher(adapters: DispatcherOptions['adapters'], opts: Partial<DispatcherOptions> = {}) {
	const d = new Dispatcher(db, { adapters, pollMs: 50, flushMs: 10, sweepMs: 3_600_000, backoffMs: () => 0, ...opts });
	running.push(d);
	return d;
}
afterEach(async () => {
	await Promise.all(running.map((d) => d.stop()));
	running = [];
});

let counter = 0;
/** A phone number no other test uses. */
const phone = () => `+99655${String(Date.now() % 100_000).padStart(5, '0')}${String(counter++ % 100).padStart(2, '0')}`;

async function rows(ids: (string | null)[]) {
	return db
		.select()
		.from(message)
		.where(
			inArray(
				message.id,
				ids.filter((id): id is string => !!id)
			)
		);
}
async function one(id: string | null) {
	const [row] = await rows([id]);
	return row;
}
async function waitFor<T>(probe: () => Promise<T | undefined | false>, timeoutMs = 15_000): Promise<T> {
	const until = Date.now() + timeoutMs;
	for (;;) {
		const value = await probe();
		if (value) return value;
		if (Date.now() > until) throw new Error('timed out waiting');
		await new Promise((r) => setTimeout(r, 25));
	}
}

async function migrantWith(opts: { phone?: string; chatId?: string; email?: string }) {
	const actor = await makeMigrant();
	await db
		.update(authUser)
		.set({ phoneNumber: opts.phone ?? null, email: opts.email ?? `${actor.userId}@phone.sapar.invalid`, locale: 'ru' })
		.where(eq(authUser.id, actor.userId));
	if (opts.chatId) await db.insert(telegramLink).values({ userId: actor.userId, chatId: opts.chatId });
	return actor.userId;
}

describe('queue and dispatch', () => {
	it('sends a queued message once and marks it delivered', async () => {
		const sms = new ScriptedAdapter('sms');
		const d = dispatcher({ sms });
		await d.start();
		const to = phone();
		const id = await enqueueMessage(db, { channel: 'sms', address: to, body: 'Саламатсызбы', purpose: 'case' });
		await d.idle();
		const row = await one(id);
		expect(row.status).toBe('delivered');
		expect(row.attempts).toBe(1);
		expect(row.providerIds).toEqual([`p-${id}`]);
		expect(sms.countTo(to)).toBe(1);
	});

	it('refuses a bad address or body with a clear error, and queues nothing', async () => {
		await expect(enqueueMessage(db, { channel: 'sms', address: '0700 123 456', body: 'x', purpose: 'case' })).rejects.toThrow(/invalid sms address/);
		await expect(enqueueMessage(db, { channel: 'email', address: 'not-an-address', body: 'x', purpose: 'case' })).rejects.toThrow(/invalid email address/);
		await expect(enqueueMessage(db, { channel: 'telegram', address: '12345', body: 'a\u0000b', purpose: 'case' })).rejects.toThrow(/invalid telegram body/);
		await expect(enqueueMessage(db, { channel: 'telegram', address: '12345', body: 'x'.repeat(5000), purpose: 'case' })).rejects.toThrow(
			/invalid telegram body/
		);
	});

	it('one message per ref and channel: a second enqueue for the same ref is ignored', async () => {
		const ref = randomUUID();
		const to = phone();
		const first = await enqueueMessage(db, { channel: 'sms', address: to, body: 'one', purpose: 'alert', refId: ref });
		const second = await enqueueMessage(db, { channel: 'sms', address: to, body: 'two', purpose: 'alert', refId: ref });
		expect(first).toBeTruthy();
		expect(second).toBeNull();
		await db.update(message).set({ status: 'cancelled' }).where(eq(message.id, first!));
	});

	it('a sign-in code goes before a queue of alerts', async () => {
		const sms = new ScriptedAdapter('sms', 1);
		const batch = randomUUID();
		const to = phone();
		await getPool().query(
			`insert into message (channel, address, body, purpose, batch_id, urgent, priority)
			select 'sms', $1, 'alert ' || g, 'alert', $2, true, 1 from generate_series(1, 30) g`,
			[to, batch]
		);
		const otp = await enqueueMessage(db, { channel: 'sms', address: to, body: 'code 123456', purpose: 'otp' });
		const d = dispatcher({ sms }, { claimBatch: 50 });
		await d.start();
		await d.idle();
		expect(sms.sent.filter((m) => m.address === to)[0].id).toBe(otp);
		expect(sms.countTo(to)).toBe(31);
	});

	it('set-based insert of 3,000 rows: two nodes share them and send each exactly once', async () => {
		const a = new ScriptedAdapter('sms', 50);
		const b = new ScriptedAdapter('sms', 50);
		const batch = randomUUID();
		const { rowCount } = await getPool().query(
			`insert into message (channel, address, body, purpose, ref_id, batch_id)
			select 'sms', '+99677' || lpad(g::text, 7, '0'), 'Sapar: test', 'alert', gen_random_uuid(), $1 from generate_series(1, 3000) g`,
			[batch]
		);
		expect(rowCount).toBe(3000);
		const d1 = dispatcher({ sms: a }, { claimBatch: 100 });
		const d2 = dispatcher({ sms: b }, { claimBatch: 100 });
		await Promise.all([d1.start(), d2.start()]);
		await Promise.all([d1.idle(), d2.idle()]);
		const seen = new Map<string, number>();
		for (const m of [...a.sent, ...b.sent].filter((m) => m.purpose === 'alert')) seen.set(m.address, (seen.get(m.address) ?? 0) + 1);
		expect(seen.size).toBe(3000);
		expect([...seen.values()].every((n) => n === 1)).toBe(true);
		expect(a.sent.length).toBeGreaterThan(0);
		expect(b.sent.length).toBeGreaterThan(0);
		expect(await batchCounts(db, batch)).toEqual([{ channel: 'sms', status: 'delivered', n: 3000, inDoubt: 0 }]);
	});

	it('holds no more rows in sending than the window', async () => {
		const sms = new ScriptedAdapter('sms', 100);
		let maxSending = 0;
		sms.script = async (m) => {
			const { rows } = await getPool().query<{ n: number }>(`select count(*)::int as n from message where status = 'sending'`);
			maxSending = Math.max(maxSending, rows[0].n);
			return { ok: true, providerIds: [m.id], parts: 1, final: true };
		};
		await getPool().query(
			`insert into message (channel, address, body, purpose) select 'sms', '+99678' || lpad(g::text, 7, '0'), 'x', 'notice' from generate_series(1, 300) g`
		);
		const d = dispatcher({ sms }, { window: 25, claimBatch: 100 });
		await d.start();
		await d.idle();
		expect(maxSending).toBeGreaterThan(0);
		expect(maxSending).toBeLessThanOrEqual(25);
	});

	it('cancel stops what a batch has not sent', async () => {
		const batch = randomUUID();
		const id = await enqueueMessage(db, {
			channel: 'telegram',
			address: '700100',
			body: 'x',
			purpose: 'alert',
			batchId: batch,
			notBefore: new Date(Date.now() + 3_600_000)
		});
		expect(await cancelBatch(db, batch)).toBe(1);
		expect((await one(id)).status).toBe('cancelled');
	});
});

describe('failures, retries and throttling', () => {
	it('retries a temporary failure with back-off until it goes through', async () => {
		const sms = new ScriptedAdapter('sms');
		sms.script = (m, attempt) =>
			attempt < 3 ? { ok: false, permanent: false, reason: 'smsc_busy' } : { ok: true, providerIds: [m.id], parts: 1, final: true };
		const d = dispatcher({ sms });
		await d.start();
		const id = await enqueueMessage(db, { channel: 'sms', address: phone(), body: 'x', purpose: 'case' });
		await d.idle();
		const row = await one(id);
		expect(row.status).toBe('delivered');
		expect(row.attempts).toBe(3);
	});

	it('the back-off is honoured: the retry waits its turn', async () => {
		const sms = new ScriptedAdapter('sms');
		sms.script = () => ({ ok: false, permanent: false, reason: 'smsc_busy' });
		const d = dispatcher({ sms }, { backoffMs: () => 3_600_000 });
		await d.start();
		const id = await enqueueMessage(db, { channel: 'sms', address: phone(), body: 'x', purpose: 'case' });
		const row = await waitFor(async () => {
			const r = await one(id);
			return r.attempts === 1 && r.status === 'created' && r;
		});
		expect(row.notBefore.getTime()).toBeGreaterThan(Date.now() + 3_500_000);
		expect(row.error).toBe('smsc_busy');
		await db.update(message).set({ status: 'cancelled' }).where(eq(message.id, id!));
	});

	it('gives up after the last try: temporary_failure (technical_failure when the adapter broke)', async () => {
		const sms = new ScriptedAdapter('sms');
		sms.script = () => ({ ok: false, permanent: false, reason: 'smsc_busy' });
		const email = new ScriptedAdapter('email');
		email.script = () => {
			throw new Error('boom');
		};
		const d = dispatcher({ sms, email }, { maxAttempts: 3 });
		await d.start();
		const a = await enqueueMessage(db, { channel: 'sms', address: phone(), body: 'x', purpose: 'case' });
		const b = await enqueueMessage(db, { channel: 'email', address: 'broken@example.kg', body: 'x', purpose: 'case' });
		await d.idle();
		expect(await one(a)).toMatchObject({ status: 'temporary_failure', attempts: 3 });
		expect(await one(b)).toMatchObject({ status: 'technical_failure', attempts: 3, error: 'adapter_error' });
	});

	it('a permanent failure is not retried', async () => {
		const sms = new ScriptedAdapter('sms');
		sms.script = () => ({ ok: false, permanent: true, reason: 'invalid_destination' });
		const d = dispatcher({ sms });
		await d.start();
		const id = await enqueueMessage(db, { channel: 'sms', address: phone(), body: 'x', purpose: 'case' });
		await d.idle();
		expect(await one(id)).toMatchObject({ status: 'permanent_failure', attempts: 1, error: 'invalid_destination' });
	});

	it('a provider asking to wait (429 retry_after) delays the message without using up a try', async () => {
		const telegram = new ScriptedAdapter('telegram');
		telegram.script = (m, attempt) =>
			attempt === 1 ? { ok: false, permanent: false, reason: 'telegram_429', retryAfterMs: 300 } : { ok: true, providerIds: ['1'], parts: 1, final: true };
		const d = dispatcher({ telegram });
		await d.start();
		const id = await enqueueMessage(db, { channel: 'telegram', address: '5550001', body: 'x', purpose: 'case' });
		const started = Date.now();
		await waitFor(async () => (await one(id)).status === 'delivered');
		expect(Date.now() - started).toBeGreaterThanOrEqual(250);
		expect((await one(id)).attempts).toBe(1);
	});

	it('a blocked bot (403) marks the chat unreachable: suppressed from then on', async () => {
		const telegram = new ScriptedAdapter('telegram');
		telegram.script = () => ({ ok: false, permanent: true, unreachable: true, reason: 'telegram_403' });
		const d = dispatcher({ telegram });
		await d.start();
		const id = await enqueueMessage(db, { channel: 'telegram', address: '5550002', body: 'x', purpose: 'case' });
		await d.idle();
		expect((await one(id)).status).toBe('permanent_failure');
		const [s] = await db
			.select()
			.from(suppression)
			.where(and(eq(suppression.channel, 'telegram'), eq(suppression.address, '5550002')));
		expect(s.reason).toBe('telegram_blocked');
		const next = await enqueueMessage(db, { channel: 'telegram', address: '5550002', body: 'y', purpose: 'case' });
		await d.idle();
		expect((await one(next)).status).toBe('suppressed');
		expect(telegram.countTo('5550002')).toBe(1);
	});

	it('respects the rate: 20 messages at 40/s take about half a second', async () => {
		const sms = new ScriptedAdapter('sms', 10, 40);
		const d = dispatcher({ sms });
		await getPool().query(
			`insert into message (channel, address, body, purpose) select 'sms', '+99679' || lpad(g::text, 7, '0'), 'x', 'notice' from generate_series(1, 20) g`
		);
		const started = Date.now();
		await d.start();
		await d.idle();
		// 20 at 40/s with a tenth of a second of burst: at least ~0.35 s.
		expect(Date.now() - started).toBeGreaterThanOrEqual(350);
	});
});

describe('crash: messages in doubt', () => {
	it('rows left in sending by a node that is gone are sent again once, and counted', async () => {
		const sms = new ScriptedAdapter('sms');
		const batch = randomUUID();
		const to = phone();
		const id = await enqueueMessage(db, { channel: 'sms', address: to, body: 'x', purpose: 'alert', batchId: batch });
		// A node that claimed it and died (no advisory lock held for it).
		await db.update(message).set({ status: 'sending', claimedBy: 'dead-node-1', claimedAt: new Date(), attempts: 1 }).where(eq(message.id, id!));
		const d = dispatcher({ sms });
		await d.start();
		expect(await d.reclaimInDoubt()).toBe(1);
		await d.idle();
		expect(await one(id)).toMatchObject({ status: 'delivered', inDoubt: true, attempts: 2 });
		expect(await batchCounts(db, batch)).toEqual([{ channel: 'sms', status: 'delivered', n: 1, inDoubt: 1 }]);
	});

	it('a row in doubt a second time is not sent a third time', async () => {
		const sms = new ScriptedAdapter('sms');
		const id = await enqueueMessage(db, { channel: 'sms', address: phone(), body: 'x', purpose: 'alert' });
		await db.update(message).set({ status: 'sending', claimedBy: 'dead-node-2', claimedAt: new Date(), inDoubt: true, attempts: 2 }).where(eq(message.id, id!));
		const d = dispatcher({ sms });
		await d.start();
		await d.reclaimInDoubt();
		expect(await one(id)).toMatchObject({ status: 'technical_failure', error: 'in_doubt_twice' });
		expect(sms.sent.some((m) => m.id === id)).toBe(false);
	});

	it("a live node's claims are left alone until its lease runs out", async () => {
		const slow = new ScriptedAdapter('sms');
		let release!: () => void;
		const gate = new Promise<void>((r) => (release = r));
		slow.script = async (m) => {
			await gate;
			return { ok: true, providerIds: [m.id], parts: 1, final: true };
		};
		const owner = dispatcher({ sms: slow });
		await owner.start();
		const id = await enqueueMessage(db, { channel: 'sms', address: phone(), body: 'x', purpose: 'alert' });
		await waitFor(async () => (await one(id)).status === 'sending');
		const other = dispatcher({ sms: new ScriptedAdapter('sms') }, { leaseMs: 60_000 });
		await other.start();
		expect(await other.reclaimInDoubt()).toBe(0);
		const impatient = dispatcher({ sms: new ScriptedAdapter('sms') }, { leaseMs: 1 });
		await impatient.start();
		await new Promise((r) => setTimeout(r, 20));
		expect(await impatient.reclaimInDoubt()).toBeGreaterThanOrEqual(1);
		release();
		await owner.idle();
		// The owner's late outcome does not overwrite the reclaimed row.
		expect((await one(id)).inDoubt).toBe(true);
	});
});

describe('consent: opt-out, safe time', () => {
	it('an opted-out address gets nothing (suppressed), except a sign-in code it asks for', async () => {
		const sms = new ScriptedAdapter('sms');
		const to = phone();
		await suppress(db, 'sms', to, 'stop_reply');
		const d = dispatcher({ sms });
		await d.start();
		const alert = await enqueueMessage(db, { channel: 'sms', address: to, body: 'alert', purpose: 'alert', urgent: true });
		const otp = await enqueueMessage(db, { channel: 'sms', address: to, body: 'code', purpose: 'otp' });
		await d.idle();
		expect((await one(alert)).status).toBe('suppressed');
		expect((await one(otp)).status).toBe('delivered');
		expect(sms.sent.filter((m) => m.address === to).map((m) => m.purpose)).toEqual(['otp']);
	});

	it('stop cancels what is already queued for the address', async () => {
		const to = phone();
		const id = await enqueueMessage(db, { channel: 'sms', address: to, body: 'later', purpose: 'reminder', notBefore: new Date(Date.now() + 60_000) });
		await suppress(db, 'sms', to, 'stop_reply');
		expect((await one(id)).status).toBe('suppressed');
	});

	it('outside the safe time a non-urgent message waits for the window; an urgent one goes now', async () => {
		const to = phone();
		const userId = await migrantWith({ phone: to });
		// A window that is closed now: it opens two hours from now (UTC).
		const now = new Date();
		const from = (now.getUTCHours() * 60 + now.getUTCMinutes() + 120) % 1440;
		await writePreferences(db, userId, { channelOrder: [], safeFrom: from, safeTo: (from + 60) % 1440, timeZone: 'UTC' });
		const sms = new ScriptedAdapter('sms');
		const d = dispatcher({ sms });
		await d.start();
		const normal = await enqueueMessage(db, { channel: 'sms', address: to, body: 'status', purpose: 'case', userId });
		const urgent = await enqueueMessage(db, { channel: 'sms', address: to, body: 'alert', purpose: 'alert', userId, urgent: true });
		await d.idle();
		const waiting = await one(normal);
		expect(waiting).toMatchObject({ status: 'created', attempts: 0, error: 'safe_time' });
		const waitMs = waiting.notBefore.getTime() - Date.now();
		expect(waitMs).toBeGreaterThan(100 * 60_000);
		expect(waitMs).toBeLessThanOrEqual(120 * 60_000);
		expect((await one(urgent)).status).toBe('delivered');
		await db.update(message).set({ status: 'cancelled' }).where(eq(message.id, normal!));
	});
});

describe("fallback to the person's next channel", () => {
	it('a failed Telegram message goes to SMS, once, in the same language', async () => {
		const to = phone();
		const userId = await migrantWith({ phone: to, chatId: '5550101' });
		const telegram = new ScriptedAdapter('telegram');
		telegram.script = () => ({ ok: false, permanent: true, reason: 'chat_not_found' });
		const sms = new ScriptedAdapter('sms');
		const d = dispatcher({ telegram, sms });
		await d.start();
		const ref = randomUUID();
		const first = await enqueueForPerson(db, {
			userId,
			purpose: 'case',
			refId: ref,
			fallbackSeconds: 600,
			render: (ch, locale) => ({ body: `${ch}:${locale}` })
		});
		expect((await one(first)).channel).toBe('telegram');
		await d.idle();
		expect(await d.fallBack()).toBe(1);
		await d.idle();
		expect(await d.fallBack()).toBe(0);
		const all = await db.select().from(message).where(eq(message.refId, ref));
		expect(all.map((m) => [m.channel, m.status]).sort()).toEqual([
			['sms', 'delivered'],
			['telegram', 'permanent_failure']
		]);
		expect(sms.sent.find((m) => m.address === to)?.body).toBe('telegram:ru');
	});

	it('not delivered in time (no receipt) → the next channel; a registered renderer writes its text', async () => {
		const to = phone();
		const userId = await migrantWith({ phone: to, email: `fb-${randomUUID().slice(0, 8)}@example.kg` });
		await writePreferences(db, userId, { channelOrder: ['sms', 'email'], safeFrom: null, safeTo: null, timeZone: 'Asia/Bishkek' });
		registerRenderer('test_fallback', async (original, channel) => ({ body: `${channel} version of ${original.body}`, subject: 'Sapar' }));
		const sms = new ScriptedAdapter('sms');
		sms.script = (m) => ({ ok: true, providerIds: [`smsc-${m.id}`], parts: 1, final: false });
		const email = new ScriptedAdapter('email');
		const d = dispatcher({ sms, email });
		await d.start();
		const id = await enqueueForPerson(db, { userId, purpose: 'test_fallback', fallbackSeconds: 1, render: () => ({ body: 'news' }) });
		await d.idle();
		expect((await one(id)).status).toBe('sent');
		expect(await d.fallBack()).toBe(0);
		await new Promise((r) => setTimeout(r, 1100));
		expect(await d.fallBack()).toBe(1);
		await d.idle();
		expect(email.sent.at(-1)?.body).toBe('email version of news');
	});

	it('no fallback when the purpose did not ask for one, or there is no next channel', async () => {
		const to = phone();
		const userId = await migrantWith({ phone: to });
		const sms = new ScriptedAdapter('sms');
		sms.script = () => ({ ok: false, permanent: true, reason: 'x' });
		const d = dispatcher({ sms });
		await d.start();
		await enqueueForPerson(db, { userId, purpose: 'case', render: () => ({ body: 'a' }) });
		await enqueueForPerson(db, { userId, purpose: 'case', fallbackSeconds: 60, render: () => ({ body: 'b' }) });
		await d.idle();
		expect(await d.fallBack()).toBe(0);
	});

	it('the channel order and opt-outs choose the first channel', async () => {
		const to = phone();
		const userId = await migrantWith({ phone: to, chatId: '5550202' });
		const render = () => ({ body: 'x' });
		const a = await one(await enqueueForPerson(db, { userId, purpose: 'notice', render }));
		expect(a.channel).toBe('telegram');
		await writePreferences(db, userId, { channelOrder: ['sms', 'telegram'], safeFrom: null, safeTo: null, timeZone: 'Asia/Bishkek' });
		const b = await one(await enqueueForPerson(db, { userId, purpose: 'notice', render }));
		expect(b.channel).toBe('sms');
		await suppress(db, 'sms', to, 'account_setting');
		const c = await one(await enqueueForPerson(db, { userId, purpose: 'notice', render }));
		expect(c.channel).toBe('telegram');
		await suppress(db, 'telegram', '5550202', 'telegram_stop');
		expect(await enqueueForPerson(db, { userId, purpose: 'notice', render })).toBeNull();
		await db
			.update(message)
			.set({ status: 'cancelled' })
			.where(inArray(message.id, [a.id, b.id, c.id]));
		await db.delete(channelPreference).where(eq(channelPreference.userId, userId));
	});
});

describe('receipts', () => {
	it('a receipt that comes before the outcome is committed waits, then applies; all parts → delivered', async () => {
		const sms = new ScriptedAdapter('sms');
		sms.script = (m) => {
			// The SMSC answers with two part ids and sends the first receipt at once.
			sms.hooks!.receipt({ channel: 'sms', providerId: `r1-${m.id}`, state: 'delivered' });
			return { ok: true, providerIds: [`r1-${m.id}`, `r2-${m.id}`], parts: 2, final: false };
		};
		const d = dispatcher({ sms });
		await d.start();
		const id = await enqueueMessage(db, { channel: 'sms', address: phone(), body: 'long', purpose: 'case' });
		await waitFor(async () => {
			const r = await one(id);
			return r.status === 'sent' && r.partsDelivered === 1 && r;
		});
		sms.hooks!.receipt({ channel: 'sms', providerId: `r2-${id}`, state: 'delivered' });
		await waitFor(async () => (await one(id)).status === 'delivered');
		expect((await one(id)).partsDelivered).toBe(2);
	});

	it('failed and expired receipts; a receipt for nothing we sent is kept a while, then dropped', async () => {
		const sms = new ScriptedAdapter('sms');
		sms.script = (m) => ({ ok: true, providerIds: [`x-${m.id}`], parts: 1, final: false });
		const d = dispatcher({ sms });
		await d.start();
		const failed = await enqueueMessage(db, { channel: 'sms', address: phone(), body: 'a', purpose: 'case' });
		const expired = await enqueueMessage(db, { channel: 'sms', address: phone(), body: 'b', purpose: 'case' });
		await d.idle();
		sms.hooks!.receipt({ channel: 'sms', providerId: `x-${failed}`, state: 'failed' });
		sms.hooks!.receipt({ channel: 'sms', providerId: `x-${expired}`, state: 'expired' });
		sms.hooks!.receipt({ channel: 'sms', providerId: 'never-sent', state: 'delivered' });
		// idle() waits for the receipts to be applied: no polling needed.
		await d.idle();
		expect((await one(expired)).status).toBe('temporary_failure');
		expect(await one(failed)).toMatchObject({ status: 'permanent_failure', error: 'receipt_failed' });
		await waitFor(async () => (await db.select().from(messageReceiptPending).where(eq(messageReceiptPending.providerId, 'never-sent'))).length === 1);
	});
});

describe('retention', () => {
	it('after 7 days address and text are cleared; status and links stay', async () => {
		const ref = randomUUID();
		const id = await enqueueMessage(db, { channel: 'sms', address: phone(), body: 'old', purpose: 'alert', refId: ref });
		await db
			.update(message)
			.set({ status: 'delivered', createdAt: new Date(Date.now() - 8 * 86_400_000) })
			.where(eq(message.id, id!));
		const fresh = await enqueueMessage(db, { channel: 'sms', address: phone(), body: 'new', purpose: 'alert' });
		await db.update(message).set({ status: 'delivered' }).where(eq(message.id, fresh!));
		const result = await purgeOldMessages(db);
		expect(result.messages).toBeGreaterThanOrEqual(1);
		expect(await one(id)).toMatchObject({ address: null, body: null, status: 'delivered', refId: ref });
		expect((await one(fresh)).body).toBe('new');
		const { rows } = await getPool().query(
			`select count(*)::int as n from message where created_at < now() - interval '7 days' and (address is not null or body is not null)`
		);
		expect(rows[0].n).toBe(0);
	});
});
