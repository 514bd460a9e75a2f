import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { makeMigrant, makeOrganisation, makeStaff } from '../../../../tests/support/factories';
import { expectDenied } from '../../../../tests/support/isolation';
import { auditLog } from '../audit/audit.table';
import { getDb } from '../db/client';
import { deleteMyData, exportMyData, saveProfile } from '../migrant/migrant.service';
import { migrantProfile } from '../migrant/migrant.table';
import { findOrganisationBySlug } from '../org/org.repository';
import {
	addReferral,
	addWorkingDays,
	centreReturns,
	closeReturn,
	getCentreReturn,
	incomingReferrals,
	myReturns,
	recordOutcome,
	responsibleCentre,
	submitReturn
} from './returns.service';
import { loadReturnsDemo } from './returns.demo';
import { addProgramme, listProgrammes, setProgrammeActive } from './programmes.service';
import { returnReferral, returnRequest } from './returns.table';

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const db = () => getDb();
const valid = {
	returnDate: day(-10),
	countryIso2: 'RU',
	regionCode: 'KG-GO',
	skills: ['7'],
	skillsNote: 'Welding, 3 years',
	needs: ['job', 'training'],
	contactConsent: true
};

async function centres() {
	const osh = (await findOrganisationBySlug(db(), 'ceca-osh'))!;
	const bishkek = (await findOrganisationBySlug(db(), 'ceca-bishkek'))!;
	return { osh, bishkek, oshWorker: await makeStaff(osh.id, 'case_worker'), bishkekWorker: await makeStaff(bishkek.id, 'case_worker') };
}

describe('returnee registration and reintegration referrals', () => {
	it('routes the south to the Osh centre and the rest to the national centre in Bishkek', async () => {
		const { osh, bishkek } = await centres();
		expect(await responsibleCentre(db(), 'KG-J')).toBe(osh.id);
		expect(await responsibleCentre(db(), 'KG-T')).toBe(bishkek.id);
		expect(await responsibleCentre(db(), 'KG-GB')).toBe(bishkek.id);
	});

	it('only the responsible centre sees, refers and closes a request; every view is audited', async () => {
		const { oshWorker, bishkekWorker } = await centres();
		const consul = await makeStaff((await makeOrganisation('consulate', 'RU')).id, 'consular_officer');
		const ngoWorker = await makeStaff((await makeOrganisation('ngo')).id, 'case_worker');
		const me = await makeMigrant();
		await saveProfile(db(), me, me.userId, { fullName: 'Бакыт Кайтты', languages: [], desiredCountries: [], skills: [] });
		const sent = await submitReturn(db(), me, me.userId, valid);
		expect(sent.ok).toBe(true);
		if (!sent.ok) return;
		const id = sent.data.id;

		expect((await centreReturns(db(), oshWorker)).map((r) => r.id)).toContain(id);
		expect((await centreReturns(db(), bishkekWorker)).map((r) => r.id)).not.toContain(id);
		expect((await centreReturns(db(), ngoWorker)).map((r) => r.id)).not.toContain(id);
		await expectDenied(() => centreReturns(db(), consul));
		await expectDenied(() => centreReturns(db(), me));

		const seen = await getCentreReturn(db(), oshWorker, id);
		expect(seen).toMatchObject({ name: 'Бакыт Кайтты', needs: ['job', 'training'], status: 'submitted' });
		expect(seen.phone).toBeNull(); // a test account without a phone number
		const views = await db()
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.action, 'return.view'), eq(auditLog.entityId, id)));
		expect(views.map((v) => v.actorUserId)).toEqual([oshWorker.userId]);

		const referral = await addReferral(db(), oshWorker, id, { kind: 'job_placement', programme: 'CECA Osh job fair', referredOn: day(0) });
		expect(referral.ok).toBe(true);
		if (!referral.ok) return;

		// Another centre, guessing ids, gets nothing and changes nothing.
		await expectDenied(() => getCentreReturn(db(), bishkekWorker, id));
		await expectDenied(() => addReferral(db(), bishkekWorker, id, { kind: 'training', programme: 'x', referredOn: day(0) }));
		await expectDenied(() => recordOutcome(db(), bishkekWorker, referral.data.id, { outcome: 'declined', outcomeOn: day(0) }));
		await expectDenied(() => closeReturn(db(), bishkekWorker, id, { closingNote: 'x' }));
		await expectDenied(() => getCentreReturn(db(), ngoWorker, id));
		await expectDenied(() => getCentreReturn(db(), consul, id));
		await expectDenied(() => getCentreReturn(db(), oshWorker, '00000000-0000-4000-8000-000000000000'));
		await expectDenied(() => getCentreReturn(db(), oshWorker, 'not-an-id'));
		await expectDenied(() => myReturns(db(), bishkekWorker, me.userId));
		expect((await db().select().from(returnReferral).where(eq(returnReferral.requestId, id))).map((r) => r.outcome)).toEqual(['pending']);
		expect(
			(
				await db()
					.select()
					.from(auditLog)
					.where(and(eq(auditLog.entityId, id), eq(auditLog.actorUserId, bishkekWorker.userId)))
			).length
		).toBe(0);

		expect(await recordOutcome(db(), oshWorker, referral.data.id, { outcome: 'placed', outcomeOn: day(0) })).toMatchObject({
			ok: false,
			errors: { outcome: 'error_choose_one' }
		});
		expect(await recordOutcome(db(), oshWorker, referral.data.id, { outcome: 'accepted', outcomeOn: day(-30) })).toMatchObject({
			ok: false,
			errors: { outcomeOn: 'error_outcome_before_referral' }
		});
		expect((await recordOutcome(db(), oshWorker, referral.data.id, { outcome: 'accepted', outcomeOn: day(0), outcomeNote: 'Starts Monday' })).ok).toBe(true);
		expect(await closeReturn(db(), oshWorker, id, { closingNote: '' })).toMatchObject({ ok: false, errors: { closingNote: 'error_required' } });
		expect((await closeReturn(db(), oshWorker, id, { closingNote: 'Placed in a job' })).ok).toBe(true);
		await expect(addReferral(db(), oshWorker, id, { kind: 'training', programme: 'x', referredOn: day(0) })).rejects.toMatchObject({
			userMessage: 'error_return_closed'
		});

		const mine = await myReturns(db(), me, me.userId);
		expect(mine[0]).toMatchObject({
			status: 'closed',
			closingNote: 'Placed in a job',
			referrals: [{ kind: 'job_placement', outcome: 'accepted', outcomeNote: 'Starts Monday' }]
		});
		const actions = (await db().select().from(auditLog).where(eq(auditLog.entityId, id))).map((a) => a.action);
		expect(actions).toEqual(expect.arrayContaining(['return.submit', 'return.view', 'return.refer', 'return.outcome', 'return.close']));
	});

	it('each referral is routed to an organisation with a deadline of 10 working days; only that organisation sees it, overdue ones marked', async () => {
		expect(addWorkingDays('2026-12-04', 10)).toBe('2026-12-18'); // a Friday: two weeks on
		expect(addWorkingDays('2026-12-05', 1)).toBe('2026-12-07'); // Saturday → Monday
		const { osh, oshWorker, bishkekWorker } = await centres();
		const shelter = await makeOrganisation('ngo', 'KG');
		const shelterWorker = await makeStaff(shelter.id, 'case_worker');
		const otherNgoWorker = await makeStaff((await makeOrganisation('ngo', 'KG')).id, 'case_worker');
		const me = await makeMigrant();
		const sent = await submitReturn(db(), me, me.userId, valid);
		if (!sent.ok) throw new Error('return');
		const id = sent.data.id;

		expect(
			await addReferral(db(), oshWorker, id, { kind: 'psychological', programme: 'Counselling', referredOn: day(0), toOrganisationId: 'nope' })
		).toMatchObject({ ok: false, errors: { toOrganisationId: 'error_choose_one' } });
		const toShelter = await addReferral(db(), oshWorker, id, {
			kind: 'psychological',
			programme: 'Counselling',
			referredOn: day(0),
			toOrganisationId: shelter.id
		});
		const toCentre = await addReferral(db(), oshWorker, id, { kind: 'job_placement', programme: 'Job fair', referredOn: day(0) });
		if (!toShelter.ok || !toCentre.ok) throw new Error('referral');
		const [a] = await db().select().from(returnReferral).where(eq(returnReferral.id, toShelter.data.id));
		const [b] = await db().select().from(returnReferral).where(eq(returnReferral.id, toCentre.data.id));
		expect(a).toMatchObject({ toOrganisationId: shelter.id, dueOn: addWorkingDays(day(0), 10), outcome: 'pending' });
		expect(b).toMatchObject({ toOrganisationId: osh.id, dueOn: addWorkingDays(day(0), 10) }); // nobody chosen: the centre itself
		await db()
			.update(returnReferral)
			.set({ dueOn: day(-2) })
			.where(eq(returnReferral.id, a.id)); // two weeks pass unanswered

		const incoming = await incomingReferrals(db(), shelterWorker);
		expect(incoming.map((f) => f.id)).toEqual([toShelter.data.id]);
		expect(incoming[0]).toMatchObject({ kind: 'psychological', programme: 'Counselling', overdue: true, regionCode: 'KG-GO' });
		expect(JSON.stringify(incoming)).not.toContain(me.userId);
		expect((await incomingReferrals(db(), oshWorker)).find((f) => f.id === toCentre.data.id)).toMatchObject({ overdue: false });
		// Another organisation's staff, and the other centre, see none of them.
		expect((await incomingReferrals(db(), otherNgoWorker)).map((f) => f.id)).not.toContain(toShelter.data.id);
		expect((await incomingReferrals(db(), bishkekWorker)).map((f) => f.id)).not.toEqual(expect.arrayContaining([toShelter.data.id, toCentre.data.id]));
		await expectDenied(() => incomingReferrals(db(), me));
		const detail = await getCentreReturn(db(), oshWorker, id);
		expect(detail.referrals.find((f) => f.id === toShelter.data.id)).toMatchObject({ toName: shelter.name, overdue: true });

		// Answered: no longer waiting, no longer overdue.
		expect((await recordOutcome(db(), oshWorker, toShelter.data.id, { outcome: 'accepted', outcomeOn: day(0) })).ok).toBe(true);
		expect((await incomingReferrals(db(), shelterWorker)).map((f) => f.id)).toEqual([]);
		const audited = await db()
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.action, 'return.refer'), eq(auditLog.entityId, id)));
		expect(audited.map((x) => (x.data as { to: string }).to).sort()).toEqual([shelter.id, osh.id].sort());
	});

	it('refuses impossible input and stores nothing', async () => {
		const me = await makeMigrant();
		await saveProfile(db(), me, me.userId, { fullName: 'А Б', birthDate: '2000-05-01', languages: [], desiredCountries: [], skills: [] });
		const cases: [Record<string, unknown>, Record<string, string>][] = [
			[{ ...valid, returnDate: day(45) }, { returnDate: 'error_return_too_far' }],
			[{ ...valid, returnDate: '2026-02-30' }, { returnDate: 'error_date' }],
			[{ ...valid, returnDate: day(-4000) }, { returnDate: 'error_date_old' }],
			[{ ...valid, countryIso2: 'KG' }, { countryIso2: 'error_country' }],
			[{ ...valid, countryIso2: 'QQ' }, { countryIso2: 'error_country' }],
			[{ ...valid, regionCode: 'KG-ZZ' }, { regionCode: 'error_choose_one' }],
			[{ ...valid, needs: [] }, { needs: 'error_need_required' }],
			[{ ...valid, needs: ['other'] }, { needsNote: 'error_other_note' }],
			[{ ...valid, needs: ['yacht'] }, { 'needs.0': 'error_choose_one' }],
			[{ ...valid, skills: ['9999'] }, { skills: 'error_invalid' }]
		];
		for (const [input, errors] of cases) expect(await submitReturn(db(), me, me.userId, input)).toEqual({ ok: false, errors });
		const born = await makeMigrant();
		await saveProfile(db(), born, born.userId, { fullName: 'В Г', languages: [], desiredCountries: [], skills: [] });
		// Profiles refuse people under 14; a record entered elsewhere (e.g. imported) may still say so.
		await db()
			.update(migrantProfile)
			.set({ birthDate: day(-365 * 2) })
			.where(eq(migrantProfile.userId, born.userId));
		expect(await submitReturn(db(), born, born.userId, { ...valid, returnDate: day(-365 * 3) })).toEqual({
			ok: false,
			errors: { returnDate: 'error_return_before_birth' }
		});
		expect(await db().select().from(returnRequest).where(eq(returnRequest.userId, me.userId))).toEqual([]);
		await expectDenied(() => submitReturn(db(), born, me.userId, valid));
	});

	it("returns are in the person's export and go with their deletion", async () => {
		const { oshWorker } = await centres();
		const me = await makeMigrant();
		const sent = await submitReturn(db(), me, me.userId, { ...valid, regionCode: 'KG-O' });
		if (!sent.ok) throw new Error('not sent');
		await addReferral(db(), oshWorker, sent.data.id, { kind: 'legal_aid', programme: 'Legal clinic', referredOn: day(0) });
		const exported = await exportMyData(db(), me, me.userId);
		expect(exported.returns).toMatchObject([{ regionCode: 'KG-O', referrals: [{ kind: 'legal_aid' }] }]);
		const result = await deleteMyData(db(), me, me.userId);
		expect(result.removed).toContain('returns');
		expect(await db().select().from(returnRequest).where(eq(returnRequest.userId, me.userId))).toEqual([]);
		expect(await db().select().from(returnReferral).where(eq(returnReferral.requestId, sent.data.id))).toEqual([]);
	});

	it('demo returnees load once, one request for each centre', async () => {
		await loadReturnsDemo(db());
		await loadReturnsDemo(db());
		const { oshWorker, bishkekWorker } = await centres();
		const named = async (actor: typeof oshWorker) => {
			const ids = (await centreReturns(db(), actor)).map((r) => r.id);
			return Promise.all(ids.map(async (id) => (await getCentreReturn(db(), actor, id)).name));
		};
		expect((await named(bishkekWorker)).filter((n) => n?.startsWith('Демо'))).toEqual(['Демо Бакыт Асанов']);
		expect((await named(oshWorker)).filter((n) => n?.startsWith('Демо'))).toEqual(['Демо Айгерим Токтосунова']);
	});

	it('referrals point to the shared catalogue; a centre supervisor adds and switches off its own programmes', async () => {
		const { osh, bishkek, oshWorker } = await centres();
		const oshSupervisor = await makeStaff(osh.id, 'supervisor');
		const bishkekSupervisor = await makeStaff(bishkek.id, 'supervisor');
		const ngoSupervisor = await makeStaff((await makeOrganisation('ngo')).id, 'supervisor');
		const catalogue = await listProgrammes(db(), oshWorker);
		const ishker = catalogue.find((p) => p.name.en?.startsWith('Migrant Ishker'))!;
		expect(ishker).toMatchObject({ kind: 'training', source: { document: '002_50f2aea91ede881b.txt' } });

		const fresh = { kind: 'business_grant', name_ky: 'Ош шаардык гранты', name_ru: 'Гранты мэрии Оша', name_en: 'Osh city grants', provider: 'Osh city hall' };
		await expectDenied(() => addProgramme(db(), oshWorker, fresh));
		await expectDenied(() => addProgramme(db(), ngoSupervisor, fresh));
		expect(await addProgramme(db(), oshSupervisor, { ...fresh, name_en: '' })).toMatchObject({ ok: false, errors: { name_en: 'error_required' } });
		const added = await addProgramme(db(), oshSupervisor, fresh);
		if (!added.ok) throw new Error('programme');

		const me = await makeMigrant();
		const sent = await submitReturn(db(), me, me.userId, valid);
		if (!sent.ok) throw new Error('return');
		expect(await addReferral(db(), oshWorker, sent.data.id, { programmeId: '00000000-0000-4000-8000-000000000000', referredOn: day(0) })).toMatchObject({
			ok: false,
			errors: { programmeId: 'error_choose_one' }
		});
		expect(await addReferral(db(), oshWorker, sent.data.id, { programmeId: '', referredOn: day(0) })).toMatchObject({
			ok: false,
			errors: { kind: 'error_choose_one', programme: 'error_required' }
		});
		expect((await addReferral(db(), oshWorker, sent.data.id, { programmeId: ishker.id, kind: 'legal_aid', referredOn: day(0) })).ok).toBe(true);
		expect((await addReferral(db(), oshWorker, sent.data.id, { programmeId: added.data.id, referredOn: day(0) })).ok).toBe(true);
		const [mine] = await myReturns(db(), me, me.userId);
		expect(mine.referrals.map((f) => [f.kind, f.programmeName?.en])).toEqual([
			['training', ishker.name.en],
			['business_grant', 'Osh city grants']
		]);
		expect((await listProgrammes(db(), oshWorker)).find((p) => p.id === ishker.id)?.referred).toBeGreaterThanOrEqual(1);
		expect((await listProgrammes(db(), await makeStaff(bishkek.id, 'case_worker'))).find((p) => p.id === added.data.id)?.referred).toBe(0);

		await expectDenied(() => setProgrammeActive(db(), bishkekSupervisor, added.data.id, false));
		await expectDenied(() => setProgrammeActive(db(), oshSupervisor, ishker.id, false));
		await setProgrammeActive(db(), oshSupervisor, added.data.id, false);
		expect((await listProgrammes(db(), oshWorker)).map((p) => p.id)).not.toContain(added.data.id);
		expect(await addReferral(db(), oshWorker, sent.data.id, { programmeId: added.data.id, referredOn: day(0) })).toMatchObject({
			ok: false,
			errors: { programmeId: 'error_choose_one' }
		});
		expect((await myReturns(db(), me, me.userId))[0].referrals).toHaveLength(2);
	});
});
