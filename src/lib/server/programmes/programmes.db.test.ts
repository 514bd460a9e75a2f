import { and, eq, inArray } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { makeMigrant, makeOrganisation, makeStaff } from '../../../../tests/support/factories';
import { expectDenied } from '../../../../tests/support/isolation';
import { auditLog } from '../audit/audit.table';
import { message } from '../channels/channels.table';
import { getDb } from '../db/client';
import { organisation } from '../org/org.table';
import { bookSlot, getProgramme, listProgrammes, mySignups, signUp, signupStatus } from './programmes.service';
import { loadProgrammeContent } from './programmes.seed';
import { programme, programmeBooking, programmeCohort, programmeSignup, programmeSlot } from './programmes.table';
import { selectCandidates } from './selection';
import { addSlot, markDeparted, messageStage, pipeline, publishedDraw, recordCheck, runSelection, stageList, staffProgrammes } from './staff.service';

const DAY = 86_400_000;
let phoneNo = 0;
/** A valid Kyrgyz mobile number, different on every call. */
const nextPhone = () => `+996700${String(100000 + ((Date.now() % 800000) + phoneNo++)).slice(-6)}`;
const person = (over: Record<string, string> = {}) => ({
	birthDate: '1995-06-15',
	sex: 'female',
	regionCode: 'KG-O',
	languageLevel: 'basic',
	health: 'yes',
	previous: 'no',
	fullName: 'Айгүл Токтобаева',
	phone: nextPhone(),
	consent: 'yes',
	...over
});

/** A programme of a fresh employment centre, open now, with its staff. */
async function setup(opts: { selection?: 'first_come' | 'lottery'; places?: number; quotas?: Record<string, number> } = {}) {
	const centre = await makeOrganisation('employment_centre');
	const slug = `t-${centre.slug}`;
	const [p] = await getDb()
		.insert(programme)
		.values({
			slug,
			organisationId: centre.id,
			countryIso2: 'GB',
			title: { ky: 'Сынак', ru: 'Тест', en: 'Test' },
			summary: { ky: 'с', ru: 'с', en: 's' },
			opensAt: new Date(Date.now() - DAY),
			closesAt: new Date(Date.now() + 30 * DAY),
			places: opts.places ?? 100,
			rules: { minAge: 21, maxAge: 45, healthDeclaration: true, excludePrevious: true },
			quotas: opts.quotas ?? {},
			documents: [],
			tests: [],
			selection: opts.selection ?? 'first_come'
		})
		.returning();
	const worker = await makeStaff(centre.id, 'case_worker');
	const supervisor = await makeStaff(centre.id, 'supervisor');
	return { centre, p, slug, worker, supervisor };
}

async function signed(slug: string, over: Record<string, string> = {}) {
	const r = await signUp(getDb(), null, slug, person(over), 'ru');
	if (!r.ok) throw new Error(JSON.stringify(r.errors));
	return r.data;
}

async function slot(p: { id: string }, officeId: string, capacity: number, inDays = 3) {
	const [row] = await getDb()
		.insert(programmeSlot)
		.values({ programmeId: p.id, officeId, kind: 'document_check', startsAt: new Date(Date.now() + inDays * DAY), capacity })
		.returning();
	return row;
}

describe('programme intake', () => {
	it('loads EPS Korea and UK seasonal work from the content files, sourced, in three languages', async () => {
		await loadProgrammeContent(getDb());
		await loadProgrammeContent(getDb());
		const rows = await getDb()
			.select()
			.from(programme)
			.where(inArray(programme.slug, ['eps-korea', 'uk-seasonal']));
		expect(rows.map((r) => r.slug).sort()).toEqual(['eps-korea', 'uk-seasonal']);
		const uk = rows.find((r) => r.slug === 'uk-seasonal')!;
		expect(uk).toMatchObject({ countryIso2: 'GB', places: 1000, selection: 'lottery', source: { document: '002_50f2aea91ede881b.txt' } });
		expect(Object.keys(uk.title).sort()).toEqual(['en', 'ky', 'ru']);
		expect((await listProgrammes(getDb())).some((p) => p.slug === 'eps-korea')).toBe(true);
	});

	it('signs people up with a reference at once and its SMS in the same transaction; rules give a reason; one sign-up per phone', async () => {
		const { slug, p } = await setup();
		const phone = nextPhone();
		const ok = await signUp(getDb(), null, slug, person({ phone: phone.replace('+996', '0') }), 'ky');
		if (!ok.ok) throw new Error(JSON.stringify(ok.errors));
		expect(ok.data.reference).toMatch(/^PR-\d{4}-\d{6,}$/);
		expect(ok.data.stage).toBe('eligible');
		const [sms] = await getDb()
			.select()
			.from(message)
			.where(and(eq(message.address, phone), eq(message.purpose, 'programme')));
		expect(sms.body).toContain(ok.data.reference);
		expect(sms.body).toContain(ok.data.code);

		expect(await signUp(getDb(), null, slug, person({ phone }), 'ky')).toEqual({ ok: false, errors: { phone: 'error_programme_already' } });
		const young = await signed(slug, { birthDate: '2010-01-01' });
		expect(young).toMatchObject({ stage: 'not_eligible', reason: 'too_young' });
		expect(await signed(slug, { previous: 'yes' })).toMatchObject({ stage: 'not_eligible', reason: 'previous_participation' });

		const bad = await signUp(getDb(), null, slug, { ...person(), birthDate: '1995-02-30', sex: 'x', regionCode: 'KG-ZZ', consent: '' }, 'ky');
		expect(bad).toEqual({ ok: false, errors: { birthDate: 'error_date', sex: 'error_choose_one', consent: 'error_programme_consent' } });
		expect(await signUp(getDb(), null, slug, person({ regionCode: 'KG-Q' }), 'ky')).toEqual({ ok: false, errors: { regionCode: 'error_choose_one' } });
		expect(await signUp(getDb(), null, slug, person({ phone: '12' }), 'ky')).toEqual({ ok: false, errors: { phone: 'error_phone_invalid' } });

		await getDb()
			.update(programme)
			.set({ closesAt: new Date(Date.now() - 1000) })
			.where(eq(programme.id, p.id));
		expect(await signUp(getDb(), null, slug, person(), 'ky')).toEqual({ ok: false, errors: { form: 'error_programme_closed' } });
	});

	it('shows the person their place by reference and code (any mismatch is not found), or as the signed-in person', async () => {
		const { slug } = await setup();
		const migrant = await makeMigrant();
		const r = await signUp(getDb(), migrant, slug, person(), 'en');
		if (!r.ok) throw new Error('sign-up failed');
		const status = await signupStatus(getDb(), { reference: r.data.reference.toLowerCase(), code: r.data.code.toLowerCase() });
		expect(status).toMatchObject({ reference: r.data.reference, stage: 'eligible', reason: null, booking: null, mayBook: true });
		await expectDenied(() => signupStatus(getDb(), { reference: r.data.reference, code: 'AAAA-BBBB-CCCC' }));
		await expectDenied(() => signupStatus(getDb(), { reference: 'nonsense', code: r.data.code }));
		expect((await signupStatus(getDb(), { actor: migrant, reference: r.data.reference })).reference).toBe(r.data.reference);
		await expectDenied(async () => signupStatus(getDb(), { actor: await makeMigrant(), reference: r.data.reference }));
		expect((await mySignups(getDb(), migrant)).map((s) => s.reference)).toEqual([r.data.reference]);
	});

	it('never double-books a slot: parallel bookings fill it exactly, a person holds one booking, rescheduling frees the old place', async () => {
		const { slug, p, centre } = await setup();
		const small = await slot(p, centre.id, 3);
		const people = await Promise.all(Array.from({ length: 10 }, () => signed(slug)));
		const results = await Promise.all(people.map((s) => bookSlot(getDb(), s, small.id)));
		expect(results.filter((r) => r.ok)).toHaveLength(3);
		expect(results.filter((r) => !r.ok).every((r) => !r.ok && r.errors.slotId === 'error_programme_slot_full')).toBe(true);
		const [after] = await getDb().select().from(programmeSlot).where(eq(programmeSlot.id, small.id));
		expect(after.booked).toBe(3);
		expect((await getDb().select().from(programmeBooking).where(eq(programmeBooking.slotId, small.id))).length).toBe(3);

		// One person sends two different bookings at once: one booking, counters consistent.
		const a = await slot(p, centre.id, 5, 4);
		const b = await slot(p, centre.id, 5, 5);
		const one = people[9];
		const both = await Promise.all([bookSlot(getDb(), one, a.id), bookSlot(getDb(), one, b.id)]);
		expect(both.every((r) => r.ok)).toBe(true);
		const [mine] = await getDb()
			.select()
			.from(programmeBooking)
			.where(eq(programmeBooking.signupId, (await signupRow(one.reference)).id));
		const counts = await getDb()
			.select()
			.from(programmeSlot)
			.where(inArray(programmeSlot.id, [a.id, b.id]));
		expect(counts.reduce((n, s) => n + s.booked, 0)).toBe(1);
		expect(counts.find((s) => s.id === mine.slotId)!.booked).toBe(1);

		// Rescheduling to the other slot moves the place.
		const other = mine.slotId === a.id ? b.id : a.id;
		expect((await bookSlot(getDb(), one, other)).ok).toBe(true);
		const moved = await getDb()
			.select()
			.from(programmeSlot)
			.where(inArray(programmeSlot.id, [a.id, b.id]));
		expect(moved.find((s) => s.id === other)!.booked).toBe(1);
		expect(moved.find((s) => s.id !== other)!.booked).toBe(0);
		expect(await bookSlot(getDb(), one, other)).toEqual({ ok: false, errors: { slotId: 'error_programme_same_slot' } });
		const st = await signupStatus(getDb(), one);
		expect(st.stage).toBe('invited');
		expect(st.booking?.slotId).toBe(other);

		// Not eligible: no booking; another programme's slot: refused.
		const out = await signed(slug, { birthDate: '2010-01-01' });
		await expect(bookSlot(getDb(), out, a.id)).rejects.toMatchObject({ code: 'conflict' });
		const elsewhere = await setup();
		const foreign = await slot(elsewhere.p, elsewhere.centre.id, 5);
		expect(await bookSlot(getDb(), await signed(slug), foreign.id)).toEqual({ ok: false, errors: { slotId: 'error_programme_slot_full' } });
	});

	it('selects by the published lottery with quotas; anyone recomputes the same order from the seed; then departure', async () => {
		const { slug, p, centre, worker, supervisor } = await setup({ selection: 'lottery', places: 4, quotas: { 'KG-O': 2 } });
		const big = await slot(p, centre.id, 50);
		const pool = [];
		for (let i = 0; i < 8; i++) pool.push(await signed(slug, { regionCode: i % 2 ? 'KG-O' : 'KG-B' }));
		for (const s of pool) expect((await bookSlot(getDb(), s, big.id)).ok).toBe(true);
		const rows = await getDb().select().from(programmeSignup).where(eq(programmeSignup.programmeId, p.id));
		for (const [i, r] of rows.entries()) await recordCheck(getDb(), worker, r.id, i === 0 ? 'failed' : 'passed');
		await expect(recordCheck(getDb(), worker, rows[1].id, 'passed')).rejects.toMatchObject({ code: 'invalid_transition' });

		await expectDenied(() => runSelection(getDb(), worker, p.id, 'seed-12345678'));
		expect(await runSelection(getDb(), supervisor, p.id, 'bad seed')).toEqual({ ok: false, errors: { seed: 'error_programme_seed' } });
		const run = await runSelection(getDb(), supervisor, p.id, '07-15-22-31-40');
		expect(run).toEqual({ ok: true, data: { selected: 4, candidates: 7 } });
		await expect(runSelection(getDb(), supervisor, p.id, '07-15-22-31-40')).rejects.toMatchObject({ code: 'conflict' });

		const draw = await publishedDraw(getDb(), slug);
		expect(draw.programme.lotterySeed).toBe('07-15-22-31-40');
		const again = selectCandidates(
			'lottery',
			'07-15-22-31-40',
			draw.candidates.map((c) => ({ reference: c.reference, regionCode: c.regionCode, seq: c.seq })),
			4,
			{ 'KG-O': 2 }
		);
		expect(draw.candidates.map((c) => [c.reference, c.rank, c.stage === 'selected'])).toEqual(again.map((c) => [c.reference, c.rank, c.selected]));
		const chosen = draw.candidates.filter((c) => c.stage === 'selected');
		expect(chosen).toHaveLength(4);
		expect(chosen.filter((c) => c.regionCode === 'KG-O').length).toBeLessThanOrEqual(2);

		const first = await signupRow(chosen[0].reference);
		await markDeparted(getDb(), worker, first.id);
		expect((await signupRow(chosen[0].reference)).stage).toBe('departed');
		await expect(markDeparted(getDb(), worker, first.id)).rejects.toMatchObject({ code: 'invalid_transition' });
		const audits = await getDb().select().from(auditLog).where(eq(auditLog.entityId, p.id));
		expect(audits.map((a) => a.action)).toContain('programme.select');
	});

	it('gives the running centre its pipeline, lists, slots, exports and stage messages; another organisation gets nothing', async () => {
		const { slug, p, centre, worker } = await setup();
		await signed(slug, { sex: 'male', regionCode: 'KG-B' });
		await signed(slug, { regionCode: 'KG-B' });
		await signed(slug, { birthDate: '2010-01-01' });
		const pipe = await pipeline(getDb(), worker, p.id);
		expect(pipe.byStage).toMatchObject({ eligible: 2, not_eligible: 1 });
		expect(pipe.bySex.eligible).toEqual({ female: 1, male: 1 });
		expect(pipe.byRegion['KG-B']).toEqual({ eligible: 2 });
		expect((await staffProgrammes(getDb(), worker)).map((x) => x.id)).toEqual([p.id]);

		const exported = await stageList(getDb(), worker, p.id, 'eligible', { export: true });
		expect(exported.rows).toHaveLength(2);
		await expect(stageList(getDb(), worker, p.id, 'nonsense')).rejects.toMatchObject({ code: 'bad_request' });
		const [bishkek] = await getDb().select().from(organisation).where(eq(organisation.kind, 'employment_centre')).limit(1);
		const added = await addSlot(getDb(), worker, p.id, { officeId: bishkek.id, kind: 'test', startsAt: '2099-01-05T10:00', capacity: '12' });
		expect(added.ok).toBe(true);
		expect(await addSlot(getDb(), worker, p.id, { officeId: bishkek.id, kind: 'test', startsAt: '2001-01-05T10:00', capacity: '0' })).toEqual({
			ok: false,
			errors: { startsAt: 'error_programme_slot_past', capacity: 'error_invalid' }
		});

		const sent = await messageStage(getDb(), worker, p.id, { stage: 'eligible', body: 'Bring your passport on Monday.' });
		expect(sent).toEqual({ ok: true, data: { recipients: 2 } });
		const [cohort] = await getDb().select().from(programmeCohort).where(eq(programmeCohort.programmeId, p.id));
		expect(cohort).toMatchObject({ stage: 'eligible', recipients: 2 });
		const audits = await getDb().select().from(auditLog).where(eq(auditLog.entityId, p.id));
		expect(audits.map((a) => a.action).sort()).toEqual(['programme.export', 'programme.message']);

		// Another employment centre, an NGO, a migrant: nothing.
		const other = await makeStaff((await makeOrganisation('employment_centre')).id, 'supervisor');
		expect(await staffProgrammes(getDb(), other)).toEqual([]);
		await expectDenied(() => pipeline(getDb(), other, p.id));
		await expectDenied(() => stageList(getDb(), other, p.id, 'eligible', { export: true }));
		await expectDenied(() => messageStage(getDb(), other, p.id, { stage: 'eligible', body: 'x' }));
		await expectDenied(() => addSlot(getDb(), other, p.id, { officeId: centre.id, kind: 'test', startsAt: '2099-01-05T10:00', capacity: '1' }));
		const [someone] = await getDb().select().from(programmeSignup).where(eq(programmeSignup.programmeId, p.id)).limit(1);
		await expectDenied(() => recordCheck(getDb(), other, someone.id, 'passed'));
		const ngo = await makeStaff((await makeOrganisation('ngo')).id, 'case_worker');
		await expectDenied(() => pipeline(getDb(), ngo, p.id));
		await expectDenied(async () => pipeline(getDb(), await makeMigrant(), p.id));
		await expectDenied(() => staffProgrammes(getDb(), { userId: 'x', role: 'analyst', organisationId: centre.id }));
		expect((await getProgramme(getDb(), slug)).slug).toBe(slug);
	});
});

async function signupRow(reference: string) {
	const [row] = await getDb().select().from(programmeSignup).where(eq(programmeSignup.reference, reference));
	return row;
}
