import { and, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { makeMigrant, makeOrganisation, makeStaff } from '../../../../tests/support/factories';
import { expectDenied } from '../../../../tests/support/isolation';
import { auditLog } from '../audit/audit.table';
import { getDb } from '../db/client';
import { organisation } from '../org/org.table';
import {
	addCaseTask,
	assignCase,
	caseQueue,
	closeCase,
	decideTransition,
	incomingTransitions,
	openCase,
	recordNrmStep,
	referCase,
	reopenCase,
	sendCaseMessage,
	triageCase
} from './case.service';
import { caseAttachment, helpCase } from './cases.table';
import { setDeadlines } from './figures.service';
import { publicCaseFigures as publicFigures } from '../statistics/case-figures';
import { addInformation, myHelpRequests, reopenByPerson, submitHelpRequest, trackCase } from './intake.service';
import { otherChannels } from './next-steps';
import { addAttachment, listAttachments, readAttachment } from './attachment.service';
import { fileHeaders, safeName } from './case-files';
import { readdirSync, readFileSync } from 'node:fs';
import { randomBytes, randomUUID } from 'node:crypto';
import { encryptField, resetKeyRing } from './field-crypto';
import { rekeyCases } from './rekey';

const NARRATIVE = 'The employer kept my passport and has not paid for three months.';

/** A mission in a city of its own, so new cases in that city are routed to it. */
async function mission() {
	const org = await makeOrganisation('consulate', 'AE');
	const city = `Town${org.slug}`;
	await getDb()
		.update(organisation)
		.set({ city: { en: city } })
		.where(eq(organisation.id, org.id));
	return { org, city, worker: await makeStaff(org.id, 'consular_officer'), supervisor: await makeStaff(org.id, 'supervisor') };
}

async function report(city: string, extra: Record<string, unknown> = {}) {
	const result = await submitHelpRequest(
		getDb(),
		null,
		{
			type: 'unpaid_wages',
			countryIso2: 'ae',
			city,
			narrative: NARRATIVE,
			contactPhone: '0700 123 456',
			contactChannel: 'sms',
			idDocument: 'AC1234567',
			...extra
		},
		'en'
	);
	if (!result.ok) throw new Error(JSON.stringify(result.errors));
	return result.data;
}

describe('help requests and cases', () => {
	it('an anonymous request is routed to the mission, encrypted at rest, stores no address, and follows with number and code only', async () => {
		const { org, city, worker } = await mission();
		const created = await report(city, { screening: ['documents_held'] });
		expect(created.number).toMatch(/^SP-\d{4}-\d{6}$/);
		const [raw] = await getDb()
			.execute<Record<string, string>>(sql`select * from help_case where id = ${created.id}`)
			.then((r) => r.rows);
		expect(raw.organisation_id).toBe(org.id);
		expect(raw.trafficking_flag).toBe(true);
		const everything = JSON.stringify(raw);
		for (const secret of ['passport', '123 456', '700123456', 'AC1234567', created.trackingCode]) expect(everything).not.toContain(secret);
		expect(raw.narrative_enc).toMatch(/^v1\./);
		const [audit] = await getDb()
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.entityId, created.id), eq(auditLog.action, 'case.create')));
		expect(audit.ip).toBeNull();
		expect(audit.actorUserId).toBeNull();

		const tracked = await trackCase(getDb(), created.number, created.trackingCode.toLowerCase());
		expect(tracked).toMatchObject({ status: 'new', type: 'unpaid_wages', messages: [] });
		expect(JSON.stringify(tracked)).not.toContain('passport');
		// Wrong code, a guessed neighbouring number, garbage: all the same "not found".
		await expectDenied(() => trackCase(getDb(), created.number, 'AAAA-BBBB-CCCC'));
		const n = Number(created.number.slice(-6));
		await expectDenied(() => trackCase(getDb(), `${created.number.slice(0, 8)}${String(n - 1).padStart(6, '0')}`, created.trackingCode));
		await expectDenied(() => trackCase(getDb(), "SP-2026-'; drop", created.trackingCode));
		await expectDenied(() => addInformation(getDb(), created.number, 'wrong', { body: 'x' }));

		expect((await addInformation(getDb(), created.number, created.trackingCode, { body: 'He is at the site every day.' })).ok).toBe(true);
		const queue = await caseQueue(getDb(), worker);
		expect(queue.items.map((c) => c.id)).toContain(created.id);
	});

	it('refuses empty, oversized and malformed requests and stores nothing', async () => {
		const before = (
			await getDb()
				.select({ n: sql<number>`count(*)::int` })
				.from(helpCase)
		)[0].n;
		const empty = await submitHelpRequest(getDb(), null, {}, 'en');
		expect(empty).toMatchObject({ ok: false, errors: { type: 'error_choose_one', city: 'error_required', narrative: 'error_required' } });
		const big = await submitHelpRequest(getDb(), null, { type: 'other', countryIso2: 'RU', city: 'Moscow', narrative: 'x'.repeat(5001) }, 'en');
		expect(big).toMatchObject({ ok: false, errors: { narrative: 'error_too_long' } });
		const bad = await submitHelpRequest(
			getDb(),
			null,
			{ type: 'castle', countryIso2: 'ZZ', city: 'M', narrative: NARRATIVE, contactChannel: 'sms', screening: ['nope'] },
			'en'
		);
		expect(bad.ok).toBe(false);
		const noCountry = await submitHelpRequest(getDb(), null, { type: 'other', countryIso2: 'ZZ', city: 'M', narrative: NARRATIVE }, 'en');
		expect(noCountry).toMatchObject({ ok: false, errors: { countryIso2: 'error_country' } });
		expect(
			(
				await getDb()
					.select({ n: sql<number>`count(*)::int` })
					.from(helpCase)
			)[0].n
		).toBe(before);
	});

	it('only the owning organisation works the case; every view is audited with its reason; levels restrict the narrative', async () => {
		const { city, worker, supervisor } = await mission();
		const other = await mission();
		const migrant = await makeMigrant();
		const created = await report(city);

		await expectDenied(() => openCase(getDb(), other.worker, created.id, 'triage'));
		await expectDenied(() => openCase(getDb(), other.supervisor, created.id, 'supervision'));
		await expectDenied(() => openCase(getDb(), migrant, created.id, 'triage'));
		await expectDenied(() => triageCase(getDb(), other.worker, created.id, { type: 'other', urgency: 'low', confidentiality: 'standard' }));
		await expectDenied(() => sendCaseMessage(getDb(), other.worker, created.id, { body: 'hello' }));
		expect((await caseQueue(getDb(), other.worker)).items.map((c) => c.id)).not.toContain(created.id);
		await expectDenied(() => caseQueue(getDb(), migrant));
		const asked = await submitHelpRequest(getDb(), migrant, { type: 'other', countryIso2: 'AE', city, narrative: NARRATIVE }, 'en');
		expect(asked.ok).toBe(true);
		expect((await myHelpRequests(getDb(), migrant)).map((c) => c.type)).toEqual(['other']);
		expect(await myHelpRequests(getDb(), await makeMigrant())).toEqual([]);
		await expect(submitHelpRequest(getDb(), worker, { type: 'other', countryIso2: 'AE', city, narrative: NARRATIVE }, 'en')).rejects.toMatchObject({
			code: 'forbidden'
		});

		const opened = await openCase(getDb(), worker, created.id, 'triage');
		expect(opened.sensitive?.narrative).toBe(NARRATIVE);
		expect(opened.sensitive?.contact?.phone).toBe('+996700123456');
		const views = await getDb()
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.entityId, created.id), eq(auditLog.action, 'case.view')));
		expect(views).toHaveLength(1);
		expect(views[0]).toMatchObject({ actorUserId: worker.userId, data: { reason: 'triage', sensitive: true } });

		expect(
			(await triageCase(getDb(), worker, created.id, { type: 'passport_taken', urgency: 'high', confidentiality: 'strict', traffickingFlag: 'on' })).ok
		).toBe(true);
		expect((await openCase(getDb(), worker, created.id, 'follow_up')).sensitive).toBeNull();
		expect((await openCase(getDb(), supervisor, created.id, 'supervision')).sensitive?.narrative).toBe(NARRATIVE);

		await assignCase(getDb(), worker, created.id, worker.userId);
		await expectDenied(() => assignCase(getDb(), other.worker, created.id, other.worker.userId));
		await expect(assignCase(getDb(), worker, created.id, other.worker.userId)).rejects.toMatchObject({ code: 'bad_request' });

		// Flagged for trafficking: the national referral mechanism steps are recorded once each, by the owner only.
		await recordNrmStep(getDb(), worker, created.id, 'identify');
		await expect(recordNrmStep(getDb(), worker, created.id, 'identify')).rejects.toMatchObject({ userMessage: 'error_nrm_step_done' });
		await expect(recordNrmStep(getDb(), worker, created.id, 'dance')).rejects.toMatchObject({ code: 'bad_request' });
		await expectDenied(() => recordNrmStep(getDb(), other.worker, created.id, 'safety'));

		expect((await sendCaseMessage(getDb(), worker, created.id, { body: 'We called your employer.' })).ok).toBe(true);
		const tracked = await trackCase(getDb(), created.number, created.trackingCode);
		expect(tracked.messages.map((m) => m.body)).toEqual(['We called your employer.']);
		expect(tracked.status).toBe('in_progress');

		expect((await addCaseTask(getDb(), worker, created.id, { title: 'Call the employer', dueOn: '2026-13-01' })).ok).toBe(false);
		expect((await addCaseTask(getDb(), worker, created.id, { title: 'Call the employer', dueOn: '2026-12-01' })).ok).toBe(true);

		expect(await closeCase(getDb(), worker, created.id, { outcomes: ['wages_recovered'], wagesRecovered: '', wagesCurrency: '' })).toMatchObject({
			ok: false,
			errors: { wagesRecovered: 'error_amount' }
		});
		expect(await closeCase(getDb(), worker, created.id, { outcomes: ['closed_without_result', 'repatriated'] })).toMatchObject({ ok: false });
		expect(
			(await closeCase(getDb(), worker, created.id, { outcomes: ['wages_recovered', 'documents_returned'], wagesRecovered: '45000', wagesCurrency: 'RUB' })).ok
		).toBe(true);
		await expect(closeCase(getDb(), worker, created.id, { outcomes: ['repatriated'] })).rejects.toMatchObject({ code: 'invalid_transition' });
		expect((await reopenCase(getDb(), worker, created.id, { reason: 'The employer paid only half.' })).ok).toBe(true);
		const timeline = (await openCase(getDb(), supervisor, created.id, 'supervision')).events.map((e) => e.kind);
		expect(timeline).toEqual(['created', 'triaged', 'assigned', 'nrm_step', 'message_sent', 'task_added', 'closed', 'reopened']);
	});

	it('a closed case shows the person its outcome, takes no reply, and may be reopened by them within 30 days (audited, back to its organisation)', async () => {
		const { org, city, worker } = await mission();
		const other = await mission();
		const created = await report(city);
		await assignCase(getDb(), worker, created.id, worker.userId);
		expect((await sendCaseMessage(getDb(), worker, created.id, { body: 'We called your employer.' })).ok).toBe(true);
		const open = await trackCase(getDb(), created.number, created.trackingCode);
		expect(open.outcome).toBeNull();
		expect(open.reopenUntil).toBeNull();

		expect(
			(
				await closeCase(getDb(), worker, created.id, {
					outcomes: ['wages_recovered', 'documents_returned', 'referred_to_service'],
					wagesRecovered: '45000',
					wagesCurrency: 'RUB',
					outcomeNote: 'internal note'
				})
			).ok
		).toBe(true);
		const closed = await trackCase(getDb(), created.number, created.trackingCode);
		expect(closed.status).toBe('closed');
		expect(closed.outcome).toMatchObject({
			outcomes: ['wages_recovered', 'documents_returned', 'referred_to_service'],
			wagesRecovered: '45000.00',
			wagesCurrency: 'RUB',
			referredTo: []
		});
		expect(JSON.stringify(closed)).not.toContain('internal note');
		const [row] = await getDb().select().from(helpCase).where(eq(helpCase.id, created.id));
		expect(closed.reopenUntil?.getTime()).toBe(row.closedAt!.getTime() + 30 * 86_400_000);

		// No more replies on a closed case.
		expect(await addInformation(getDb(), created.number, created.trackingCode, { body: 'Hello?' })).toEqual({
			ok: false,
			errors: { form: 'error_case_closed_reply' }
		});
		// Other ways in: the country's emergency numbers when known, and hotlines at home.
		const channels = await otherChannels(getDb(), 'RU');
		expect(channels.emergency.map((n) => n.number)).toContain('112');

		// After 30 days the person may no longer reopen it; the service refuses.
		const late = new Date(row.closedAt!.getTime() + 31 * 86_400_000);
		expect((await trackCase(getDb(), created.number, created.trackingCode, late)).reopenUntil).toBeNull();
		await expect(reopenByPerson(getDb(), created.number, created.trackingCode, { reason: 'Still not paid' }, late)).rejects.toMatchObject({
			code: 'invalid_transition',
			userMessage: 'error_case_reopen_expired'
		});
		// A wrong code reopens nothing; a reason is required.
		await expectDenied(() => reopenByPerson(getDb(), created.number, 'AAAA-BBBB-CCCC', { reason: 'x' }));
		expect(await reopenByPerson(getDb(), created.number, created.trackingCode, { reason: '  ' })).toMatchObject({
			ok: false,
			errors: { reason: 'error_required' }
		});

		// Within 30 days it goes back to the same organisation's queue with fresh deadlines, the reason as the person's message.
		expect(await reopenByPerson(getDb(), created.number, created.trackingCode, { reason: 'The employer paid only half.' })).toEqual({
			ok: true,
			data: { number: created.number }
		});
		const [after] = await getDb().select().from(helpCase).where(eq(helpCase.id, created.id));
		expect(after).toMatchObject({ status: 'in_progress', closedAt: null, organisationId: org.id, assigneeUserId: worker.userId, firstResponseAt: null });
		expect(after.resolutionDue.getTime()).toBeGreaterThan(Date.now());
		expect((await caseQueue(getDb(), worker)).items.map((c) => c.id)).toContain(created.id);
		expect((await caseQueue(getDb(), other.worker)).items.map((c) => c.id)).not.toContain(created.id);
		const reopened = await trackCase(getDb(), created.number, created.trackingCode);
		expect(reopened.messages.map((m) => m.body)).toEqual(['We called your employer.', 'The employer paid only half.']);
		expect(reopened.outcome).toBeNull();
		const audit = await getDb()
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.entityId, created.id), eq(auditLog.action, 'case.reopen_by_person')));
		expect(audit).toHaveLength(1);
		expect(audit[0]).toMatchObject({ actorUserId: null, data: { organisation: org.id, moved: false } });
		await expect(reopenByPerson(getDb(), created.number, created.trackingCode, { reason: 'again' })).rejects.toMatchObject({
			userMessage: 'error_case_not_closed'
		});
		expect((await openCase(getDb(), worker, created.id, 'follow_up')).events.map((e) => e.kind)).toEqual([
			'created',
			'assigned',
			'message_sent',
			'closed',
			'reopened'
		]);

		// If the organisation that handled it is gone, the case is routed anew, unassigned.
		expect((await closeCase(getDb(), worker, created.id, { outcomes: ['repatriated'] })).ok).toBe(true);
		await getDb().update(organisation).set({ active: false }).where(eq(organisation.id, org.id));
		expect((await reopenByPerson(getDb(), created.number, created.trackingCode, { reason: 'Need help again' })).ok).toBe(true);
		const [rerouted] = await getDb().select().from(helpCase).where(eq(helpCase.id, created.id));
		expect(rerouted.organisationId).not.toBe(org.id);
		expect(rerouted.assigneeUserId).toBeNull();
	});

	it('a referral needs consent and gives the receiver read access only; a transfer hands the case over', async () => {
		const { city, worker } = await mission();
		const shelter = await makeOrganisation('ngo', 'KG');
		const shelterWorker = await makeStaff(shelter.id, 'case_worker');
		const bystander = await makeStaff((await makeOrganisation('ngo', 'KG')).id, 'case_worker');
		const created = await report(city);

		expect(await referCase(getDb(), worker, created.id, { kind: 'referral', toOrganisationId: shelter.id, note: 'Needs a shelter' })).toMatchObject({
			ok: false,
			errors: { consent: 'error_case_consent' }
		});
		await expectDenied(() =>
			referCase(getDb(), shelterWorker, created.id, { kind: 'transfer', toOrganisationId: shelter.id, consent: 'given', note: 'mine now' })
		);
		const referral = await referCase(getDb(), worker, created.id, {
			kind: 'referral',
			toOrganisationId: shelter.id,
			consent: 'given',
			note: 'Needs a shelter'
		});
		if (!referral.ok) throw new Error('referral');
		await expectDenied(() => openCase(getDb(), shelterWorker, created.id, 'referral_review'));
		const [raw] = (await getDb().execute<Record<string, string>>(sql`select * from case_transition where id = ${referral.data.id}`)).rows;
		expect(JSON.stringify(raw)).not.toContain('shelter');
		expect((await incomingTransitions(getDb(), shelterWorker)).find((t) => t.number === created.number)?.note).toBe('Needs a shelter');
		await expectDenied(() => decideTransition(getDb(), bystander, referral.data.id, { decision: 'accept' }));
		expect(await decideTransition(getDb(), shelterWorker, referral.data.id, { decision: 'reject' })).toMatchObject({
			ok: false,
			errors: { reason: 'error_reject_reason' }
		});
		expect((await decideTransition(getDb(), shelterWorker, referral.data.id, { decision: 'accept' })).ok).toBe(true);
		expect((await openCase(getDb(), shelterWorker, created.id, 'referral_review')).owner).toBe(false);
		await expectDenied(() => sendCaseMessage(getDb(), shelterWorker, created.id, { body: 'hi' }));
		await expectDenied(() => openCase(getDb(), bystander, created.id, 'triage'));

		const transfer = await referCase(getDb(), worker, created.id, {
			kind: 'transfer',
			toOrganisationId: bystander.organisationId,
			consent: 'danger_to_life',
			note: 'Threatened by the employer; the person cannot be reached.'
		});
		if (!transfer.ok) throw new Error('transfer');
		await getDb()
			.update(helpCase)
			.set({ resolutionDue: new Date('2020-01-01') })
			.where(eq(helpCase.id, created.id));
		expect((await decideTransition(getDb(), bystander, transfer.data.id, { decision: 'accept' })).ok).toBe(true);
		const [moved] = await getDb().select({ due: helpCase.resolutionDue }).from(helpCase).where(eq(helpCase.id, created.id));
		expect(moved.due.getTime()).toBeGreaterThan(Date.now());
		await expectDenied(() => triageCase(getDb(), worker, created.id, { type: 'other', urgency: 'low', confidentiality: 'standard' }));
		expect((await caseQueue(getDb(), bystander)).items.map((c) => c.id)).toContain(created.id);
		const kinds = (await openCase(getDb(), bystander, created.id, 'follow_up')).events.map((e) => e.kind);
		expect(kinds).toEqual(expect.arrayContaining(['referral_sent', 'referral_accepted', 'transfer_sent', 'transfer_accepted']));
	});

	it('supervisors set deadlines per type; public figures suppress counts under five', async () => {
		const { city, supervisor, worker } = await mission();
		const values = Object.fromEntries(
			[
				'unpaid_wages',
				'passport_taken',
				'abuse',
				'detention',
				'accident_health',
				'death_repatriation',
				'missing_person',
				'recruiter_deception',
				'other'
			].flatMap((t) => [
				[`${t}_first`, '12'],
				[`${t}_days`, '14']
			])
		);
		expect((await setDeadlines(getDb(), supervisor, { ...values, other_first: '0' })).ok).toBe(false);
		await expectDenied(() => setDeadlines(getDb(), worker, values));
		expect((await setDeadlines(getDb(), supervisor, { ...values, unpaid_wages_first: '48' })).ok).toBe(true);
		expect((await setDeadlines(getDb(), supervisor, values)).ok).toBe(true); // a second save updates
		const created = await report(city);
		const [row] = await getDb().select().from(helpCase).where(eq(helpCase.id, created.id));
		expect(Math.round((row.firstResponseDue.getTime() - row.createdAt.getTime()) / 3_600_000)).toBe(12);

		await report(city);
		await report(city);
		await submitHelpRequest(getDb(), null, { type: 'other', countryIso2: 'TV', city: 'Funafuti', narrative: NARRATIVE }, 'en');
		const figures = await publicFigures(getDb(), { fresh: true });
		expect(figures.byCountry.find((r) => r.key === 'TV')).toMatchObject({ received: null });
		for (const r of [...figures.byCountry, ...figures.byType]) if (r.received !== null) expect(r.received === 0 || r.received >= 5).toBe(true);
		// A lone hidden count is protected: no list has exactly one hidden cell against its published total.
		for (const list of [figures.byCountry, figures.byType]) expect(list.filter((r) => r.received === null).length).not.toBe(1);
		if (figures.totals.received !== null) expect(figures.totals.received).toBeGreaterThanOrEqual(5);
	});

	it('attachments are type- and size-checked, encrypted on disk, and downloads are audited', async () => {
		const { city, worker } = await mission();
		const other = await mission();
		const created = await report(city);
		const png = new File([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4])], 'passport-scan.png', { type: 'image/png' });
		expect(await addAttachment(getDb(), worker, created.id, new File(['<script>'], 'x.png', { type: 'image/png' }))).toMatchObject({
			ok: false,
			errors: { file: 'error_case_file_type' }
		});
		expect(await addAttachment(getDb(), worker, created.id, new File([new Uint8Array(6 * 1024 * 1024)], 'big.pdf'))).toMatchObject({
			ok: false,
			errors: { file: 'error_case_file_large' }
		});
		await expectDenied(() => addAttachment(getDb(), other.worker, created.id, png));
		const added = await addAttachment(getDb(), worker, created.id, png);
		if (!added.ok) throw new Error('attachment');
		const stored = readFileSync(`.data/attachments/${added.data.id}.bin`);
		expect(stored.includes(Buffer.from([0x89, 0x50, 0x4e, 0x47]))).toBe(false);
		await expectDenied(() => readAttachment(getDb(), other.worker, created.id, added.data.id));
		const file = await readAttachment(getDb(), worker, created.id, added.data.id);
		expect(file).toMatchObject({ name: 'passport-scan.png', mediaType: 'image/png' });
		const exports = await getDb()
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.entityId, created.id), eq(auditLog.action, 'case.export')));
		expect(exports).toHaveLength(1);

		// The person adds a file with the code; they see only their own files, staff see it marked as theirs.
		expect(await addInformation(getDb(), created.number, created.trackingCode, {})).toMatchObject({ ok: false, errors: { body: 'error_required' } });
		expect(await addInformation(getDb(), created.number, created.trackingCode, { body: 'see file', file: new File(['MZ'], 'a.pdf') })).toMatchObject({
			ok: false,
			errors: { file: 'error_case_file_type' }
		});
		await expectDenied(() => addInformation(getDb(), created.number, 'AAAA-BBBB-CCCC', { file: png }));
		const pdf = new File([Buffer.from('%PDF-1.4\n% pay slip\n')], 'pay-slip.pdf', { type: 'application/pdf' });
		expect((await addInformation(getDb(), created.number, created.trackingCode, { file: pdf })).ok).toBe(true);
		const tracked = await trackCase(getDb(), created.number, created.trackingCode);
		expect(tracked.files.map((f) => f.name)).toEqual(['pay-slip.pdf']);
		expect(tracked.messages).toHaveLength(0);
		const listed = await listAttachments(getDb(), created.id, true);
		expect(listed.find((a) => a.name === 'pay-slip.pdf')?.fromPerson).toBe(true);
		expect(listed.find((a) => a.name === 'passport-scan.png')?.fromPerson).toBe(false);
		await getDb()
			.insert(caseAttachment)
			.values(
				Array.from({ length: 19 }, () => randomUUID()).map((id) => ({
					id,
					caseId: created.id,
					fileNameEnc: encryptField('earlier.pdf', id, 'file_name'),
					mediaType: 'application/pdf',
					size: 1,
					fromPerson: true
				}))
			);
		expect(await addInformation(getDb(), created.number, created.trackingCode, { file: pdf })).toMatchObject({
			ok: false,
			errors: { file: 'error_case_files_limit' }
		});
	});

	it('a file keeps no extension of its own: stored as <id>.bin, named and served by the type its bytes show (issue 15, finding 8)', async () => {
		const { city, worker } = await mission();
		const created = await report(city);
		const polyglot = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('<html><script>alert(1)</script>')]);
		const added = await addAttachment(getDb(), worker, created.id, new File([polyglot], '../../invoice.html', { type: 'text/html' }));
		if (!added.ok) throw new Error('attachment');
		expect(readdirSync('.data/attachments').filter((f) => f.startsWith(added.data.id))).toEqual([`${added.data.id}.bin`]);
		const file = await readAttachment(getDb(), worker, created.id, added.data.id);
		expect(file).toMatchObject({ name: '_.._invoice.png', mediaType: 'image/png' });
		const headers = fileHeaders(file.name, file.mediaType);
		expect(headers).toMatchObject({ 'content-type': 'image/png', 'x-content-type-options': 'nosniff' });
		expect(headers['content-disposition']).toMatch(/^attachment; filename="[^"/\\]+\.png";/);
		// names stored before this rule are fixed when served
		expect(safeName('scan.html', 'application/pdf')).toBe('scan.pdf');
		expect(safeName('', 'image/jpeg')).toBe('file.jpg');
		expect(safeName('a\r\nb"c.png', 'image/png')).toBe('a__b_c.png');
	});

	it('rotating the case key re-encrypts every value and file, so the old key can go', async () => {
		const { city, worker } = await mission();
		const created = await report(city);
		const pdf = new File([Buffer.from('%PDF-1.4\n% rotation\n')], 'rotation.pdf', { type: 'application/pdf' });
		const added = await addAttachment(getDb(), worker, created.id, pdf);
		if (!added.ok) throw new Error('attachment');
		const saved = process.env.SAPAR_CASE_KEY;
		const ring = saved ?? ringOfFile('.data/case-keys.json');
		const fresh = `rot:${randomBytes(32).toString('base64')}`;
		const use = (spec: string) => {
			process.env.SAPAR_CASE_KEY = spec;
			resetKeyRing();
		};
		try {
			use(`${fresh},${ring}`);
			const report1 = await rekeyCases(getDb());
			expect(report1.values).toBeGreaterThan(0);
			expect(report1.files).toBeGreaterThan(0);
			expect((await rekeyCases(getDb())).values).toBe(0);
			const [raw] = await getDb().select({ n: helpCase.narrativeEnc }).from(helpCase).where(eq(helpCase.id, created.id));
			expect(raw.n!.startsWith('v1.rot.')).toBe(true);

			use(fresh);
			expect((await openCase(getDb(), worker, created.id, 'follow_up')).sensitive?.narrative).toBe(NARRATIVE);
			expect((await readAttachment(getDb(), worker, created.id, added.data.id)).bytes.toString()).toContain('rotation');
			use(`other:${randomBytes(32).toString('base64')}`);
			await expect(rekeyCases(getDb())).rejects.toThrow('no case key rot');

			// Back to the ring the rest of the suite uses.
			use(`${ring},${fresh}`);
			await rekeyCases(getDb());
		} finally {
			if (saved === undefined) delete process.env.SAPAR_CASE_KEY;
			else process.env.SAPAR_CASE_KEY = saved;
			resetKeyRing();
		}
		expect((await openCase(getDb(), worker, created.id, 'follow_up')).sensitive?.narrative).toBe(NARRATIVE);
	});
});

/** A key file as SAPAR_CASE_KEY's `id:key,…` (current first). */
function ringOfFile(path: string): string {
	const json = JSON.parse(readFileSync(path, 'utf8')) as { current: string; keys: Record<string, string> };
	return [json.current, ...Object.keys(json.keys).filter((k) => k !== json.current)].map((id) => `${id}:${json.keys[id]}`).join(',');
}
