import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { and, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { makeMigrant, makeOrganisation, makeStaff } from '../../../../tests/support/factories';
import { auditLog } from '../audit/audit.table';
import { authSession, authVerification } from '../auth/auth.table';
import { botDialogue } from '../bot/dialogue.table';
import { pathOf } from '../cases/case-files';
import { closeCase, openCase } from '../cases/case.service';
import { caseAttachment, caseEvent, caseMessage, helpCase } from '../cases/cases.table';
import { addInformation, submitHelpRequest, trackCase } from '../cases/intake.service';
import { telegramLinkCode } from '../channels/channels.table';
import { getDb } from '../db/client';
import { consume } from '../http/rate-limit';
import { organisation } from '../org/org.table';
import { getCall, logCall } from '../hotline/hotline.service';
import { hotlineCall } from '../hotline/hotline.table';
import { applyRetention } from './retention';
import { closedCaseDays, HOTLINE_CALL_DAYS, retentionRules } from './retention.rules';

const DAY = 86_400_000;
const NARRATIVE = 'The employer kept my passport and has not paid for three months.';

async function mission() {
	const org = await makeOrganisation('consulate', 'AE');
	const city = `Town${org.slug}`;
	await getDb()
		.update(organisation)
		.set({ city: { en: city } })
		.where(eq(organisation.id, org.id));
	return { city, worker: await makeStaff(org.id, 'consular_officer') };
}

async function closedCase(city: string, worker: Awaited<ReturnType<typeof mission>>['worker'], closedDaysAgo: number | null) {
	const made = await submitHelpRequest(
		getDb(),
		null,
		{ type: 'unpaid_wages', countryIso2: 'ae', city, narrative: NARRATIVE, contactPhone: '0700 123 456', contactChannel: 'sms', idDocument: 'AC1234567' },
		'en'
	);
	if (!made.ok) throw new Error(JSON.stringify(made.errors));
	const pdf = new File([Buffer.from('%PDF-1.4\n% pay slip\n')], 'pay-slip.pdf', { type: 'application/pdf' });
	expect((await addInformation(getDb(), made.data.number, made.data.trackingCode, { body: 'He is at the site every day.', file: pdf })).ok).toBe(true);
	if (closedDaysAgo !== null) {
		expect(
			(
				await closeCase(getDb(), worker, made.data.id, {
					outcomes: ['wages_recovered'],
					wagesRecovered: '45000',
					wagesCurrency: 'RUB',
					outcomeNote: 'Paid in cash at the mission.'
				})
			).ok
		).toBe(true);
		await getDb()
			.update(helpCase)
			.set({ closedAt: new Date(Date.now() - closedDaysAgo * DAY) })
			.where(eq(helpCase.id, made.data.id));
	} else {
		await getDb()
			.update(helpCase)
			.set({ createdAt: new Date(Date.now() - 1000 * DAY) })
			.where(eq(helpCase.id, made.data.id));
	}
	return made.data;
}

describe('privacy retention', () => {
	it('the rules are in one place; the closed-case period is configurable, never below 30 days', () => {
		expect(closedCaseDays({})).toBe(365);
		expect(closedCaseDays({ SAPAR_CLOSED_CASE_RETENTION_DAYS: '90' })).toBe(90);
		expect(closedCaseDays({ SAPAR_CLOSED_CASE_RETENTION_DAYS: '3' })).toBe(365);
		expect(retentionRules({}).map((r) => [r.key, r.days])).toEqual([
			['closed_cases', 365],
			['hotline_calls', 180],
			['messages', 7],
			['alert_contacts', 7],
			['sign_in_codes', 0],
			['devices', 0],
			['bot_dialogues', 0]
		]);
	});

	it('minimises cases closed longer ago than the period: narrative, contacts, messages and files go, counts stay', async () => {
		const { city, worker } = await mission();
		const old = await closedCase(city, worker, closedCaseDays() + 1);
		const recent = await closedCase(city, worker, 10);
		const open = await closedCase(city, worker, null);
		const [oldFile] = await getDb().select().from(caseAttachment).where(eq(caseAttachment.caseId, old.id));
		expect(existsSync(pathOf(oldFile.id))).toBe(true);
		const eventsBefore = await getDb()
			.select({ n: sql<number>`count(*)::int` })
			.from(caseEvent)
			.where(eq(caseEvent.caseId, old.id));
		const figuresBefore = await getDb().execute(sql`select type, country_iso2, status, outcomes, wages_recovered::text from help_case where id = ${old.id}`);

		const report = await applyRetention(getDb());
		expect(report.casesMinimised).toBeGreaterThanOrEqual(1);

		const [gone] = await getDb().select().from(helpCase).where(eq(helpCase.id, old.id));
		expect(gone).toMatchObject({ narrativeEnc: null, contactEnc: null, idDocumentEnc: null, outcomeNoteEnc: null, status: 'closed', number: old.number });
		expect(gone.minimisedAt).toBeInstanceOf(Date);
		expect(await getDb().select().from(caseMessage).where(eq(caseMessage.caseId, old.id))).toHaveLength(0);
		expect(await getDb().select().from(caseAttachment).where(eq(caseAttachment.caseId, old.id))).toHaveLength(0);
		expect(existsSync(pathOf(oldFile.id))).toBe(false);
		// The timeline and the figures are unchanged.
		expect(
			await getDb()
				.select({ n: sql<number>`count(*)::int` })
				.from(caseEvent)
				.where(eq(caseEvent.caseId, old.id))
		).toEqual(eventsBefore);
		expect((await getDb().execute(sql`select type, country_iso2, status, outcomes, wages_recovered::text from help_case where id = ${old.id}`)).rows).toEqual(
			figuresBefore.rows
		);
		// Staff still open it (no narrative to show); the person still follows it with number and code.
		const opened = await openCase(getDb(), worker, old.id, 'follow_up');
		expect(opened.sensitive).toMatchObject({ narrative: null, contact: null, messages: [] });
		expect(await trackCase(getDb(), old.number, old.trackingCode)).toMatchObject({ status: 'closed', messages: [], files: [] });

		for (const kept of [recent, open]) {
			const [row] = await getDb().select().from(helpCase).where(eq(helpCase.id, kept.id));
			expect(row.narrativeEnc).toMatch(/^v1\./);
			expect(row.minimisedAt).toBeNull();
			expect(await getDb().select().from(caseMessage).where(eq(caseMessage.caseId, kept.id))).toHaveLength(1);
		}
		// A second run finds nothing more to do for these cases.
		await applyRetention(getDb());
		const [again] = await getDb().select().from(helpCase).where(eq(helpCase.id, old.id));
		expect(again.minimisedAt).toEqual(gone.minimisedAt);
	});

	it('minimises hotline calls older than the period: phone, question and answer go, topic, language and country stay', async () => {
		const centre = await makeOrganisation('employment_centre');
		const operator = await makeStaff(centre.id, 'case_worker');
		const call = async () => {
			const r = await logCall(getDb(), operator, {
				phone: '0700 555 777',
				language: 'ru',
				topic: 'work',
				destination: 'ru',
				question: 'Работодатель не платит уже два месяца.',
				answer: 'Обратитесь в консульство.'
			});
			if (!r.ok) throw new Error(JSON.stringify(r.errors));
			return r.data.id;
		};
		const old = await call();
		const recent = await call();
		await getDb()
			.update(hotlineCall)
			.set({ createdAt: new Date(Date.now() - (HOTLINE_CALL_DAYS + 1) * DAY) })
			.where(eq(hotlineCall.id, old));

		const report = await applyRetention(getDb());
		expect(report.hotlineCallsMinimised).toBeGreaterThanOrEqual(1);
		const [row] = await getDb().select().from(hotlineCall).where(eq(hotlineCall.id, old));
		expect(row).toMatchObject({ phoneEnc: null, phoneIndex: null, answerEnc: null, questionEnc: '', topic: 'work', language: 'ru', destinationIso2: 'RU' });
		expect(await getCall(getDb(), operator, old)).toMatchObject({ question: '', answer: null, topic: 'work' });
		expect(await getCall(getDb(), operator, recent)).toMatchObject({ question: 'Работодатель не платит уже два месяца.' });
		// Again: nothing more to do for that call.
		await applyRetention(getDb());
		const [again] = await getDb().select().from(hotlineCall).where(eq(hotlineCall.id, old));
		expect(again.questionEnc).toBe('');
	});

	it('removes expired sign-in codes, sessions, rate-limit counters, link codes and stale bot dialogues at once, and audits only counts', async () => {
		const me = await makeMigrant();
		const past = new Date(Date.now() - 60_000);
		const future = new Date(Date.now() + 600_000);
		const code = (expiresAt: Date) => ({ id: randomUUID(), identifier: '+996700111222', value: '123456:0', expiresAt });
		const [expiredCode, liveCode] = [code(past), code(future)];
		await getDb().insert(authVerification).values([expiredCode, liveCode]);
		const session = (expiresAt: Date) => ({ id: randomUUID(), token: randomUUID(), expiresAt, userId: me.userId, ipAddress: '10.1.2.3', userAgent: 'Test' });
		const [expiredSession, liveSession] = [session(past), session(future)];
		await getDb().insert(authSession).values([expiredSession, liveSession]);
		await getDb().insert(telegramLinkCode).values({ codeHash: randomUUID(), userId: me.userId, expiresAt: past });
		const chat = `chat-${randomUUID()}`;
		await getDb()
			.insert(botDialogue)
			.values({ chatId: chat, step: 'narrative', data: { city: 'Moscow' }, updatedAt: new Date(Date.now() - 2 * 3_600_000) });
		await consume('caseTrack', `d:${randomUUID()}`);
		await getDb().execute(
			sql`update rate_limit set expire = ${Date.now() - 1000} where key in (select key from rate_limit order by expire desc nulls last limit 1)`
		);

		const report = await applyRetention(getDb());
		expect(report.signInCodes).toBeGreaterThanOrEqual(1);
		expect(report.sessions).toBeGreaterThanOrEqual(1);
		expect(report.rateLimits).toBeGreaterThanOrEqual(1);
		expect(report.telegramCodes).toBeGreaterThanOrEqual(1);
		expect(report.botDialogues).toBeGreaterThanOrEqual(1);
		expect(await getDb().select().from(authVerification).where(eq(authVerification.id, expiredCode.id))).toHaveLength(0);
		expect(await getDb().select().from(authVerification).where(eq(authVerification.id, liveCode.id))).toHaveLength(1);
		expect(await getDb().select().from(authSession).where(eq(authSession.id, expiredSession.id))).toHaveLength(0);
		expect(await getDb().select().from(authSession).where(eq(authSession.id, liveSession.id))).toHaveLength(1);
		expect(await getDb().select().from(botDialogue).where(eq(botDialogue.chatId, chat))).toHaveLength(0);
		expect((await getDb().execute(sql`select count(*)::int as n from rate_limit where expire < ${Date.now()}`)).rows[0].n).toBe(0);
		const [audit] = await getDb()
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.action, 'privacy.retention')))
			.orderBy(sql`${auditLog.id} desc`)
			.limit(1);
		expect(audit.data).toMatchObject({ sessions: report.sessions });
		expect(JSON.stringify(audit)).not.toContain('996700111222');
	});
});
