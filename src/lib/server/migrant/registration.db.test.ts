import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { makeMigrant, makeOrganisation, makeStaff } from '../../../../tests/support/factories';
import { expectDenied } from '../../../../tests/support/isolation';
import { auditLog } from '../audit/audit.table';
import { authUser } from '../auth/auth.table';
import { getDb } from '../db/client';
import { loadDirectory } from '../portal/portal.content';
import { loadPortalContent } from '../portal/portal.seed';
import { directoryEntry } from '../portal/portal.table';
import { setConsent } from './migrant.service';
import {
	allMissions,
	confirmRegistration,
	deadlineOf,
	exportRegistrations,
	markReturned,
	missionRegistrations,
	myRegistration,
	myRegistrations,
	sendRegistrationReminder,
	submitRegistration
} from './registration.service';

const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);

async function setup() {
	const moscow = await makeOrganisation('consulate', 'RU');
	const seoul = await makeOrganisation('consulate', 'KR');
	return { moscow, seoul, officerMoscow: await makeStaff(moscow.id, 'consular_officer'), officerSeoul: await makeStaff(seoul.id, 'consular_officer') };
}

describe('consular registration', () => {
	it('the deadline is 15 days after arrival for stays over three months', () => {
		expect(deadlineOf('2026-01-01', 6)?.toISOString().slice(0, 10)).toBe('2026-01-16');
		expect(deadlineOf('2026-01-01', 3)).toBeNull();
	});

	it('a migrant registers; only that mission sees, confirms and exports it, all audited', async () => {
		const { moscow, officerMoscow, officerSeoul } = await setup();
		const me = await makeMigrant();
		const other = await makeMigrant();
		const result = await submitRegistration(
			getDb(),
			me,
			me.userId,
			{ missionId: moscow.id, city: 'Москва', address: 'ул. Тверская, 1', arrivalDate: daysAgo(3), stayMonths: '12', contactPhone: '0700 123 456' },
			'ru'
		);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		const mine = await myRegistrations(getDb(), me, me.userId);
		expect(mine[0]).toMatchObject({ status: 'submitted', countryIso2: 'RU', contactPhone: '+996700123456' });

		expect((await missionRegistrations(getDb(), officerMoscow)).map((r) => r.id)).toContain(result.data.id);
		expect((await missionRegistrations(getDb(), officerSeoul)).map((r) => r.id)).not.toContain(result.data.id);
		await expectDenied(() => confirmRegistration(getDb(), officerSeoul, result.data.id));
		await expectDenied(() => myRegistrations(getDb(), other, me.userId));
		await expectDenied(() => missionRegistrations(getDb(), me));

		await confirmRegistration(getDb(), officerMoscow, result.data.id);
		await expect(confirmRegistration(getDb(), officerMoscow, result.data.id)).rejects.toMatchObject({ code: 'invalid_transition' });
		const csv = await exportRegistrations(getDb(), officerMoscow);
		expect(csv.split('\n')[0]).toContain('arrival_date');
		expect(csv).toContain('ул. Тверская, 1');
		const actions = (await getDb().select().from(auditLog).where(eq(auditLog.actorUserId, officerMoscow.userId))).map((a) => a.action);
		expect(actions).toEqual(expect.arrayContaining(['registration.view', 'registration.confirm', 'registration.export']));
		// Every view names the records it showed, so the audit answers "who saw this person's registration".
		const views = await getDb()
			.select()
			.from(auditLog)
			.where(sql`${auditLog.actorUserId} = ${officerMoscow.userId} and ${auditLog.action} = 'registration.view'`);
		expect(views.length).toBeGreaterThan(0);
		expect(views.every((v) => (v.data as { ids: string[] }).ids.includes(result.data.id))).toBe(true);
	});

	it('"I have come home" changes the status only with an explicit confirmation, and only for the person themselves', async () => {
		const { moscow } = await setup();
		const me = await makeMigrant();
		const other = await makeMigrant();
		const result = await submitRegistration(
			getDb(),
			me,
			me.userId,
			{ missionId: moscow.id, city: 'Москва', address: 'x', arrivalDate: daysAgo(3), stayMonths: '12' },
			'ru'
		);
		if (!result.ok) throw new Error('registration');
		const id = result.data.id;
		expect(await myRegistration(getDb(), me, me.userId, id)).toMatchObject({ id, status: 'submitted', city: 'Москва', missionCountry: 'RU', open: true });
		await expectDenied(() => myRegistration(getDb(), other, other.userId, id));
		await expectDenied(() => myRegistration(getDb(), other, me.userId, id));

		// One tap (no confirmation) changes nothing.
		expect(await markReturned(getDb(), me, me.userId, id, {})).toEqual({ ok: false, errors: { confirm: 'error_return_confirm' } });
		expect(await markReturned(getDb(), me, me.userId, id, { confirm: 'no' })).toEqual({ ok: false, errors: { confirm: 'error_return_confirm' } });
		expect((await myRegistrations(getDb(), me, me.userId))[0].status).toBe('submitted');
		await expectDenied(() => markReturned(getDb(), other, other.userId, id, { confirm: 'yes' }));

		expect(await markReturned(getDb(), me, me.userId, id, { confirm: 'yes' })).toEqual({ ok: true, data: { id } });
		expect((await myRegistrations(getDb(), me, me.userId))[0].status).toBe('returned');
		expect((await myRegistration(getDb(), me, me.userId, id)).open).toBe(false);
		await expect(markReturned(getDb(), me, me.userId, id, { confirm: 'yes' })).rejects.toMatchObject({ code: 'invalid_transition' });
		const audited = await getDb().select().from(auditLog).where(eq(auditLog.entityId, id));
		expect(audited.filter((a) => a.action === 'registration.update').map((a) => a.data)).toEqual([{ status: 'returned' }]);
	});

	it('the export escapes text a spreadsheet would run as a formula (issue 15, finding 10)', async () => {
		const { moscow } = await setup();
		const officer = await makeStaff(moscow.id, 'consular_officer');
		const me = await makeMigrant();
		const formula = '=HYPERLINK("http://evil.example","x")';
		const result = await submitRegistration(
			getDb(),
			me,
			me.userId,
			{ missionId: moscow.id, city: '+7 Москва', address: formula, arrivalDate: daysAgo(3), stayMonths: '12' },
			'ru'
		);
		expect(result.ok).toBe(true);
		const csv = await exportRegistrations(getDb(), officer);
		expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""x"")"`);
		expect(csv).toContain("'+7 Москва");
		expect(csv).not.toMatch(/(^|,)[=+@]/m);
	});

	it('refuses impossible input', async () => {
		const { moscow } = await setup();
		const me = await makeMigrant();
		const future = new Date(Date.now() + 5 * 86_400_000).toISOString().slice(0, 10);
		expect(await submitRegistration(getDb(), me, me.userId, { missionId: 'nope', city: '', address: 'x', arrivalDate: future, stayMonths: '0' }, 'en')).toEqual(
			{
				ok: false,
				errors: { missionId: 'error_choose_one', city: 'error_required', arrivalDate: 'error_date_future', stayMonths: 'error_months' }
			}
		);
		const notMission = await makeOrganisation('ngo');
		expect(
			await submitRegistration(getDb(), me, me.userId, { missionId: notMission.id, city: 'a', address: 'b', arrivalDate: daysAgo(1), stayMonths: '6' }, 'en')
		).toEqual({ ok: false, errors: { missionId: 'error_choose_one' } });
		expect(moscow.kind).toBe('consulate');
	});

	it('the reminder goes only to unconfirmed registrants who agreed to reminders', async () => {
		const { moscow } = await setup();
		const me = await makeMigrant();
		const phone = `+99677${String(Date.now()).slice(-7)}`;
		await getDb().update(authUser).set({ phoneNumber: phone }).where(eq(authUser.id, me.userId));
		const r = await submitRegistration(
			getDb(),
			me,
			me.userId,
			{ missionId: moscow.id, city: 'Москва', address: 'x', arrivalDate: daysAgo(14), stayMonths: '6' },
			'ru'
		);
		if (!r.ok) throw new Error('not saved');
		const queuedSms = async () =>
			(await getDb().execute<{ n: number }>(sql`select count(*)::int as n from message where channel = 'sms' and address = ${phone} and purpose = 'reminder'`))
				.rows[0].n;
		await sendRegistrationReminder(getDb(), r.data.id, 'ru');
		expect(await queuedSms()).toBe(0); // no consent to reminders
		await setConsent(getDb(), me, me.userId, 'reminders', true);
		await sendRegistrationReminder(getDb(), r.data.id, 'ru');
		expect(await queuedSms()).toBe(1);
	});
	it('every mission in the help directory can be chosen and a registration saved there (issue 16)', async () => {
		const missions = loadDirectory().filter((d) => d.kind === 'consulate');
		expect(missions.length).toBeGreaterThanOrEqual(15);
		// a second start links, and adds, nothing twice
		await loadPortalContent(getDb());
		const choosable = new Map((await allMissions(getDb())).map((m) => [m.id, m]));
		const rows = await getDb().select().from(directoryEntry).where(eq(directoryEntry.kind, 'consulate'));
		const me = await makeMigrant();
		for (const entry of missions) {
			const row = rows.find((r) => r.slug === entry.slug);
			expect(row?.organisationId, entry.slug).toBeTruthy();
			const mission = choosable.get(row!.organisationId!);
			expect(mission, entry.slug).toMatchObject({ countryIso2: entry.countryIso2 });
			const saved = await submitRegistration(
				getDb(),
				me,
				me.userId,
				{ missionId: mission!.id, city: 'x', address: 'y', arrivalDate: daysAgo(2), stayMonths: '6' },
				'ky'
			);
			expect(saved.ok, entry.slug).toBe(true);
		}
		const mine = await myRegistrations(getDb(), me, me.userId);
		expect(new Set(mine.map((r) => r.missionId)).size).toBe(missions.length);
	});
});
