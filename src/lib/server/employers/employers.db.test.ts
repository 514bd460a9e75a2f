import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { makeMigrant, makeOrganisation, makeStaff } from '../../../../tests/support/factories';
import { expectDenied } from '../../../../tests/support/isolation';
import type { Actor } from '../access/access';
import { auditLog } from '../audit/audit.table';
import { getDb } from '../db/client';
import { deleteMyData, exportMyData } from '../migrant/migrant.service';
import { addDays, today } from '../recruitment/licence-status';
import {
	addEvidence,
	closeListing,
	decideProceeding,
	dismissReport,
	employerDesk,
	employerFlag,
	openProceeding,
	proceedingDetail,
	proceedingForEmployer,
	searchBlacklist,
	sendNotice,
	submitAppeal,
	submitEmployerReply,
	submitForDecision,
	submitReport,
	employerReportDetail,
	reportEmployerFromCase
} from './employers.service';
import { openCase } from '../cases/case.service';
import { helpCase } from '../cases/cases.table';
import { submitHelpRequest } from '../cases/intake.service';
import { employerProceeding, employerReport } from './employers.table';

const db = () => getDb();
const uniq = () => Math.random().toString(36).slice(2, 8);

async function ministryDesk() {
	const ministry = await makeOrganisation('ministry');
	return {
		reviewer: await makeStaff(ministry.id, 'case_worker'),
		supervisor: await makeStaff(ministry.id, 'supervisor'),
		other: await makeStaff(ministry.id, 'supervisor')
	};
}

async function report(over: Record<string, unknown> = {}, reporter: string | null = null) {
	const r = await submitReport(
		db(),
		{
			employerName: `ООО Стройка ${uniq()}`,
			countryIso2: 'RU',
			city: 'Москва',
			reason: 'unpaid_wages',
			description: 'Three months without pay for twelve of us.',
			contact: '+996700111222',
			...over
		},
		reporter
	);
	if (!r.ok) throw new Error(JSON.stringify(r.errors));
	const [row] = await db().select().from(employerReport).where(eq(employerReport.id, r.data.id));
	return row;
}

/** Reads the reply link token from the queued notice email. */
async function tokenSentTo(email: string) {
	const rows = (
		await db().execute<{ text: string }>(sql`select body as text from message where channel = 'email' and address = ${email} order by created_at desc limit 1`)
	).rows;
	return rows[0]?.text.match(/employers\/reply\/([A-Za-z0-9_-]+)/)?.[1] ?? '';
}

/** A proceeding taken to the supervisor: evidence on file, the employer notified and replied. */
async function toDecision(reviewer: Actor, name = `ООО Стройка ${uniq()}`) {
	const r = await report({ employerName: name });
	const opened = await openProceeding(db(), reviewer, r.id, { employerName: name, countryIso2: 'RU', city: 'Москва' });
	if (!opened.ok) throw new Error(JSON.stringify(opened.errors));
	const id = opened.data.id;
	expect((await addEvidence(db(), reviewer, id, { evidenceKind: 'testimony', description: 'Statements of four workers.', obtainedOn: today() })).ok).toBe(true);
	const email = `hr-${uniq()}@employer.example`;
	expect((await sendNotice(db(), reviewer, id, { noticeEmail: email })).ok).toBe(true);
	const token = await tokenSentTo(email);
	expect(token.length).toBeGreaterThan(20);
	expect((await submitEmployerReply(db(), token, { reply: 'We paid everyone in cash.' })).ok).toBe(true);
	expect((await submitForDecision(db(), reviewer, id, { reasons: ['unpaid_wages'], summary: 'Wages unpaid for three months to twelve workers.' })).ok).toBe(
		true
	);
	return { id, name, email, token };
}

describe('employer reports', () => {
	it('anyone reports; bad input is refused with field errors and stores nothing', async () => {
		const before = (
			await db()
				.select({ n: sql<number>`count(*)::int` })
				.from(employerReport)
		)[0].n;
		const bad = await submitReport(db(), { employerName: '', countryIso2: 'X1', city: 'Москва', reason: 'bribery', description: 'short' }, null);
		expect(bad.ok).toBe(false);
		if (!bad.ok)
			expect(bad.errors).toMatchObject({
				employerName: 'error_required',
				countryIso2: 'error_country',
				reason: 'error_choose_one',
				description: 'error_too_short'
			});
		expect(
			(
				await db()
					.select({ n: sql<number>`count(*)::int` })
					.from(employerReport)
			)[0].n
		).toBe(before);
		const r = await report();
		expect(r.state).toBe('new');
	});

	it('only the ministry works the desk; a CECA supervisor or an agency gets nothing', async () => {
		const { reviewer } = await ministryDesk();
		const r = await report();
		const ceca = await makeOrganisation('employment_centre');
		const outsiders = [await makeStaff(ceca.id, 'supervisor'), await makeStaff(ceca.id, 'case_worker'), await makeMigrant()];
		for (const actor of outsiders) {
			await expectDenied(() => employerDesk(db(), actor));
			await expectDenied(() => openProceeding(db(), actor, r.id, { employerName: r.employerName, countryIso2: 'RU', city: 'Москва' }));
			await expectDenied(() => dismissReport(db(), actor, r.id, { note: 'no' }));
		}
		expect((await db().select().from(employerReport).where(eq(employerReport.id, r.id)))[0].state).toBe('new');
		const desk = await employerDesk(db(), reviewer);
		expect(desk.reports.some((x) => x.id === r.id)).toBe(true);
	});
});

describe('black-list due process', () => {
	it('review, notice and reply, a different supervisor decides, the public sees it, the contract check flags it', async () => {
		const { reviewer, supervisor } = await ministryDesk();
		const { id, name, token } = await toDecision(reviewer);

		// Nothing is public before the decision, and the reviewer cannot decide their own file.
		expect(await searchBlacklist(db(), { q: name })).toEqual([]);
		await expectDenied(() => decideProceeding(db(), reviewer, id, { decision: 'list', reasons: ['unpaid_wages'], summary: 'x' }));
		const ceca = await makeOrganisation('employment_centre');
		const cecaSupervisor = await makeStaff(ceca.id, 'supervisor');
		await expectDenied(() => decideProceeding(db(), cecaSupervisor, id, { decision: 'list', reasons: ['unpaid_wages'], summary: 'x' }));

		const bad = await decideProceeding(db(), supervisor, id, { decision: 'list', reasons: [], summary: '', listedUntil: '2020-01-01' });
		expect(bad.ok).toBe(false);
		const decided = await decideProceeding(db(), supervisor, id, {
			decision: 'list',
			reasons: ['unpaid_wages', 'passport_confiscation'],
			summary: 'Wages unpaid for three months.',
			listedUntil: addDays(today(), 700)
		});
		expect(decided.ok).toBe(true);

		const [found] = await searchBlacklist(db(), { q: name.toLowerCase().replace('ооо ', ''), country: 'RU' });
		expect(found).toMatchObject({ name, countryIso2: 'RU', reasons: ['unpaid_wages', 'passport_confiscation'], listedOn: today(), underAppeal: false });
		expect(await searchBlacklist(db(), { q: name, country: 'KZ' })).toEqual([]);
		expect(await employerFlag(db(), name, 'RU')).toMatchObject({ code: 'blacklisted_employer' });
		expect(await employerFlag(db(), name, 'KZ')).toBeNull();

		// The first link stopped working when the decision was sent with a fresh one.
		expect(await proceedingForEmployer(db(), token)).toBeNull();

		const audit = await db().select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.entityId, id));
		expect(audit.map((a) => a.action)).toEqual(
			expect.arrayContaining([
				'employer_proceeding.open',
				'employer_proceeding.evidence',
				'employer_proceeding.notify',
				'employer_proceeding.reply',
				'employer_proceeding.submit',
				'employer_proceeding.list'
			])
		);
	});

	it('refuses steps out of order with a reason', async () => {
		const { reviewer } = await ministryDesk();
		const r = await report();
		const opened = await openProceeding(db(), reviewer, r.id, { employerName: r.employerName, countryIso2: 'RU', city: 'Москва' });
		if (!opened.ok) throw new Error('open');
		const id = opened.data.id;
		await expect(submitForDecision(db(), reviewer, id, { reasons: ['unpaid_wages'], summary: 'x' })).rejects.toMatchObject({
			userMessage: 'error_notice_first'
		});
		expect((await sendNotice(db(), reviewer, id, {})).ok).toBe(false);
		expect((await sendNotice(db(), reviewer, id, { noticeEmail: `a-${uniq()}@employer.example` })).ok).toBe(true);
		await expect(submitForDecision(db(), reviewer, id, { reasons: ['unpaid_wages'], summary: 'x' })).rejects.toMatchObject({
			userMessage: 'error_evidence_first'
		});
		await addEvidence(db(), reviewer, id, { evidenceKind: 'document', description: 'Pay slips', obtainedOn: today() });
		// No reply yet and the 14 days are not over.
		await expect(submitForDecision(db(), reviewer, id, { reasons: ['unpaid_wages'], summary: 'x' })).rejects.toMatchObject({
			userMessage: 'error_reply_period'
		});
		const evidenceInFuture = await addEvidence(db(), reviewer, id, { evidenceKind: 'document', description: 'x', obtainedOn: addDays(today(), 3) });
		expect(evidenceInFuture.ok).toBe(false);
		// A second report about the same employer joins the open proceeding.
		const again = await report({ employerName: r.employerName.toUpperCase() });
		const joined = await openProceeding(db(), reviewer, again.id, { employerName: again.employerName, countryIso2: 'RU', city: 'москва' });
		expect(joined.ok && joined.data.id).toBe(id);
		const detail = await proceedingDetail(db(), reviewer, id);
		expect(detail.reports).toHaveLength(2);
		expect('replyTokenHash' in detail.proceeding).toBe(false);
	});

	it('the employer appeals; a supervisor refuses or grants it; delisting removes it from public view', async () => {
		const { reviewer, supervisor } = await ministryDesk();
		const { id, name, email } = await toDecision(reviewer);
		await decideProceeding(db(), supervisor, id, { decision: 'list', reasons: ['unsafe_work'], summary: 'No safety equipment; two injuries.' });
		const token = await tokenSentTo(email);
		const view = await proceedingForEmployer(db(), token);
		expect(view).toMatchObject({ state: 'listed', canAppeal: true, allegations: ['unpaid_wages'] });
		expect(JSON.stringify(view)).not.toContain('+996700111222');
		expect((await submitAppeal(db(), token, { grounds: '' })).ok).toBe(false);
		expect((await submitAppeal(db(), token, { grounds: 'Equipment was bought in May; receipts attached.' })).ok).toBe(true);
		expect((await searchBlacklist(db(), { q: name }))[0].underAppeal).toBe(true);
		expect((await closeListing(db(), supervisor, id, { outcome: 'uphold', note: 'Receipts post-date the injuries.' })).ok).toBe(true);
		expect((await searchBlacklist(db(), { q: name }))[0].underAppeal).toBe(false);
		await expectDenied(() => closeListing(db(), reviewer, id, { outcome: 'delist', note: 'x' }));
		expect((await closeListing(db(), supervisor, id, { outcome: 'delist', note: 'Wages paid and inspected.' })).ok).toBe(true);
		expect(await searchBlacklist(db(), { q: name })).toEqual([]);
		const [row] = await db().select().from(employerProceeding).where(eq(employerProceeding.id, id));
		expect(row).toMatchObject({ state: 'delisted', delistedOn: today() });
		const latest = await tokenSentTo(email);
		await expect(submitAppeal(db(), latest, { grounds: 'again' })).rejects.toMatchObject({ userMessage: 'error_appeal_closed' });
	});

	it('a listing past the end date the decision set is no longer public', async () => {
		const { reviewer, supervisor } = await ministryDesk();
		const { id, name } = await toDecision(reviewer);
		await decideProceeding(db(), supervisor, id, { decision: 'list', reasons: ['unpaid_wages'], summary: 'Unpaid.', listedUntil: addDays(today(), 30) });
		expect(await searchBlacklist(db(), { q: name })).toHaveLength(1);
		await db()
			.update(employerProceeding)
			.set({ listedUntil: addDays(today(), -1) })
			.where(eq(employerProceeding.id, id));
		expect(await searchBlacklist(db(), { q: name })).toEqual([]);
	});

	it("a reporter's data export lists their reports; deleting their data unlinks them and keeps the evidence", async () => {
		const migrant = await makeMigrant();
		const r = await report({}, migrant.userId);
		expect((await exportMyData(db(), migrant, migrant.userId)).employerReports).toHaveLength(1);
		const result = await deleteMyData(db(), migrant, migrant.userId);
		expect(result.kept).toContain('employer_reports');
		const [kept] = await db().select().from(employerReport).where(eq(employerReport.id, r.id));
		expect(kept).toMatchObject({ reporterUserId: null, contact: null, description: r.description });
	});

	it('a case worker sends the employer of their own case to the desk; another organisation cannot', async () => {
		const { reviewer } = await ministryDesk();
		const ngo = await makeOrganisation('ngo', 'KG');
		const worker = await makeStaff(ngo.id, 'case_worker');
		const stranger = await makeStaff((await makeOrganisation('ngo', 'KG')).id, 'case_worker');
		const created = await submitHelpRequest(
			db(),
			null,
			{
				type: 'unpaid_wages',
				countryIso2: 'TR',
				city: `Izmir${uniq()}`,
				narrative: 'No wages for two months at the hotel kitchen.',
				employerName: 'Demo Otel'
			},
			'en'
		);
		if (!created.ok) throw new Error('case');
		await db().update(helpCase).set({ organisationId: ngo.id }).where(eq(helpCase.id, created.data.id));
		const input = { employerName: 'Demo Otel', reason: 'unpaid_wages', description: 'Seven workers unpaid since September at the hotel kitchen.' };

		await expectDenied(() => reportEmployerFromCase(db(), stranger, created.data.id, input));
		expect(await reportEmployerFromCase(db(), worker, created.data.id, { ...input, reason: 'gossip', description: 'short' })).toMatchObject({
			ok: false,
			errors: { reason: 'error_choose_one', description: 'error_too_short' }
		});
		const sent = await reportEmployerFromCase(db(), worker, created.data.id, input);
		if (!sent.ok) throw new Error('report');
		const detail = await employerReportDetail(db(), reviewer, sent.data.id);
		expect(detail).toMatchObject({ employerName: 'Demo Otel', countryIso2: 'TR', sourceCaseNumber: created.data.number, reporterUserId: null, contact: null });
		expect(detail.sourceOrganisation).toEqual(ngo.name);
		expect((await employerDesk(db(), reviewer)).reports.find((r) => r.id === sent.data.id)?.sourceCaseNumber).toBe(created.data.number);
		expect((await openCase(db(), worker, created.data.id, 'follow_up')).events.map((e) => e.kind)).toContain('employer_reported');
	});
});
