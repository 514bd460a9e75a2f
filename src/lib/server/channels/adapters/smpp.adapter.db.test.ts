import { desc, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestSmsc, until } from '../../../../../tests/support/smsc';
import { makeMigrant } from '../../../../../tests/support/factories';
import { authUser } from '../../auth/auth.table';
import { getDb } from '../../db/client';
import { inboundMessage, message } from '../channels.table';
import { isSuppressed } from '../consent.service';
import { Dispatcher } from '../dispatcher';
import { enqueueMessage } from '../message.service';
import { SmppAdapter } from './smpp.adapter';

const db = getDb();
let smsc: TestSmsc;
let adapter: SmppAdapter;
let d: Dispatcher;
let n = 0;
const phone = () => `+99655${String(Date.now() % 100_000).padStart(5, '0')}${String(n++ % 100).padStart(2, '0')}`;
const row = async (id: string | null) => (await db.select().from(message).where(eq(message.id, id!)))[0];
const lastInbound = async (address: string) =>
	(await db.select().from(inboundMessage).where(eq(inboundMessage.address, address)).orderBy(desc(inboundMessage.receivedAt)).limit(1))[0];

beforeAll(async () => {
	smsc = await new TestSmsc().start();
	adapter = new SmppAdapter({ url: smsc.url(), source: 'Sapar', window: 4, enquireLinkMs: 200, reconnectMinMs: 50, reconnectMaxMs: 200, bindWaitMs: 3000 });
	d = new Dispatcher(db, { adapters: { sms: adapter }, pollMs: 50, flushMs: 10, sweepMs: 3_600_000, backoffMs: () => 0 });
	await d.start();
	expect(adapter.isBound).toBe(true);
});
afterAll(async () => {
	await d?.stop();
	await smsc?.stop();
});

describe('SMPP adapter against a loopback SMSC', () => {
	it('Kyrgyz goes UCS-2 in 67-character parts, plain Latin as one GSM-7 message; receipts move the rows', async () => {
		const ky = phone();
		const en = phone();
		const ru = phone();
		const kyText =
			'Саламатсызбы! Өтүнүч: консулдукка катталыңыз, паспортуңузду өзүңүздө сактаңыз. Жумуш берүүчү паспортту алса, 1227 номерине чалыңыз же жооп жазыңыз.';
		const enText = 'Sapar: your case 2026-000123 was received. Reply STOP to opt out.';
		const a = await enqueueMessage(db, { channel: 'sms', address: ky, body: kyText, purpose: 'case' });
		const b = await enqueueMessage(db, { channel: 'sms', address: en, body: enText, purpose: 'case' });
		const c = await enqueueMessage(db, { channel: 'sms', address: ru, body: 'Ваше обращение принято', purpose: 'case' });
		await d.idle();

		const [kyMsg] = smsc.messagesTo(ky);
		expect(kyMsg.text).toBe(kyText);
		expect(kyMsg.encoding).toBe('ucs2');
		expect(kyMsg.parts.map((p) => [...p.text].length)).toEqual([67, 67, 13]);
		expect(kyMsg.parts.every((p) => p.concat?.total === 3 && p.registeredDelivery === 1)).toBe(true);
		const [enMsg] = smsc.messagesTo(en);
		expect(enMsg).toMatchObject({ text: enText, encoding: 'gsm7' });
		expect(enMsg.parts).toHaveLength(1);
		expect(enMsg.parts[0].concat).toBeNull();
		expect(smsc.messagesTo(ru)[0].encoding).toBe('ucs2');

		const kyRow = await row(a);
		expect(kyRow).toMatchObject({ status: 'sent', parts: 3, providerIds: kyMsg.parts.map((p) => p.messageId) });
		// Two of three parts delivered: still sent; the third → delivered.
		smsc.receipt(kyMsg.parts[0].messageId, 'DELIVRD');
		smsc.receipt(kyMsg.parts[1].messageId, 'DELIVRD', { tlv: false });
		await until(async () => (await row(a)).partsDelivered === 2);
		expect((await row(a)).status).toBe('sent');
		smsc.receipt(kyMsg.parts[2].messageId, 'DELIVRD');
		smsc.receipt(enMsg.parts[0].messageId, 'UNDELIV');
		smsc.receipt(smsc.messagesTo(ru)[0].parts[0].messageId, 'EXPIRED', { tlv: false });
		await until(async () => (await row(c)).status !== 'sent');
		await until(async () => (await row(a)).status === 'delivered' && (await row(b)).status !== 'sent');
		expect(await row(b)).toMatchObject({ status: 'permanent_failure', error: 'receipt_failed' });
		expect(await row(c)).toMatchObject({ status: 'temporary_failure', error: 'receipt_expired' });
	});

	it('a throttled SMSC: the message waits without using up a try; a bad number fails for good', async () => {
		const to = phone();
		smsc.failNext = [0x58];
		const id = await enqueueMessage(db, { channel: 'sms', address: to, body: 'throttled once', purpose: 'case' });
		await until(async () => (await row(id)).status === 'sent');
		expect((await row(id)).attempts).toBe(1);
		smsc.failNext = [0x0b];
		const bad = await enqueueMessage(db, { channel: 'sms', address: phone(), body: 'x', purpose: 'case' });
		await d.idle();
		expect(await row(bad)).toMatchObject({ status: 'permanent_failure', error: 'smpp_0x0b' });
	});

	it('STOP, СТОП and ТОКТОТ by SMS suppress the number; nothing more is sent to it', async () => {
		for (const word of ['STOP', 'СТОП', 'Токтот']) {
			const from = phone();
			smsc.mo(from, word);
			expect((await until(() => lastInbound(from))).handledBy).toBe('opt_out');
			expect(await isSuppressed(db, 'sms', from)).toBe(true);
			const later = await enqueueMessage(db, { channel: 'sms', address: from, body: 'news', purpose: 'notice' });
			await d.idle();
			expect((await row(later)).status).toBe('suppressed');
			expect(smsc.messagesTo(from)).toHaveLength(0);
		}
	});

	it('a long reply in parts is put together; an account is recognised by its phone', async () => {
		const actor = await makeMigrant();
		const from = phone();
		await db.update(authUser).set({ phoneNumber: from }).where(eq(authUser.id, actor.userId));
		const text = 'Мен Москвадамын, жардам керек. '.repeat(5).trim();
		const half = Math.ceil(text.length / 2);
		for (const [seq, piece] of [
			[2, text.slice(half)],
			[1, text.slice(0, half)]
		] as const) {
			smsc.deliver({
				source_addr_ton: 1,
				source_addr: from.slice(1),
				destination_addr: 'Sapar',
				esm_class: 0x40,
				short_message: { udh: Buffer.from([5, 0, 3, 0x2a, 2, seq]), message: piece }
			});
		}
		const got = await until(() => lastInbound(from));
		expect(got).toMatchObject({ body: text, userId: actor.userId, handledBy: 'ignored' });
	});

	it('malformed deliveries and unknown numbers are logged and ignored; the link stays up', async () => {
		const stranger = phone();
		smsc.deliver({ source_addr: 'not a number', esm_class: 0, short_message: 'hello' });
		smsc.deliver({ esm_class: 0x04, short_message: 'no receipt here' });
		smsc.deliver({ esm_class: 0x04, short_message: 'id:unknown-id stat:DELIVRD' });
		smsc.mo(stranger, 'hello?');
		const got = await until(() => lastInbound(stranger));
		expect(got).toMatchObject({ body: 'hello?', userId: null, handledBy: 'ignored' });
		expect(smsc.binds.filter((b) => b.ok)).toHaveLength(1);
		expect(
			await db
				.select()
				.from(inboundMessage)
				.where(inArray(inboundMessage.address, ['not a number', '+not a number']))
		).toHaveLength(0);
	});

	it('reconnects with back-off after the SMSC drops the link or sends garbage, and sends what waited', async () => {
		const binds = adapter.binds;
		smsc.drop();
		const to = phone();
		const id = await enqueueMessage(db, { channel: 'sms', address: to, body: 'after the drop', purpose: 'case' });
		await until(async () => (await row(id)).status === 'sent');
		expect(adapter.binds).toBe(binds + 1);
		expect(smsc.messagesTo(to)).toHaveLength(1);

		smsc.garbage();
		await until(() => adapter.binds === binds + 2);
		const next = await enqueueMessage(db, { channel: 'sms', address: phone(), body: 'after garbage', purpose: 'case' });
		await d.idle();
		expect((await row(next)).status).toBe('sent');
		// enquire_link keeps the link checked (every 200 ms here).
		await until(() => smsc.pdus.some((p) => p.command === 'enquire_link'));
	});

	it('shuts down cleanly: unbind, no reconnect', async () => {
		await d.stop();
		expect(smsc.pdus.at(-1)?.command).toBe('unbind');
		expect(adapter.isBound).toBe(false);
		const binds = smsc.binds.length;
		await new Promise((r) => setTimeout(r, 300));
		expect(smsc.binds.length).toBe(binds);
	});
});
