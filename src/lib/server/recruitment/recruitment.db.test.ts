import { and, eq, inArray, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { makeMigrant, makeOrganisation, makeStaff } from '../../../../tests/support/factories';
import { expectDenied } from '../../../../tests/support/isolation';
import type { Actor } from '../access/access';
import { auditLog } from '../audit/audit.table';
import { authUser } from '../auth/auth.table';
import { agencyReviewSummary, moderateReview, pendingReviews, reviewablePlacement, submitReview } from './review.service';
import { getDb } from '../db/client';
import { saveProfile } from '../migrant/migrant.service';
import {
	agencyDetail,
	agencyRegister,
	changeLicence,
	findAgencies,
	issueLicence,
	publicAgency,
	registerAgency,
	sendExpiryReminders,
	updateAgency
} from './agency.service';
import { addDays, addYear, statusOn, today } from './licence-status';
import { licence } from './recruitment.table';
import {
	applyForVacancy,
	createVacancy,
	decideApplication,
	myApplications,
	publicVacancy,
	searchVacancies,
	setVacancyOpen,
	vacancyApplications,
	vacancyFilterSchema,
	withdrawApplication,
	withdrawnVacancy
} from './vacancy.service';

const db = () => getDb();
const taxNumber = () => String(Math.floor(Math.random() * 1e14)).padStart(14, '7');
const licenceNo = () => `ТЕСТ-${Math.floor(Math.random() * 1e9)}`;

async function officer() {
	const ministry = await makeOrganisation('ministry');
	return makeStaff(ministry.id, 'licensing_officer');
}

/** A registered agency with a valid licence for the given countries, and one of its users. */
async function licensedAgency(lo: Actor, countries = ['RU', 'KZ'], name = `Тест Агенттик ${Math.random().toString(36).slice(2, 7)}`) {
	const reg = await registerAgency(db(), lo, {
		name,
		taxNumber: taxNumber(),
		address: 'Бишкек, Чүй 1',
		phone: '0700 123 456',
		email: 'agency@example.kg',
		branches: 'Ош — Ленин 5'
	});
	if (!reg.ok) throw new Error(JSON.stringify(reg.errors));
	const number = licenceNo();
	const issued = await issueLicence(db(), lo, reg.data.id, { number, issuedOn: today(), countries, depositAmount: '100000', depositCurrency: 'KGS' });
	if (!issued.ok) throw new Error(JSON.stringify(issued.errors));
	const user = await makeStaff(reg.data.id, 'agency_user');
	return { id: reg.data.id, licenceId: issued.data.id, number, name, user };
}

const vacancyInput = (over: Record<string, unknown> = {}) => ({
	title: 'Бетончу',
	description: 'Concrete work on a housing site.',
	employerName: 'ООО Тест Строй',
	countryIso2: 'RU',
	city: 'Москва',
	sector: 'construction',
	occupationCode: '7',
	salaryMin: '90000',
	currency: 'RUB',
	payPeriod: 'month',
	hoursPerWeek: '40',
	housing: 'free',
	contractMonths: '12',
	places: '5',
	languages: ['ru'],
	...over
});

describe('licence dates and status', () => {
	it('a licence runs one year; a suspension ends on its date; expiry and revocation win', () => {
		expect(addYear('2026-03-10')).toBe('2027-03-10');
		expect(addYear('2028-02-29')).toBe('2029-02-28');
		const base = { state: 'active' as const, issuedOn: '2026-01-01', expiresOn: '2027-01-01', suspendedUntil: null };
		expect(statusOn(base, '2026-06-01').status).toBe('valid');
		expect(statusOn(base, '2027-01-02').status).toBe('expired');
		expect(statusOn({ ...base, state: 'suspended', suspendedUntil: '2026-07-01' }, '2026-06-01')).toEqual({ status: 'suspended', until: '2026-07-01' });
		expect(statusOn({ ...base, state: 'suspended', suspendedUntil: '2026-07-01' }, '2026-07-02').status).toBe('valid');
		expect(statusOn({ ...base, state: 'revoked' }, '2026-06-01').status).toBe('revoked');
		expect(statusOn(null).status).toBe('never');
	});
});

describe('agency register and licences', () => {
	it('refuses bad input with field errors and creates nothing', async () => {
		const lo = await officer();
		const before = (await agencyRegister(db(), lo)).length;
		const bad = await registerAgency(db(), lo, { name: '', taxNumber: '123', address: 'x', email: 'not-an-email', branches: 'no separator here' });
		expect(bad.ok).toBe(false);
		if (!bad.ok) expect(bad.errors).toMatchObject({ name: 'error_required', taxNumber: 'error_tax_number' });
		expect((await agencyRegister(db(), lo)).length).toBe(before);
		const a = await licensedAgency(lo);
		const dupTax = await registerAgency(db(), lo, { name: 'Other', taxNumber: (await agencyDetail(db(), lo, a.id)).agency.taxNumber, address: 'Бишкек' });
		expect(dupTax.ok).toBe(false);
		const badLicence = await issueLicence(db(), lo, a.id, { number: '!', issuedOn: '2026-02-30', countries: [], depositAmount: '-5', depositCurrency: 'xx' });
		expect(badLicence.ok).toBe(false);
		if (!badLicence.ok)
			expect(Object.keys(badLicence.errors).sort(), JSON.stringify(badLicence.errors)).toEqual([
				'countries',
				'depositAmount',
				'depositCurrency',
				'issuedOn',
				'number'
			]);
	});

	it('walks the licence through suspend, reinstate, renew and revoke; impossible steps are refused; all audited', async () => {
		const lo = await officer();
		const a = await licensedAgency(lo);
		const again = await issueLicence(db(), lo, a.id, { number: licenceNo(), issuedOn: today(), countries: ['RU'], depositAmount: '1', depositCurrency: 'KGS' });
		expect(again).toEqual({ ok: false, errors: { form: 'error_licence_live' } });

		await expect(changeLicence(db(), lo, a.licenceId, 'reinstate', { reason: 'x' })).rejects.toMatchObject({
			code: 'invalid_transition',
			userMessage: 'error_cannot_reinstate'
		});
		const pastDate = await changeLicence(db(), lo, a.licenceId, 'suspend', { reason: 'Fees charged', until: addDays(today(), -1) });
		expect(pastDate).toEqual({ ok: false, errors: { until: 'error_date_past' } });
		expect((await changeLicence(db(), lo, a.licenceId, 'suspend', { reason: 'Fees charged to workers', until: addDays(today(), 30) })).ok).toBe(true);
		expect((await publicAgency(db(), a.number))?.status).toBe('suspended');
		await expect(changeLicence(db(), lo, a.licenceId, 'renew', {})).rejects.toMatchObject({ userMessage: 'error_cannot_renew' });
		expect((await changeLicence(db(), lo, a.licenceId, 'reinstate', { reason: 'Fees refunded' })).ok).toBe(true);
		expect((await changeLicence(db(), lo, a.licenceId, 'renew', {})).ok).toBe(true);
		const [renewed] = await db().select().from(licence).where(eq(licence.id, a.licenceId));
		expect(renewed.expiresOn).toBe(addYear(addYear(today())));
		expect((await changeLicence(db(), lo, a.licenceId, 'revoke', { reason: 'Passports retained' })).ok).toBe(true);
		await expect(changeLicence(db(), lo, a.licenceId, 'renew', {})).rejects.toMatchObject({ userMessage: 'error_cannot_renew' });

		const detail = await publicAgency(db(), a.number);
		expect(detail?.status).toBe('revoked');
		expect(detail?.events.map((e) => e.kind)).toEqual(['revoked', 'renewed', 'reinstated', 'suspended', 'issued']);
		expect(detail?.events.find((e) => e.kind === 'revoked')?.reason).toBe('Passports retained');
		const actions = await db().select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.entityId, a.licenceId));
		expect(actions.map((r) => r.action).sort()).toEqual(['licence.issue', 'licence.reinstate', 'licence.renew', 'licence.revoke', 'licence.suspend']);
		// Revocation is final: a new licence may be issued.
		expect(
			(await issueLicence(db(), lo, a.id, { number: licenceNo(), issuedOn: today(), countries: ['RU'], depositAmount: '1', depositCurrency: 'KGS' })).ok
		).toBe(true);
	});

	it('finds agencies by name in either script, by licence number and by tax number; unknown names find nothing', async () => {
		const lo = await officer();
		const tag = Math.random().toString(36).slice(2, 6).replace(/[0-9]/g, 'k');
		const a = await licensedAgency(lo, ['RU'], `Ак Жол Кадр ${tag}`);
		const detail = await agencyDetail(db(), lo, a.id);
		for (const q of [`ak jol kadr ${tag}`, `Ак Жол ${tag}`, a.number, a.number.toLowerCase().replace('тест', 'test'), detail.agency.taxNumber]) {
			const found = await findAgencies(db(), q);
			expect(
				found.map((f) => f.name),
				q
			).toContain(a.name);
			expect(found.find((f) => f.name === a.name)?.status).toBe('valid');
		}
		expect(await findAgencies(db(), `Nonexistent Agency ${tag}zz`)).toEqual([]);
	});

	it('an agency user sees and changes only its own agency and never licences', async () => {
		const lo = await officer();
		const a = await licensedAgency(lo);
		const b = await licensedAgency(lo);
		expect((await agencyDetail(db(), a.user, a.id)).agency.organisationId).toBe(a.id);
		await expectDenied(() => agencyDetail(db(), a.user, b.id));
		await expectDenied(() => updateAgency(db(), a.user, b.id, { address: 'Hijacked' }));
		await expectDenied(() => changeLicence(db(), a.user, a.licenceId, 'renew', {}));
		await expectDenied(() => issueLicence(db(), a.user, a.id, {}));
		await expectDenied(() => registerAgency(db(), a.user, {}));
		expect((await agencyRegister(db(), a.user)).map((r) => r.organisationId)).toEqual([a.id]);
		expect((await agencyDetail(db(), lo, b.id)).agency.address).toBe('Бишкек, Чүй 1');
		// Its own profile: contacts change, the registered name does not.
		const own = await updateAgency(db(), a.user, a.id, {
			name: 'Renamed',
			address: 'Ош, Ленин 10',
			phone: '',
			email: '',
			website: 'https://agency.kg',
			branches: ''
		});
		expect(own.ok).toBe(true);
		const after = (await agencyDetail(db(), lo, a.id)).agency;
		expect([after.name, after.address, after.website]).toEqual([a.name, 'Ош, Ленин 10', 'https://agency.kg']);
	});

	it('reminds agencies of licences expiring within 30 days once per term, by email and SMS', async () => {
		const lo = await officer();
		const a = await licensedAgency(lo);
		await db()
			.update(licence)
			.set({ expiresOn: addDays(today(), 20) })
			.where(eq(licence.id, a.licenceId));
		expect(await sendExpiryReminders(db())).toBeGreaterThanOrEqual(1);
		const [row] = await db().select().from(licence).where(eq(licence.id, a.licenceId));
		expect(row.remindedFor).toBe(addDays(today(), 20));
		const remindAudit = await db()
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.entityId, a.licenceId), eq(auditLog.action, 'licence.remind')));
		expect(remindAudit).toHaveLength(1);
		await sendExpiryReminders(db());
		expect(
			await db()
				.select()
				.from(auditLog)
				.where(and(eq(auditLog.entityId, a.licenceId), eq(auditLog.action, 'licence.remind')))
		).toHaveLength(1);
	});
});

describe('vacancies and applications', () => {
	const filters = (over: Record<string, string> = {}) => vacancyFilterSchema.parse(over);

	it('a licensed agency posts only for permitted countries; suspension hides its vacancies and stops posting', async () => {
		const lo = await officer();
		const a = await licensedAgency(lo, ['RU']);
		const wrongCountry = await createVacancy(db(), a.user, vacancyInput({ countryIso2: 'KR' }));
		expect(wrongCountry).toEqual({ ok: false, errors: { countryIso2: 'error_country_not_permitted' } });
		const feeWithoutReason = await createVacancy(db(), a.user, vacancyInput({ workerFee: '5000' }));
		expect(feeWithoutReason).toEqual({ ok: false, errors: { workerFeeNote: 'error_fee_note' } });
		const created = await createVacancy(
			db(),
			a.user,
			vacancyInput({ workerFee: '5000', workerFeeNote: 'Medical check', employerName: `Employer ${a.number}` })
		);
		expect(created.ok).toBe(true);
		if (!created.ok) return;
		const shown = await publicVacancy(db(), created.data.id);
		expect(shown?.feeFlagged).toBe(true);
		expect(shown?.poster.licenceStatus).toBe('valid');
		expect((await searchVacancies(db(), filters({ country: 'RU', q: `Employer ${a.number}` }))).items.map((v) => v.id)).toEqual([created.data.id]);

		await changeLicence(db(), lo, a.licenceId, 'suspend', { reason: 'Inspection', until: addDays(today(), 30) });
		expect(await publicVacancy(db(), created.data.id)).toBeNull();
		expect((await searchVacancies(db(), filters({ q: `Employer ${a.number}` }))).items).toEqual([]);
		await expect(createVacancy(db(), a.user, vacancyInput())).rejects.toMatchObject({ code: 'invalid_transition', userMessage: 'error_agency_not_licensed' });
		// It may still close what it posted.
		await setVacancyOpen(db(), a.user, created.data.id, false);
	});

	it('a vacancy of a suspended or revoked agency is withdrawn with the reason, the date and the agency to check', async () => {
		const lo = await officer();
		const a = await licensedAgency(lo, ['RU']);
		const created = await createVacancy(db(), a.user, vacancyInput());
		if (!created.ok) throw new Error('vacancy not created');
		const id = created.data.id;
		expect(await withdrawnVacancy(db(), id)).toBeNull(); // live
		expect(await withdrawnVacancy(db(), 'not-a-uuid')).toBeNull();

		const until = addDays(today(), 30);
		await changeLicence(db(), lo, a.licenceId, 'suspend', { reason: 'Inspection', until });
		expect(await publicVacancy(db(), id)).toBeNull();
		const suspended = await withdrawnVacancy(db(), id);
		expect(suspended).toMatchObject({ id, title: 'Бетончу', reason: 'licence_suspended', since: today(), until, agency: { licenceNumber: a.number } });
		expect(suspended?.agency.slug).toBe((await publicAgency(db(), a.number))?.slug);

		await changeLicence(db(), lo, a.licenceId, 'revoke', { reason: 'Passports retained' });
		expect(await withdrawnVacancy(db(), id)).toMatchObject({ reason: 'licence_revoked', since: today(), until: null });

		// A vacancy its agency closed is simply not found, sanction or not.
		await setVacancyOpen(db(), a.user, id, false);
		expect(await withdrawnVacancy(db(), id)).toBeNull();
	});

	it('employment centres post state-programme vacancies; NGOs and other agencies cannot touch them', async () => {
		const ceca = await makeOrganisation('employment_centre');
		const officerCeca = await makeStaff(ceca.id, 'case_worker');
		const created = await createVacancy(
			db(),
			officerCeca,
			vacancyInput({ countryIso2: 'KR', city: 'Ansan', programme: 'eps_korea', currency: 'KRW', payPeriod: 'hour', salaryMin: '10030', languages: ['ko'] })
		);
		expect(created.ok).toBe(true);
		if (!created.ok) return;
		expect((await publicVacancy(db(), created.data.id))?.programme).toBe('eps_korea');
		const ngo = await makeOrganisation('ngo');
		await expectDenied(() => createVacancy(db(), { ...officerCeca, organisationId: ngo.id }, vacancyInput()));
		const lo = await officer();
		const a = await licensedAgency(lo);
		await expectDenied(() => setVacancyOpen(db(), a.user, created.data.id, false));
		await expectDenied(() => vacancyApplications(db(), a.user, created.data.id));
		expect(await createVacancy(db(), a.user, vacancyInput({ programme: 'eps_korea' }))).toEqual({
			ok: false,
			errors: { programme: 'error_programme_centre_only' }
		});
	});

	it('a migrant applies once; only the posting agency sees the application (audited) and moves it on', async () => {
		const lo = await officer();
		const a = await licensedAgency(lo);
		const b = await licensedAgency(lo);
		const created = await createVacancy(db(), a.user, vacancyInput());
		if (!created.ok) throw new Error('vacancy');
		const me = await makeMigrant();
		expect(await applyForVacancy(db(), me, me.userId, created.data.id, {})).toEqual({ ok: false, errors: { form: 'error_profile_first' } });
		await saveProfile(db(), me, me.userId, {
			fullName: 'Айбек Тестов',
			languages: ['ru'],
			desiredCountries: ['RU'],
			skills: [{ occupationCode: '7', years: '3' }]
		});
		const applied = await applyForVacancy(db(), me, me.userId, created.data.id, { message: 'Can start in May' });
		expect(applied.ok).toBe(true);
		if (!applied.ok) return;
		expect(await applyForVacancy(db(), me, me.userId, created.data.id, {})).toEqual({ ok: false, errors: { form: 'error_already_applied' } });
		const other = await makeMigrant();
		await expectDenied(() => myApplications(db(), me, other.userId));
		await expectDenied(() => withdrawApplication(db(), other, other.userId, applied.data.id));

		await expectDenied(() => vacancyApplications(db(), b.user, created.data.id));
		await expectDenied(() => decideApplication(db(), b.user, applied.data.id, { state: 'rejected', note: 'x' }));
		const seen = await vacancyApplications(db(), a.user, created.data.id);
		expect(seen.map((s) => [s.name, s.skills.length])).toEqual([['Айбек Тестов', 1]]);
		const views = await db()
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.entityId, created.data.id), eq(auditLog.action, 'application.view')));
		expect(views.length).toBe(1);
		expect(views[0].data).toMatchObject({ count: 1, ids: [applied.data.id] });

		await expect(decideApplication(db(), a.user, applied.data.id, { state: 'placed' })).rejects.toMatchObject({ userMessage: 'error_application_step' });
		expect(await decideApplication(db(), a.user, applied.data.id, { state: 'rejected' })).toEqual({ ok: false, errors: { note: 'error_reject_reason' } });
		expect((await decideApplication(db(), a.user, applied.data.id, { state: 'shortlisted', note: 'Interview on Monday' })).ok).toBe(true);
		const mine = await myApplications(db(), me, me.userId);
		expect(mine.map((x) => [x.state, x.stateNote])).toEqual([['shortlisted', 'Interview on Monday']]);
		await withdrawApplication(db(), me, me.userId, applied.data.id);
		await expect(withdrawApplication(db(), me, me.userId, applied.data.id)).rejects.toMatchObject({ userMessage: 'error_application_final' });
		const audits = await db()
			.select({ action: auditLog.action })
			.from(auditLog)
			.where(inArray(auditLog.entityId, [applied.data.id]));
		expect(audits.map((r) => r.action).sort()).toEqual(['application.submit', 'application.update', 'application.update']);
	});

	it('the applicant hears each change by SMS; a placed migrant reviews the agency once; moderated reviews make the public scores', async () => {
		const lo = await officer();
		const a = await licensedAgency(lo);
		const created = await createVacancy(db(), a.user, vacancyInput({ currency: 'RUB' }));
		if (!created.ok) throw new Error('vacancy');
		const me = await makeMigrant();
		const phone = `+99670${String(Math.floor(Math.random() * 1e7)).padStart(7, '0')}`;
		await db().update(authUser).set({ phoneNumber: phone, locale: 'ru' }).where(eq(authUser.id, me.userId));
		await saveProfile(db(), me, me.userId, { fullName: 'Айгерим Тестова', languages: ['ru'], desiredCountries: ['RU'], skills: [] });
		const applied = await applyForVacancy(db(), me, me.userId, created.data.id, {});
		if (!applied.ok) throw new Error('apply');
		const smsTo = async () =>
			(await db().execute<{ body: string }>(sql`select body from message where channel = 'sms' and address = ${phone} order by created_at`)).rows.map(
				(r) => r.body
			);

		// Not placed yet: nothing to review.
		await expectDenied(() => reviewablePlacement(db(), me, applied.data.id));
		for (const state of ['shortlisted', 'offered', 'placed']) expect((await decideApplication(db(), a.user, applied.data.id, { state })).ok).toBe(true);
		const sms = await smsTo();
		expect(sms).toHaveLength(3);
		expect(sms[2]).toContain('Бетончу');
		expect(sms[2]).toContain('/ru/account/applications');

		const other = await makeMigrant();
		await expectDenied(() => submitReview(db(), other, applied.data.id, { feePaid: '0', contractTruthful: 'yes', treatment: '5', recommend: 'yes' }));
		await expectDenied(() => submitReview(db(), me, crypto.randomUUID(), { feePaid: '0', contractTruthful: 'yes', treatment: '5', recommend: 'yes' }));
		expect(await submitReview(db(), me, applied.data.id, { feePaid: '-1', contractTruthful: 'maybe', treatment: '9', recommend: '' })).toEqual({
			ok: false,
			errors: { feePaid: 'error_amount', contractTruthful: 'error_choose_one', treatment: 'error_choose_one', recommend: 'error_choose_one' }
		});
		expect(
			(
				await submitReview(db(), me, applied.data.id, {
					feePaid: '15000',
					contractTruthful: 'partly',
					treatment: '2',
					recommend: 'no',
					comment: 'They took a fee for the visa.'
				})
			).ok
		).toBe(true);
		await expect(submitReview(db(), me, applied.data.id, { feePaid: '0', contractTruthful: 'yes', treatment: '5', recommend: 'yes' })).rejects.toMatchObject({
			userMessage: 'error_already_reviewed'
		});
		expect((await myApplications(db(), me, me.userId))[0].reviewState).toBe('pending');

		// Not public until a licensing officer publishes it; only they moderate.
		expect((await agencyReviewSummary(db(), a.id)).count).toBe(0);
		const pending = await pendingReviews(db(), lo);
		const review = pending.find((r) => r.agencyName === a.name)!;
		await expectDenied(() => pendingReviews(db(), a.user));
		await expectDenied(() => moderateReview(db(), a.user, review.id, { decision: 'reject', note: 'we do not like it' }));
		expect(await moderateReview(db(), lo, review.id, { decision: 'reject' })).toEqual({ ok: false, errors: { note: 'error_required' } });
		expect((await moderateReview(db(), lo, review.id, { decision: 'publish' })).ok).toBe(true);
		const summary = await agencyReviewSummary(db(), a.id);
		expect(summary).toMatchObject({ count: 1, noFeePercent: 0, contractTruthfulPercent: 0, recommendPercent: 0, treatmentAverage: 2 });
		expect(summary.comments.map((c) => c.comment)).toEqual(['They took a fee for the visa.']);
		expect((await publicAgency(db(), a.number))?.reviews.count).toBe(1);
		const audits = await db().select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.entityId, review.id));
		expect(audits.map((r) => r.action).sort()).toEqual(['review.moderate', 'review.submit']);
	});
});
