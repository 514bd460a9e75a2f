import { describe, expect, it } from 'vitest';
import { makeMigrant } from '../../../../tests/support/factories';
import { expectDenied } from '../../../../tests/support/isolation';
import { getDb } from '../db/client';
import { saveProfile } from '../migrant/migrant.service';
import { COURSES } from './data/course';
import { getCourse, initialsOf, myCertificates, submitQuiz, verifyCertificate } from './training.service';

const seed = COURSES[0];
const rightAnswers = (moduleIndex: number) => Object.fromEntries(seed.modules[moduleIndex].quiz.map((q, i) => [`q${i}`, String(q.correct)]));

describe('training and certificates', () => {
	it('gives initials only', () => {
		expect(initialsOf('Айбек Асанов')).toBe('А. А.');
		expect(initialsOf('  ')).toBe('—');
	});

	it('a wrong or missing answer does not pass; passing every module issues one verifiable certificate', async () => {
		const me = await makeMigrant();
		await saveProfile(getDb(), me, me.userId, { fullName: 'Нурлан Токтогулов', languages: [], desiredCountries: [], skills: [] });
		const missing = await submitQuiz(getDb(), me, me.userId, seed.slug, 1, {});
		expect(missing).toMatchObject({ ok: false, errors: { q0: 'error_answer' } });
		const wrong = Object.fromEntries(seed.modules[0].quiz.map((q, i) => [`q${i}`, String((q.correct + 1) % q.options.length)]));
		expect(await submitQuiz(getDb(), me, me.userId, seed.slug, 1, wrong)).toMatchObject({ ok: true, passed: false, correct: 0 });

		let last = null;
		for (let i = 0; i < seed.modules.length; i++) last = await submitQuiz(getDb(), me, me.userId, seed.slug, i + 1, rightAnswers(i));
		expect(last).toMatchObject({ ok: true, passed: true });
		const code = (last as { certificateCode: string }).certificateCode;
		expect(code).toMatch(/^SAP-[A-Z0-9]{4}-[A-Z0-9]{4}$/);
		expect(await verifyCertificate(getDb(), code.toLowerCase())).toMatchObject({ code, initials: 'Н. Т.' });
		expect(await verifyCertificate(getDb(), 'SAP-0000-0000')).toBeNull();
		expect(await verifyCertificate(getDb(), "' or 1=1 --")).toBeNull();
		// Passing again does not issue a second certificate.
		const again = await submitQuiz(getDb(), me, me.userId, seed.slug, 1, rightAnswers(0));
		expect(again).toMatchObject({ certificateCode: code });
		expect(await myCertificates(getDb(), me, me.userId)).toHaveLength(1);
		const course = await getCourse(getDb(), seed.slug, me.userId);
		expect(course!.modules.every((m) => m.passed)).toBe(true);
	});

	it('nobody else can answer for me or list my certificates', async () => {
		const me = await makeMigrant();
		const other = await makeMigrant();
		await expectDenied(() => submitQuiz(getDb(), other, me.userId, seed.slug, 1, rightAnswers(0)));
		await expectDenied(() => myCertificates(getDb(), other, me.userId));
		expect(await submitQuiz(getDb(), me, me.userId, 'no-such-course', 1, {})).toBeNull();
	});
});
