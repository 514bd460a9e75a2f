import { describe, expect, it } from 'vitest';
import { makeMigrant, makeOrganisation } from '../../../../tests/support/factories';
import { expectDenied } from '../../../../tests/support/isolation';
import { submitHelpRequest } from '../cases/intake.service';
import { getDb } from '../db/client';
import { saveProfile, setConsent } from './migrant.service';
import { myAccount, myCertificatesLabelled, myConsentsLabelled, myHelpRequestsLabelled, myRegistrationsLabelled } from './my-data.service';
import { submitRegistration } from './registration.service';

const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);

/** `GET /api/v1/me…` (issue 16): the person's own data, every code with its label, and nobody else's. */
describe('my data for the API', () => {
	it('gives the caller their own data with labels, and another person none of it', async () => {
		const db = getDb();
		const me = await makeMigrant();
		const other = await makeMigrant();
		const mission = await makeOrganisation('consulate', 'RU');
		expect((await saveProfile(db, me, me.userId, { fullName: 'Айгүл Асанова', languages: ['ky', 'ru'], desiredCountries: ['RU', 'KR'], skills: [] })).ok).toBe(
			true
		);
		expect(
			(
				await submitRegistration(
					db,
					me,
					me.userId,
					{ missionId: mission.id, city: 'Москва', address: 'ул. Тверская, 1', arrivalDate: daysAgo(3), stayMonths: '12' },
					'ru'
				)
			).ok
		).toBe(true);
		await setConsent(db, me, me.userId, 'reminders', true);
		const asked = await submitHelpRequest(
			db,
			me,
			{ type: 'unpaid_wages', countryIso2: 'RU', city: 'Москва', narrative: 'Работодатель не платит зарплату три месяца.' },
			'ru'
		);
		expect(asked.ok).toBe(true);

		const account = await myAccount(db, me, me.userId, 'ru');
		expect(account).toMatchObject({
			name: 'Айгүл Асанова',
			desiredCountries: [
				{ code: 'RU', label: 'Россия' },
				{ code: 'KR', label: 'Республика Корея' }
			]
		});
		expect(account.languages).toEqual([
			{ code: 'ky', label: 'киргизский' },
			{ code: 'ru', label: 'русский' }
		]);
		const [registration] = await myRegistrationsLabelled(db, me, me.userId, 'ky');
		expect(registration).toMatchObject({ city: 'Москва', country: { code: 'RU', label: 'Россия' }, status: { code: 'submitted' } });
		expect(registration.status.label).not.toBe('submitted');
		expect(registration.deadline).toBe(new Date(Date.parse(`${daysAgo(3)}T00:00:00Z`) + 15 * 86_400_000).toISOString().slice(0, 10));
		const consents = await myConsentsLabelled(db, me, me.userId, 'en');
		expect(consents.find((c) => c.purpose.code === 'reminders')).toMatchObject({ given: true, purpose: { label: 'SMS reminders' } });
		const [request] = await myHelpRequestsLabelled(db, me, me.userId, 'en');
		expect(request).toMatchObject({ type: { code: 'unpaid_wages', label: 'Wages not paid' }, status: { code: 'new', label: 'Received' } });
		expect(await myCertificatesLabelled(db, me, me.userId, 'en')).toEqual([]);

		// Another person asking for mine gets nothing (refused, not an empty list that could be mistaken for mine)…
		await expectDenied(() => myAccount(db, other, me.userId, 'ru'));
		await expectDenied(() => myRegistrationsLabelled(db, other, me.userId, 'ru'));
		await expectDenied(() => myConsentsLabelled(db, other, me.userId, 'ru'));
		await expectDenied(() => myCertificatesLabelled(db, other, me.userId, 'ru'));
		await expectDenied(() => myHelpRequestsLabelled(db, other, me.userId, 'ru'));
		// …and their own calls show none of mine.
		expect(await myRegistrationsLabelled(db, other, other.userId, 'ru')).toEqual([]);
		expect(await myHelpRequestsLabelled(db, other, other.userId, 'ru')).toEqual([]);
		expect((await myConsentsLabelled(db, other, other.userId, 'ru')).every((c) => !c.given)).toBe(true);
		expect(await myAccount(db, other, other.userId, 'ru')).toMatchObject({ name: null, desiredCountries: [] });
	});
});
