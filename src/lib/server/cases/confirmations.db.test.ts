import { and, asc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { makeMigrant, makeOrganisation, makeStaff } from '../../../../tests/support/factories';
import { authUser } from '../auth/auth.table';
import { message, suppress, telegramLink, writePreferences } from '../channels';
import { getDb } from '../db/client';
import { organisation } from '../org/org.table';
import { closeCase, reopenCase, triageCase } from './case.service';
import { submitHelpRequest } from './intake.service';

const db = getDb();
const phone = () => `+99670${String(Math.floor(Math.random() * 10_000_000)).padStart(7, '0')}`;

async function mission() {
	const org = await makeOrganisation('consulate', 'AE');
	const city = `Town${org.slug}`;
	await db
		.update(organisation)
		.set({ city: { en: city } })
		.where(eq(organisation.id, org.id));
	return { city, worker: await makeStaff(org.id, 'consular_officer') };
}

async function person(locale: string) {
	const actor = await makeMigrant();
	const number = phone();
	await db.update(authUser).set({ phoneNumber: number, locale }).where(eq(authUser.id, actor.userId));
	return { actor, number };
}

const toPerson = (userId: string) =>
	db
		.select()
		.from(message)
		.where(and(eq(message.userId, userId), eq(message.purpose, 'case')))
		.orderBy(asc(message.createdAt));

async function submit(actor: Awaited<ReturnType<typeof makeMigrant>> | null, city: string) {
	const r = await submitHelpRequest(
		db,
		actor,
		{ type: 'unpaid_wages', countryIso2: 'ae', city, narrative: 'The employer has not paid for three months.' },
		'en'
	);
	if (!r.ok) throw new Error(JSON.stringify(r.errors));
	return r.data;
}

describe('case confirmations to the person who asked', () => {
	it('submission, taken up, closure with its outcome and reopening each queue one message, in the person’s language, not urgent', async () => {
		const { city, worker } = await mission();
		const { actor, number } = await person('ru');
		const created = await submit(actor, city);
		let rows = await toPerson(actor.userId);
		expect(rows).toHaveLength(1);
		expect(rows[0]).toMatchObject({ channel: 'sms', address: number, locale: 'ru', urgent: false, priority: 2 });
		expect(rows[0].body).toContain(`Sapar: ваше обращение ${created.number} принято`);
		expect(rows[0].body).not.toMatch(/зарплат|wage/i); // the number and status, never the problem

		expect((await triageCase(db, worker, created.id, { type: 'unpaid_wages', urgency: 'normal', confidentiality: 'standard' })).ok).toBe(true);
		expect((await triageCase(db, worker, created.id, { type: 'unpaid_wages', urgency: 'high', confidentiality: 'standard' })).ok).toBe(true); // no status change: nothing
		expect((await closeCase(db, worker, created.id, { outcomes: ['documents_returned', 'repatriated'] })).ok).toBe(true);
		expect((await reopenCase(db, worker, created.id, { reason: 'The person wrote again.' })).ok).toBe(true);
		rows = await toPerson(actor.userId);
		expect(rows.map((r) => r.body!.split('.')[0])).toEqual([
			`Sapar: ваше обращение ${created.number} принято`,
			`Sapar: ваше обращение ${created.number} взято в работу`,
			`Sapar: ваше обращение ${created.number} закрыто`,
			`Sapar: ваше обращение ${created.number} снова открыто`
		]);
		expect(rows[2].body).toContain('Итог: Документы возвращены, Возвращён на родину.');
		expect(new Set(rows.map((r) => r.refId)).size).toBe(4);
	});

	it('goes by the person’s first channel, skips an opted-out one, and is written in Kyrgyz for a Kyrgyz reader', async () => {
		const { city } = await mission();
		const { actor, number } = await person('ky');
		const chat = String(7_000_000_000 + Math.floor(Math.random() * 1e9));
		await db.insert(telegramLink).values({ userId: actor.userId, chatId: chat });
		await writePreferences(db, actor.userId, { channelOrder: ['telegram', 'sms', 'email'], safeFrom: null, safeTo: null, timeZone: 'Asia/Bishkek' });
		const first = await submit(actor, city);
		let rows = await toPerson(actor.userId);
		expect(rows).toHaveLength(1);
		expect(rows[0]).toMatchObject({ channel: 'telegram', address: chat, locale: 'ky' });
		expect(rows[0].body).toContain(`Sapar: ${first.number} өтүнүчүңүз кабыл алынды`);

		await suppress(db, 'telegram', chat, 'telegram_stop');
		await submit(actor, city);
		rows = await toPerson(actor.userId);
		expect(rows).toHaveLength(2);
		expect(rows[1]).toMatchObject({ channel: 'sms', address: number, locale: 'ky' });
		expect(rows.filter((r) => r.channel === 'telegram')).toHaveLength(1);

		await suppress(db, 'sms', number, 'account_setting');
		await submit(actor, city);
		expect(await toPerson(actor.userId)).toHaveLength(2); // every channel off: nothing queued
	});

	it('an anonymous request gets no confirmation (only the tracking page)', async () => {
		const { city } = await mission();
		const before = await db.select().from(message).where(eq(message.purpose, 'case'));
		await submit(null, city);
		const after = await db.select().from(message).where(eq(message.purpose, 'case'));
		expect(after.length - before.length).toBe(0);
	});
});
