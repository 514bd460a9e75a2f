import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { makeMigrant, makeOrganisation, makeStaff } from '../../../../tests/support/factories';
import { expectDenied } from '../../../../tests/support/isolation';
import { auditLog } from '../audit/audit.table';
import { getDb } from '../db/client';
import { getChecklist, getProfile, listConsents, saveProfile, setConsent, tickChecklist } from './migrant.service';
import { consularRegistration, migrantProfile } from './migrant.table';
import { submitRegistration } from './registration.service';
import { certificate, course, courseEnrolment } from '../training/training.table';
import { helpCase } from '../cases/cases.table';
import { submitHelpRequest, trackCase } from '../cases/intake.service';

const valid = {
	fullName: 'Айбек Асанов',
	birthDate: '1995-04-21',
	sex: 'male',
	regionCode: 'KG-O',
	languages: ['ky', 'ru'],
	education: 'secondary',
	desiredCountries: ['kr', 'RU'],
	skills: [{ occupationCode: '7', years: '3' }]
};

describe('migrant profile', () => {
	it('the owner saves and reads it; the change is audited without the data', async () => {
		const me = await makeMigrant();
		expect((await saveProfile(getDb(), me, me.userId, valid)).ok).toBe(true);
		const profile = await getProfile(getDb(), me, me.userId);
		expect(profile).toMatchObject({ fullName: 'Айбек Асанов', desiredCountries: ['KR', 'RU'], skills: [{ occupationCode: '7', years: 3 }] });
		const [audit] = await getDb()
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.entityId, me.userId), eq(auditLog.action, 'profile.update')));
		expect(JSON.stringify(audit)).not.toContain('Асанов');
	});

	it('refuses impossible input and changes nothing', async () => {
		const me = await makeMigrant();
		const future = new Date(Date.now() + 86_400_000 * 30).toISOString().slice(0, 10);
		expect(
			await saveProfile(getDb(), me, me.userId, {
				...valid,
				fullName: ' ',
				birthDate: future,
				sex: 'robot',
				languages: ['klingon'],
				desiredCountries: ['XX'],
				skills: [{ occupationCode: '7', years: '-1' }]
			})
		).toEqual({
			ok: false,
			errors: {
				fullName: 'error_required',
				sex: 'error_choose_one',
				'languages.0': 'error_language',
				'skills.0.years': 'error_years',
				birthDate: 'error_date_future'
			}
		});
		expect(await saveProfile(getDb(), me, me.userId, { ...valid, desiredCountries: ['QQ'] })).toEqual({
			ok: false,
			errors: { desiredCountries: 'error_country' }
		});
		expect(await getDb().select().from(migrantProfile).where(eq(migrantProfile.userId, me.userId))).toHaveLength(0);
	});

	it('another migrant or staff member cannot read or change it, even knowing the id', async () => {
		const me = await makeMigrant();
		const other = await makeMigrant();
		const staff = await makeStaff((await makeOrganisation('employment_centre')).id, 'case_worker');
		await saveProfile(getDb(), me, me.userId, valid);
		await expectDenied(() => getProfile(getDb(), other, me.userId));
		await expectDenied(() => saveProfile(getDb(), other, me.userId, { ...valid, fullName: 'Hacker' }));
		await expectDenied(() => getProfile(getDb(), staff, me.userId));
		await expectDenied(() => listConsents(getDb(), other, me.userId));
		await expectDenied(() => getChecklist(getDb(), other, me.userId, 'ru'));
		await expectDenied(() => tickChecklist(getDb(), other, me.userId, 'ru', 'passport', true));
		expect((await getProfile(getDb(), me, me.userId))!.fullName).toBe('Айбек Асанов');
	});
});

describe('consents and checklist', () => {
	it('consents are recorded, withdrawn and kept as history', async () => {
		const me = await makeMigrant();
		await setConsent(getDb(), me, me.userId, 'reminders', true);
		await setConsent(getDb(), me, me.userId, 'reminders', false);
		const reminders = (await listConsents(getDb(), me, me.userId)).find((c) => c.purpose === 'reminders')!;
		expect(reminders.given).toBe(false);
		expect(reminders.lastWithdrawnAt).toBeInstanceOf(Date);
		expect(await setConsent(getDb(), me, me.userId, 'sell_my_data', true)).toBe(false);
	});

	it('ticks items per destination and shows progress', async () => {
		const me = await makeMigrant();
		expect(await tickChecklist(getDb(), me, me.userId, 'kr', 'language_test', true)).toBe(true);
		expect(await tickChecklist(getDb(), me, me.userId, 'ru', 'language_test', true)).toBe(false); // Korea only
		const kr = await getChecklist(getDb(), me, me.userId, 'KR');
		expect(kr!.done).toBe(1);
		expect(kr!.total).toBeGreaterThan(kr!.done);
		expect(await getChecklist(getDb(), me, me.userId, 'zz')).toBeNull();
	});
});

describe('my data', () => {
	it('exports everything of the owner only, and deletion removes it but keeps the audit trail', async () => {
		const { exportMyData, deleteMyData } = await import('./migrant.service');
		const { authUser } = await import('../auth/auth.table');
		const me = await makeMigrant();
		const other = await makeMigrant();
		await saveProfile(getDb(), me, me.userId, valid);
		await setConsent(getDb(), me, me.userId, 'profile', true);
		const data = await exportMyData(getDb(), me, me.userId);
		expect(data.profile?.fullName).toBe('Айбек Асанов');
		expect(data.consents).toHaveLength(1);
		await expectDenied(() => exportMyData(getDb(), other, me.userId));
		await expectDenied(() => deleteMyData(getDb(), other, me.userId));

		// Something of every kind the account can hold.
		const moscow = await makeOrganisation('consulate', 'RU');
		expect(
			(
				await submitRegistration(
					getDb(),
					me,
					me.userId,
					{ missionId: moscow.id, city: 'Москва', address: 'ул. Тверская, 1', arrivalDate: new Date().toISOString().slice(0, 10), stayMonths: '12' },
					'ru'
				)
			).ok
		).toBe(true);
		const [someCourse] = await getDb().select({ id: course.id }).from(course).limit(1);
		await getDb().insert(courseEnrolment).values({ userId: me.userId, courseId: someCourse.id, attempts: 1 });
		await getDb()
			.insert(certificate)
			.values({ code: `DEL-${me.userId.slice(0, 8)}`, userId: me.userId, courseId: someCourse.id, holderInitials: 'А. А.' });
		const help = await submitHelpRequest(getDb(), me, { type: 'other', countryIso2: 'RU', city: 'Москва', narrative: 'The employer keeps my passport.' }, 'ru');
		if (!help.ok) throw new Error('help');
		const full = await exportMyData(getDb(), me, me.userId);
		expect(full.consularRegistrations).toMatchObject([{ address: 'ул. Тверская, 1' }]);
		expect(full.courses).toHaveLength(1);
		expect(full.certificates).toHaveLength(1);
		expect(full.helpRequests.map((h) => h.number)).toEqual([help.data.number]);

		const result = await deleteMyData(getDb(), me, me.userId);
		expect(result.kept).toEqual(['audit', 'employer_reports', 'certificates', 'help_requests', 'course_enrolments']);
		expect(await getDb().select().from(consularRegistration).where(eq(consularRegistration.userId, me.userId))).toHaveLength(0);
		expect(await getDb().select().from(courseEnrolment).where(eq(courseEnrolment.userId, me.userId))).toHaveLength(1); // figures (0011)
		const [cert] = await getDb()
			.select()
			.from(certificate)
			.where(eq(certificate.code, `DEL-${me.userId.slice(0, 8)}`));
		expect(cert.userId).toBeNull();
		const [kase] = await getDb().select().from(helpCase).where(eq(helpCase.id, help.data.id));
		expect(kase.reporterUserId).toBeNull();
		expect((await trackCase(getDb(), help.data.number, help.data.trackingCode)).status).toBe('new');
		expect(await getDb().select().from(migrantProfile).where(eq(migrantProfile.userId, me.userId))).toHaveLength(0);
		const [user] = await getDb().select().from(authUser).where(eq(authUser.id, me.userId));
		expect(user.phoneNumber).toBeNull();
		expect(user.name).toBe('');
		const trail = await getDb().select().from(auditLog).where(eq(auditLog.entityId, me.userId));
		expect(trail.map((t) => t.action)).toContain('account.delete');
	});
});
