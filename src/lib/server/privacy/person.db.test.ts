import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { makeMigrant, makeOrganisation, makeStaff } from '../../../../tests/support/factories';
import { expectDenied } from '../../../../tests/support/isolation';
import { alert, alertRecipient } from '../alerts/alerts.table';
import { auditLog } from '../audit/audit.table';
import { authSession, authUser, authVerification } from '../auth/auth.table';
import { botDialogue } from '../bot/dialogue.table';
import { closeCase } from '../cases/case.service';
import { helpCase } from '../cases/cases.table';
import { submitHelpRequest } from '../cases/intake.service';
import { channelPreference, inboundMessage, message, suppression, telegramLink, telegramLinkCode } from '../channels/channels.table';
import { getDb } from '../db/client';
import { submitReport } from '../employers/employers.service';
import { consume, spent } from '../http/rate-limit';
import { logCall } from '../hotline/hotline.service';
import { hotlineCall } from '../hotline/hotline.table';
import { deleteMyData, exportMyData, saveProfile, setConsent, tickChecklist } from '../migrant/migrant.service';
import { submitRegistration } from '../migrant/registration.service';
import { organisation } from '../org/org.table';
import { agencyReview, application, vacancy } from '../recruitment/recruitment.table';
import { returnRequest } from '../returns/returns.table';
import { certificate, course, courseEnrolment, courseModule, modulePass } from '../training/training.table';

const db = getDb;

/** Every table and column that can point at a person: by account id, phone, Telegram chat or e-mail. */
async function traces(userId: string, phone: string, chat: string, email: string): Promise<Record<string, number>> {
	const { rows } = await db().execute<{ table_name: string; column_name: string; data_type: string }>(sql`
		select table_name, column_name, data_type from information_schema.columns
		where table_schema = 'public' and data_type in ('text', 'character varying', 'ARRAY')
		order by table_name, column_name`);
	const found: Record<string, number> = {};
	for (const { table_name: t, column_name: c, data_type: type } of rows) {
		const cond =
			type === 'ARRAY'
				? sql`${sql.identifier(c)}::text[] && array[${userId}, ${phone}, ${chat}, ${email}]::text[]`
				: sql`${sql.identifier(c)}::text in (${userId}, ${phone}, ${chat}, ${email}) or ${sql.identifier(c)}::text like ${`%${phone.slice(1)}%`}`;
		const { rows: n } = await db().execute<{ n: number }>(sql`select count(*)::int as n from ${sql.identifier(t)} where ${cond}`);
		if (n[0].n) found[`${t}.${c}`] = n[0].n;
	}
	return found;
}

describe("a person's data: export and deletion cover everything", () => {
	it('one of everything is exported, and deletion leaves nothing that points at the person', async () => {
		const me = await makeMigrant();
		const other = await makeMigrant();
		const phone = `+99670${String(Date.now()).slice(-7)}`;
		const chat = `${Date.now()}`;
		const email = `${randomUUID()}@mail.example`;
		await db().update(authUser).set({ phoneNumber: phone, phoneNumberVerified: true, name: 'Айбек Асанов', email }).where(eq(authUser.id, me.userId));

		// Migrant records.
		expect(
			(
				await saveProfile(db(), me, me.userId, {
					fullName: 'Айбек Асанов',
					languages: ['ky'],
					desiredCountries: ['KR'],
					skills: [{ occupationCode: '7', years: '3' }]
				})
			).ok
		).toBe(true);
		await setConsent(db(), me, me.userId, 'reminders', true);
		expect(await tickChecklist(db(), me, me.userId, 'kr', 'language_test', true)).toBe(true);
		const moscow = await makeOrganisation('consulate', 'RU');
		expect(
			(
				await submitRegistration(
					db(),
					me,
					me.userId,
					{
						missionId: moscow.id,
						city: 'Москва',
						address: 'ул. Тверская, 1',
						arrivalDate: new Date().toISOString().slice(0, 10),
						stayMonths: '12',
						contactPhone: phone
					},
					'ru'
				)
			).ok
		).toBe(true);
		const agency = await makeOrganisation('agency');
		const [v] = await db()
			.insert(vacancy)
			.values({
				organisationId: agency.id,
				title: 'Welder',
				description: 'Welding',
				employerName: 'Hanil',
				countryIso2: 'KR',
				city: 'Seoul',
				sector: 'construction',
				occupationCode: '7',
				salaryMin: '2000000',
				currency: 'KRW',
				payPeriod: 'month',
				monthlyMin: '2000000',
				hoursPerWeek: 40,
				housing: 'free',
				contractMonths: 12,
				searchText: 'welder'
			} as typeof vacancy.$inferInsert)
			.returning({ id: vacancy.id });
		const [app] = await db()
			.insert(application)
			.values({ vacancyId: v.id, userId: me.userId, message: 'I weld.', state: 'placed' } as typeof application.$inferInsert)
			.returning({ id: application.id });
		await db()
			.insert(agencyReview)
			.values({
				applicationId: app.id,
				agencyId: agency.id,
				userId: me.userId,
				feePaid: '0',
				currency: 'KRW',
				contractTruthful: 'yes',
				treatment: 5,
				recommend: 'yes'
			} as typeof agencyReview.$inferInsert);
		const centre = await makeOrganisation('employment_centre');
		await db()
			.insert(returnRequest)
			.values({
				userId: me.userId,
				centreId: centre.id,
				returnDate: '2026-10-01',
				countryIso2: 'RU',
				regionCode: 'KG-GO',
				needs: ['job'],
				contactConsent: true
			} as typeof returnRequest.$inferInsert);
		const [someCourse] = await db().select({ id: course.id }).from(course).limit(1);
		const [someModule] = await db().select({ id: courseModule.id }).from(courseModule).where(eq(courseModule.courseId, someCourse.id)).limit(1);
		await db().insert(courseEnrolment).values({ userId: me.userId, courseId: someCourse.id, attempts: 1 });
		if (someModule) await db().insert(modulePass).values({ userId: me.userId, moduleId: someModule.id });
		await db()
			.insert(certificate)
			.values({ code: `P-${me.userId.slice(0, 8)}`, userId: me.userId, courseId: someCourse.id, holderInitials: 'А. А.' });
		expect(
			(
				await submitReport(
					db(),
					{
						employerName: 'ООО Стройка',
						countryIso2: 'RU',
						city: 'Москва',
						reason: 'unpaid_wages',
						description: 'Three months without pay for twelve of us.',
						contact: phone
					},
					me.userId
				)
			).ok
		).toBe(true);
		// Cases: one still open, one closed (minimised at once on deletion).
		const org = await makeOrganisation('consulate', 'AE');
		const city = `Town${org.slug}`;
		await db()
			.update(organisation)
			.set({ city: { en: city } })
			.where(eq(organisation.id, org.id));
		const worker = await makeStaff(org.id, 'consular_officer');
		const openCase = await submitHelpRequest(
			db(),
			me,
			{ type: 'unpaid_wages', countryIso2: 'ae', city, narrative: 'The employer kept my passport.', contactPhone: phone, contactChannel: 'sms' },
			'ru'
		);
		const closed = await submitHelpRequest(
			db(),
			me,
			{ type: 'other', countryIso2: 'ae', city, narrative: 'They took my phone away from me.', contactPhone: phone, contactChannel: 'sms' },
			'ru'
		);
		if (!openCase.ok || !closed.ok) throw new Error('help');
		expect((await closeCase(db(), worker, closed.data.id, { outcomes: ['closed_without_result'] })).ok).toBe(true);

		// Channels, bot, alerts, hotline, sign-in.
		await db()
			.insert(channelPreference)
			.values({ userId: me.userId, channelOrder: ['telegram', 'sms'] });
		await db().insert(telegramLink).values({ userId: me.userId, chatId: chat });
		await db()
			.insert(telegramLinkCode)
			.values({ codeHash: randomUUID(), userId: me.userId, expiresAt: new Date(Date.now() + 600_000) });
		await db()
			.insert(botDialogue)
			.values({ chatId: chat, step: 'city', data: { type: 'other' } });
		await db()
			.insert(message)
			.values([
				{ channel: 'sms', address: phone, body: 'Sapar: your code', purpose: 'otp', userId: me.userId, status: 'delivered' },
				{ channel: 'email', address: email, subject: 'Hello', body: 'Hi', purpose: 'case', status: 'delivered' }
			]);
		await db().insert(inboundMessage).values({ channel: 'telegram', address: chat, body: 'help me', userId: me.userId, handledBy: 'bot' });
		await db().insert(suppression).values({ channel: 'email', address: email, reason: 'unsubscribe_link' });
		const staffOfMission = await makeStaff(moscow.id, 'consular_officer');
		const [a] = await db()
			.insert(alert)
			.values({
				organisationId: moscow.id,
				title: { ru: 'Внимание' },
				body: { ru: 'Текст' },
				filters: {},
				listPhones: [phone, '+996555000111'],
				createdBy: staffOfMission.userId,
				status: 'sent'
			} as typeof alert.$inferInsert)
			.returning({ id: alert.id });
		await db()
			.insert(alertRecipient)
			.values([
				{ alertId: a.id, userId: me.userId, locale: 'ru', countryIso2: 'RU', city: 'Москва', answer: 'safe' },
				{ alertId: a.id, phone, locale: 'ru' }
			] as (typeof alertRecipient.$inferInsert)[]);
		const desk = await makeOrganisation('employment_centre');
		const call = await logCall(db(), await makeStaff(desk.id, 'case_worker'), {
			phone,
			language: 'ky',
			topic: 'law',
			destination: 'kr',
			question: 'Is this agency licensed?',
			answer: 'Check the register.'
		});
		if (!call.ok) throw new Error('call');
		await db()
			.insert(authVerification)
			.values({ id: randomUUID(), identifier: `phone-number-otp-${phone}`, value: '123456:0', expiresAt: new Date(Date.now() + 300_000) });
		await db()
			.insert(authSession)
			.values({
				id: randomUUID(),
				token: randomUUID(),
				userId: me.userId,
				expiresAt: new Date(Date.now() + 86_400_000),
				ipAddress: '10.0.0.7',
				userAgent: 'Phone'
			});
		await consume('otpPhone', phone);

		// The export holds each of them.
		await expectDenied(() => exportMyData(db(), other, me.userId));
		const out = await exportMyData(db(), me, me.userId);
		expect(out.account).toMatchObject({ phoneNumber: phone, name: 'Айбек Асанов' });
		expect(out.profile?.fullName).toBe('Айбек Асанов');
		expect(out.consents).toHaveLength(1);
		expect(out.checklist).toHaveLength(1);
		expect(out.consularRegistrations).toHaveLength(1);
		expect(out.applications).toMatchObject([{ message: 'I weld.' }]);
		expect(out.agencyReviews).toHaveLength(1);
		expect(out.returns).toHaveLength(1);
		expect(out.courses).toHaveLength(1);
		expect(out.modules).toHaveLength(someModule ? 1 : 0);
		expect(out.certificates).toHaveLength(1);
		expect(out.employerReports).toHaveLength(1);
		expect(out.helpRequests.map((h) => h.number).sort()).toEqual([openCase.data.number, closed.data.number].sort());
		expect(out.channelPreferences).toMatchObject({ channelOrder: ['telegram', 'sms'] });
		expect(out.telegram).toMatchObject({ chatId: chat });
		expect(out.telegramBotDraft).toMatchObject({ step: 'city' });
		expect(out.messages.some((m) => m.purpose === 'otp' && m.address === phone)).toBe(true);
		expect(out.messages.some((m) => m.address === email)).toBe(true);
		expect(out.optOuts).toMatchObject([{ address: email }]);
		expect(out.inboundMessages).toMatchObject([{ body: 'help me' }]);
		expect(out.alerts).toHaveLength(2);
		expect(out.hotlineCalls).toMatchObject([{ topic: 'law', question: 'Is this agency licensed?' }]);
		expect(out.sessions).toMatchObject([{ ipAddress: '10.0.0.7' }]);
		expect(await traces(me.userId, phone, chat, email)).not.toEqual({});

		// Deletion: nothing points at the person any more, except the anonymised account row itself, the
		// course enrolment kept on it for course figures (0011) and the audit trail of what they did.
		await expectDenied(() => deleteMyData(db(), other, me.userId));
		const result = await deleteMyData(db(), me, me.userId);
		expect(result.minimisedCases).toBe(1);
		expect(await traces(me.userId, phone, chat, email)).toEqual({
			'audit_log.actor_user_id': expect.any(Number),
			'audit_log.entity_id': expect.any(Number),
			'auth_user.id': 1,
			'course_enrolment.user_id': 1
		});
		expect(await spent('otpPhone', phone)).toBe(0);
		const [kase] = await db().select().from(helpCase).where(eq(helpCase.id, closed.data.id));
		expect(kase).toMatchObject({ narrativeEnc: null, contactEnc: null, reporterUserId: null });
		const [stillOpen] = await db().select().from(helpCase).where(eq(helpCase.id, openCase.data.id));
		expect(stillOpen.reporterUserId).toBeNull();
		expect(stillOpen.narrativeEnc).toMatch(/^v1\./);
		const [callRow] = await db().select().from(hotlineCall).where(eq(hotlineCall.id, call.data.id));
		expect(callRow.phoneEnc).toBeNull();
		const [alertRow] = await db().select().from(alert).where(eq(alert.id, a.id));
		expect(alertRow.listPhones).toEqual(['+996555000111']);
		// The audit entry keeps counts, never what was deleted.
		const [entry] = await db()
			.select()
			.from(auditLog)
			.where(sql`${auditLog.action} = 'account.delete' and ${auditLog.entityId} = ${me.userId}`);
		expect(entry.ip).toBeNull();
		expect((entry.data as { removed: Record<string, number> }).removed).toMatchObject({ profile: 1, applications: 1, hotlineCalls: 1, telegram: 1 });
		for (const secret of [phone, chat, email, 'Айбек', 'Тверская', 'I weld']) expect(JSON.stringify(entry)).not.toContain(secret);
		// The open case's channel contact is gone with the account: nothing can reach the person any more.
		expect((await db().execute(sql`select count(*)::int as n from channel_contact where user_id = ${me.userId}`)).rows[0]).toEqual({ n: 0 });
	});
});
