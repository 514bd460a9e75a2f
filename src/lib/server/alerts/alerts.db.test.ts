import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeBotApi, type FakeBotApi } from '../../../../tests/support/fake-bot-api';
import { makeMigrant, makeOrganisation, makeStaff } from '../../../../tests/support/factories';
import { expectDenied } from '../../../../tests/support/isolation';
import { TestSmsc, until } from '../../../../tests/support/smsc';
import { authUser } from '../auth/auth.table';
import { helpCase } from '../cases/cases.table';
import { message, telegramLink } from '../channels/channels.table';
import { isSuppressed } from '../channels/consent.service';
import { SmppAdapter } from '../channels/adapters/smpp.adapter';
import { telegramAdapter } from '../channels/adapters/telegram.adapter';
import { Dispatcher } from '../channels/dispatcher';
import { routeInbound } from '../channels/inbound';
import { getDb } from '../db/client';
import { consularRegistration, migrantProfile } from '../migrant/migrant.table';
import { organisation } from '../org/org.table';
import { programme, programmeSignup } from '../programmes/programmes.table';
import { alert, alertRecipient } from './alerts.table';
import {
	alertProgress,
	alertRoster,
	approveAlert,
	audienceSummary,
	cancelAlert,
	createAlert,
	followUp,
	listAlerts,
	myAlerts,
	publicAlerts,
	purgeAlertContacts,
	sendAlert
} from './alerts.service';
import { registerAlertHandlers } from './alerts.jobs';
import { recipientByToken, recordAnswer } from './answers.service';
import { recipientIdOf, tokenOf } from './template';

const db = getDb();
let smsc: TestSmsc;
let bot: FakeBotApi;
let d: Dispatcher;
let seq = Math.floor(Math.random() * 90_000) + 10_000;
const phone = () => `+99670${String(seq++).padStart(7, '0')}`;

beforeAll(async () => {
	registerAlertHandlers(db);
	smsc = await new TestSmsc().start();
	smsc.autoReceipt = 'DELIVRD';
	bot = await startFakeBotApi();
	d = new Dispatcher(db, {
		adapters: {
			sms: new SmppAdapter({ url: smsc.url(), source: 'Sapar', window: 10, enquireLinkMs: 1000, reconnectMinMs: 50, reconnectMaxMs: 200 }),
			telegram: telegramAdapter({ token: bot.token, apiRoot: bot.apiRoot })
		},
		pollMs: 50,
		flushMs: 10,
		sweepMs: 3_600_000,
		backoffMs: () => 0,
		throttle: false
	});
	await d.start();
});
afterAll(async () => {
	await d?.stop();
	await smsc?.stop();
	await bot?.close();
});

const texts = (extra: Record<string, string> = {}) => ({
	title_ky: 'Шашылыш: базардагы рейд',
	title_ru: 'Срочно: рейд на рынке',
	title_en: 'Urgent: raid at the market',
	body_ky: '{city} шаарындагы базарда текшерүү жүрүп жатат. Документтериңизди өзүңүздө сактаңыз.',
	body_ru: 'На рынке в городе {city} идёт проверка. Держите документы при себе.',
	body_en: 'There is an inspection at the market in {city}. Keep your documents with you.',
	asksAnswer: 'on',
	urgent: 'on',
	...extra
});

/** A mission in Russia, its officers, and people registered in its (unique) city. */
async function world() {
	const city = `Тестград-${randomUUID().slice(0, 6)}`;
	const mission = await makeOrganisation('consulate', 'RU');
	await db
		.update(organisation)
		.set({ city: { ky: city, ru: city, en: city } })
		.where(eq(organisation.id, mission.id));
	const author = await makeStaff(mission.id, 'consular_officer');
	const approver = await makeStaff(mission.id, 'consular_officer');
	async function person(opts: { locale: string; city?: string; telegram?: boolean; region?: string }) {
		const m = await makeMigrant();
		const p = phone();
		await db.update(authUser).set({ phoneNumber: p, locale: opts.locale }).where(eq(authUser.id, m.userId));
		await db.insert(migrantProfile).values({ userId: m.userId, fullName: `Person ${p.slice(-4)}`, regionCode: opts.region ?? 'KG-O' });
		await db.insert(consularRegistration).values({
			userId: m.userId,
			missionId: mission.id,
			countryIso2: 'RU',
			city: opts.city ?? city,
			address: 'ул. Тестовая, 1',
			arrivalDate: '2026-10-01',
			stayMonths: 6
		});
		const chat = opts.telegram ? String(7_000_000_000 + seq++) : null;
		if (chat) await db.insert(telegramLink).values({ userId: m.userId, chatId: chat });
		return { actor: m, phone: p, chat };
	}
	return { city, mission, author, approver, person };
}

describe('drafting', () => {
	it('needs all three texts, known placeholders and an audience; a mission stays in its country', async () => {
		const w = await world();
		const missing = await createAlert(db, w.author, { ...texts({ body_en: '' }), cities: w.city });
		expect(missing).toMatchObject({ ok: false, errors: { body_en: 'error_required' } });
		const bad = await createAlert(db, w.author, { ...texts({ body_ru: 'Проверка в {town}' }), cities: w.city });
		expect(bad).toMatchObject({ ok: false, errors: { body_ru: 'error_alert_placeholder' } });
		// A consulate's alert is always about its own country, so "no filter" is never "everyone".
		const other = await createAlert(db, w.author, { ...texts(), countries: ['KZ'] });
		expect(other).toMatchObject({ ok: false, errors: { countries: 'error_alert_own_country' } });
		const phones = await createAlert(db, w.author, { ...texts(), phones: '+996700000001\nnot a phone' });
		expect(phones).toMatchObject({ ok: false, errors: { phones: 'error_alert_phones' } });
		const nul = await createAlert(db, w.author, { ...texts({ title_en: 'a\u0000b' }), cities: w.city });
		expect(nul).toMatchObject({ ok: false, errors: { title_en: 'error_invalid' } });
		const ok = await createAlert(db, w.author, { ...texts(), cities: w.city });
		expect(ok.ok).toBe(true);
		// Nobody lives in this city yet: an audience of zero is not approved.
		await expect(approveAlert(db, w.approver, ok.ok ? ok.data.id : '')).rejects.toMatchObject({ userMessage: 'error_alert_empty_audience' });
		const [row] = await db
			.select()
			.from(alert)
			.where(eq(alert.id, ok.ok ? ok.data.id : ''));
		expect(row.filters.countries).toEqual(['RU']);
	});
});

describe('an alert from draft to answers', () => {
	it('two people, counts before sending, one message per person, answers open cases, STOP holds', async () => {
		const w = await world();
		const ky = await w.person({ locale: 'ky' });
		const ru = await w.person({ locale: 'ru' });
		const tg = await w.person({ locale: 'en', telegram: true });
		const stopper = await w.person({ locale: 'ru' });
		const elsewhere = await w.person({ locale: 'ky', city: 'Казань' });

		const created = await createAlert(db, w.author, { ...texts(), cities: w.city });
		if (!created.ok) throw new Error(JSON.stringify(created.errors));
		const id = created.data.id;

		// Another organisation sees nothing and cannot act.
		const otherOrg = await makeOrganisation('consulate', 'KZ');
		const stranger = await makeStaff(otherOrg.id, 'consular_officer');
		await expectDenied(() => approveAlert(db, stranger, id));
		await expectDenied(() => alertRoster(db, stranger, id));
		await expectDenied(() => audienceSummary(db, stranger, id));
		expect((await listAlerts(db, stranger)).map((a) => a.id)).not.toContain(id);
		// The author cannot approve their own alert.
		await expect(approveAlert(db, w.author, id)).rejects.toMatchObject({ code: 'forbidden', userMessage: 'error_alert_own_approval' });

		const summary = await audienceSummary(db, w.author, id);
		expect(summary.total).toBe(4);
		expect(summary.rows).toEqual(
			expect.arrayContaining([
				{ channel: 'sms', locale: 'ky', n: 1 },
				{ channel: 'sms', locale: 'ru', n: 2 },
				{ channel: 'telegram', locale: 'en', n: 1 }
			])
		);
		const kySms = summary.sms.find((s) => s.locale === 'ky')!;
		expect(kySms.encoding).toBe('ucs2');
		expect(summary.preview.find((p) => p.locale === 'ru')!.sms).toContain(w.city);

		await approveAlert(db, w.approver, id);
		expect(await sendAlert(db, id)).toBe(4);
		// Again (a retried job): nobody twice.
		expect(await sendAlert(db, id)).toBe(0);
		await db.update(alert).set({ status: 'sending' }).where(eq(alert.id, id));
		expect(await sendAlert(db, id)).toBe(4);
		const queued = await db.select().from(message).where(eq(message.batchId, id));
		expect(queued).toHaveLength(4);
		expect(queued.filter((q) => q.address === elsewhere.phone)).toHaveLength(0);

		await d.idle();
		await until(() => smsc.messagesTo(ky.phone).length === 1 && smsc.messagesTo(ru.phone).length === 1 && bot.to(tg.chat!).length === 1);
		const kyMsg = smsc.messagesTo(ky.phone)[0];
		expect(kyMsg.encoding).toBe('ucs2');
		expect(kyMsg.parts.length).toBeGreaterThan(1);
		expect(kyMsg.text).toContain(w.city);
		expect(kyMsg.text).toMatch(/\/a\/[A-Za-z0-9_-]{22}/);
		const tgCall = bot.to(tg.chat!)[0];
		expect((tgCall.payload.reply_markup as { inline_keyboard: { callback_data: string }[][] }).inline_keyboard[0].map((b) => b.callback_data)).toEqual([
			expect.stringMatching(/^a:[A-Za-z0-9_-]{22}:1$/),
			expect.stringMatching(/^a:[A-Za-z0-9_-]{22}:2$/)
		]);

		// "2" by SMS → an urgent case routed to the mission; the reply carries the case number.
		smsc.mo(ru.phone, '2');
		const recipient = async (userId: string) => (await db.select().from(alertRecipient).where(eq(alertRecipient.userId, userId)))[0];
		await until(async () => (await recipient(ru.actor.userId))?.caseId);
		const r = await recipient(ru.actor.userId);
		const [c] = await db.select().from(helpCase).where(eq(helpCase.id, r.caseId!));
		expect(c).toMatchObject({ organisationId: w.mission.id, urgency: 'critical', countryIso2: 'RU' });
		await until(() => smsc.messagesTo(ru.phone).length === 2);
		expect(smsc.messagesTo(ru.phone)[1].text).toContain(c.number);
		// Answering again keeps the one case.
		await recordAnswer(db, r.id, 'help', 'link');
		expect((await db.select().from(helpCase).where(eq(helpCase.reporterUserId, ru.actor.userId))).length).toBe(1);

		// Telegram button → safe.
		const tgToken = tokenOf((await recipient(tg.actor.userId)).id);
		await routeInbound(db, { channel: 'telegram', address: tg.chat!, callbackData: `a:${tgToken}:1` });
		expect((await recipient(tg.actor.userId)).answer).toBe('safe');
		// A forged button of someone else's recipient does nothing.
		await routeInbound(db, { channel: 'telegram', address: tg.chat!, callbackData: `a:${tokenOf((await recipient(ky.actor.userId)).id)}:2` });
		expect((await recipient(ky.actor.userId)).answer).toBeNull();

		// A reply that is no answer gets a hint; STOP suppresses.
		smsc.mo(stopper.phone, 'СТОП');
		await until(() => isSuppressed(db, 'sms', stopper.phone));

		const progress = await alertProgress(db, w.author, id);
		expect(progress.recipients).toBe(4);
		expect(progress.answered).toEqual({ safe: 1, help: 1, none: 2 });
		const sms = progress.byChannel.find((b) => b.channel === 'sms')!;
		expect(sms.sent + sms.delivered).toBe(3);

		const roster = await alertRoster(db, w.approver, id);
		expect(roster.byCity).toEqual([{ city: w.city, safe: 1, help: 1, no_answer: 2, unreachable: 0 }]);
		expect(roster.entries.find((e) => e.state === 'help')).toMatchObject({ phone: ru.phone, caseNumber: c.number });

		// One action: follow up with those who did not answer; the one who said STOP gets nothing.
		const before = smsc.messagesTo(stopper.phone).length;
		const fu = await followUp(db, w.approver, id);
		expect(fu.recipients).toBe(2);
		await d.idle();
		await until(() => smsc.messagesTo(ky.phone).length === 2);
		expect(smsc.messagesTo(stopper.phone).length).toBe(before);

		// The banner on the person's pages.
		expect((await myAlerts(db, ky.actor)).length).toBeGreaterThan(0);
	});

	it('answers through the one-time link; a bad token finds nothing', async () => {
		const w = await world();
		const p = await w.person({ locale: 'ky' });
		const created = await createAlert(db, w.author, { ...texts(), cities: w.city, public: 'on' });
		if (!created.ok) throw new Error('draft');
		await approveAlert(db, w.approver, created.data.id);
		await sendAlert(db, created.data.id);
		const [r] = await db.select().from(alertRecipient).where(eq(alertRecipient.alertId, created.data.id));
		const token = tokenOf(r.id);
		expect(recipientIdOf(token)).toBe(r.id);
		expect((await recipientByToken(db, token)).r.userId).toBe(p.actor.userId);
		await expect(recipientByToken(db, 'x'.repeat(22))).rejects.toMatchObject({ code: 'not_found' });
		await expect(recipientByToken(db, '../../etc')).rejects.toMatchObject({ code: 'not_found' });
		const outcome = await recordAnswer(db, r.id, 'help', 'link');
		expect(outcome.caseNumber).toMatch(/^SP-\d{4}-\d+$/);
		expect(outcome.trackingCode).toBeTruthy();
		expect((await publicAlerts(db)).map((a) => a.id)).toContain(created.data.id);
	});

	it('a list of phones reaches people without an account by SMS; cancel stops what is not sent; contacts go after 7 days', async () => {
		const w = await world();
		const listed = [phone(), phone()];
		const created = await createAlert(db, w.author, {
			...texts({ asksAnswer: '' }),
			phones: listed.join('\n'),
			listLocale: 'ru',
			scheduledAt: '2099-01-01T10:00'
		});
		if (!created.ok) throw new Error(JSON.stringify(created.errors));
		const id = created.data.id;
		expect((await audienceSummary(db, w.author, id)).rows).toEqual([{ channel: 'sms', locale: 'ru', n: 2 }]);
		await approveAlert(db, w.approver, id);
		// Scheduled for later: nothing goes yet.
		expect(await sendAlert(db, id)).toBe(0);
		const { stopped } = await cancelAlert(db, w.approver, id);
		expect(stopped).toBe(0);
		expect((await db.select().from(alert).where(eq(alert.id, id)))[0].status).toBe('cancelled');
		expect(await sendAlert(db, id)).toBe(0);

		const now = await createAlert(db, w.author, { ...texts({ asksAnswer: '' }), phones: listed.join('\n'), listLocale: 'ru' });
		if (!now.ok) throw new Error('draft');
		await approveAlert(db, w.approver, now.data.id);
		expect(await sendAlert(db, now.data.id)).toBe(2);
		await d.idle();
		await until(() => listed.every((p) => smsc.messagesTo(p).length === 1));
		expect(smsc.messagesTo(listed[0])[0].text).toContain('рынке');
		const later = new Date(Date.now() + 8 * 86_400_000);
		expect(await purgeAlertContacts(db, later)).toBeGreaterThan(0);
		const rows = await db.select().from(alertRecipient).where(eq(alertRecipient.alertId, now.data.id));
		expect(rows.every((r) => r.phone === null)).toBe(true);
	});
});

describe('a programme cohort', () => {
	it('reaches the sign-ups at one stage, with an account or by phone alone, narrowed by region; a mission cannot choose it', async () => {
		const centre = await makeOrganisation('employment_centre');
		const author = await makeStaff(centre.id, 'supervisor');
		const approver = await makeStaff(centre.id, 'supervisor');
		const [p] = await db
			.insert(programme)
			.values({
				slug: `cohort-${centre.slug}`,
				organisationId: centre.id,
				countryIso2: 'GB',
				title: { ky: 'Сынак', ru: 'Тест', en: 'Test' },
				summary: { ky: 'с', ru: 'с', en: 's' },
				opensAt: new Date(Date.now() - 86_400_000),
				closesAt: new Date(Date.now() + 86_400_000),
				places: 10,
				rules: {},
				quotas: {},
				documents: [],
				tests: [],
				selection: 'first_come'
			})
			.returning();
		const signup = async (stage: 'invited' | 'eligible', regionCode: string, account = false) => {
			const ph = phone();
			if (account) {
				const m = await makeMigrant();
				await db.update(authUser).set({ phoneNumber: ph, locale: 'ky' }).where(eq(authUser.id, m.userId));
			}
			await db.insert(programmeSignup).values({
				programmeId: p.id,
				seq: Date.now() * 1000 + seq++,
				reference: randomUUID(),
				codeHash: 'x',
				fullName: 'Айгүл',
				phone: ph,
				birthDate: '1995-06-15',
				sex: 'female',
				regionCode,
				languageLevel: 'basic',
				healthDeclared: true,
				previousParticipation: false,
				locale: 'ru',
				stage
			});
			return ph;
		};
		const byPhone = await signup('invited', 'KG-O');
		const withAccount = await signup('invited', 'KG-O', true);
		const elsewhere = await signup('invited', 'KG-B');
		const earlier = await signup('eligible', 'KG-O');
		const cohort = `${p.id}:invited`;

		// A cohort combines with language and region only; a mission cannot choose one; a made-up one is refused.
		const mixed = await createAlert(db, author, { ...texts(), cohorts: [cohort], countries: ['RU'] });
		expect(mixed.ok || mixed.errors).toMatchObject({ cohorts: 'error_alert_cohort_combine' });
		const mission = await makeOrganisation('consulate', 'RU');
		const officer = await makeStaff(mission.id, 'consular_officer');
		const fromMission = await createAlert(db, officer, { ...texts(), cohorts: [cohort] });
		expect(fromMission.ok || fromMission.errors).toMatchObject({ cohorts: 'error_alert_cohort_combine' });
		const madeUp = await createAlert(db, author, { ...texts(), cohorts: [`${randomUUID()}:invited`] });
		expect(madeUp.ok || madeUp.errors).toMatchObject({ cohorts: 'error_invalid' });

		const created = await createAlert(db, author, { ...texts({ asksAnswer: '' }), cohorts: [cohort], regions: ['KG-O'] });
		if (!created.ok) throw new Error(JSON.stringify(created.errors));
		const summary = await audienceSummary(db, author, created.data.id);
		expect(summary.rows).toEqual([
			{ channel: 'sms', locale: 'ky', n: 1 },
			{ channel: 'sms', locale: 'ru', n: 1 }
		]);
		await approveAlert(db, approver, created.data.id);
		expect(await sendAlert(db, created.data.id)).toBe(2);
		await d.idle();
		await until(() => smsc.messagesTo(byPhone).length === 1 && smsc.messagesTo(withAccount).length === 1);
		expect(smsc.messagesTo(byPhone)[0].text).toContain('рынке');
		expect(smsc.messagesTo(withAccount)[0].text).toContain('базарда текшерүү');
		expect(smsc.messagesTo(elsewhere)).toHaveLength(0);
		expect(smsc.messagesTo(earlier)).toHaveLength(0);
	});
});
