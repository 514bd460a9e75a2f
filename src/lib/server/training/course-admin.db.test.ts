import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { makeMigrant, makeOrganisation, makeStaff } from '../../../../tests/support/factories';
import { expectDenied } from '../../../../tests/support/isolation';
import { getDb } from '../db/client';
import { saveProfile } from '../migrant/migrant.service';
import {
	addModule,
	changeModuleOrder,
	courseFigures,
	createCourse,
	getCourseForEdit,
	listAllCourses,
	moduleFormValues,
	newCourseVersion,
	publishCourse,
	updateModule
} from './course-admin.service';
import { getCourse, submitQuiz, verifyCertificate } from './training.service';
import { course } from './training.table';

const db = () => getDb();
const tri = (prefix: string, text: string) => ({ [`${prefix}.ky`]: `${text} (ky)`, [`${prefix}.ru`]: `${text} (ru)`, [`${prefix}.en`]: text });
const courseInput = (slug: string) => ({ slug, ...tri('title', 'Safe work in Korea'), ...tri('summary', 'What EPS workers need to know') });
const moduleInput = (title: string, correct = '1') => ({
	...tri('title', title),
	...tri('body', 'Keep your passport. Seed 002: register with the consulate within 15 days.'),
	videoUrl: 'https://video.example.org/eps.mp4',
	...tri('q0', 'Who keeps your passport?'),
	...tri('q0_o0', 'The employer'),
	...tri('q0_o1', 'You'),
	q0_correct: correct
});

async function editors() {
	const centre = await makeOrganisation('employment_centre');
	return {
		editor: await makeStaff(centre.id, 'content_editor'),
		supervisor: await makeStaff(centre.id, 'supervisor'),
		ngoEditor: await makeStaff((await makeOrganisation('ngo')).id, 'content_editor'),
		caseWorker: await makeStaff(centre.id, 'case_worker')
	};
}

describe('course editing by employment centre and ministry staff', () => {
	it('a draft is built, checked, published, taken; a new version replaces it and old certificates still verify', async () => {
		const { editor, supervisor } = await editors();
		const slug = `eps-${Date.now().toString(36)}`;
		expect(await createCourse(db(), editor, { ...courseInput(slug), 'title.en': '' })).toEqual({ ok: false, errors: { 'title.en': 'error_required' } });
		expect(await createCourse(db(), editor, courseInput('Bad Slug'))).toMatchObject({ ok: false, errors: { slug: 'error_slug' } });
		const created = await createCourse(db(), editor, courseInput(slug));
		if (!created.ok) throw new Error('not created');
		const id = created.data.id;
		expect(await createCourse(db(), editor, courseInput(slug))).toEqual({ ok: false, errors: { slug: 'error_slug_taken' } });
		await expect(publishCourse(db(), editor, id)).rejects.toMatchObject({ userMessage: 'error_course_empty' });

		expect(await addModule(db(), editor, id, { ...moduleInput('One'), videoUrl: 'http://insecure.example.org/x' })).toMatchObject({
			ok: false,
			errors: { videoUrl: 'error_url' }
		});
		expect(await addModule(db(), editor, id, { ...moduleInput('One'), q0_correct: '' })).toMatchObject({
			ok: false,
			errors: { q0_correct: 'error_correct_answer' }
		});
		expect(await addModule(db(), editor, id, { ...moduleInput('One'), 'q0_o1.ru': '' })).toMatchObject({
			ok: false,
			errors: { 'q0_o1.ru': 'error_translation_required' }
		});
		const noQuiz = Object.fromEntries(Object.entries(moduleInput('One')).filter(([k]) => !k.startsWith('q0')));
		expect(await addModule(db(), editor, id, noQuiz)).toMatchObject({ ok: false, errors: { 'q0.ky': 'error_quiz_required' } });
		const one = await addModule(db(), editor, id, moduleInput('One'));
		const two = await addModule(db(), supervisor, id, moduleInput('Two', '0'));
		if (!one.ok || !two.ok) throw new Error('modules not added');
		await changeModuleOrder(db(), editor, id, two.data.id, 'up');
		expect((await getCourseForEdit(db(), editor, id)).modules.map((m) => m.id)).toEqual([two.data.id, one.data.id]);
		expect(await getCourse(db(), slug, null)).toBeNull(); // drafts are not public

		await publishCourse(db(), editor, id);
		const me = await makeMigrant();
		await saveProfile(db(), me, me.userId, { fullName: 'Асель Окуучу', regionCode: 'KG-C', languages: [], desiredCountries: [], skills: [] });
		expect(await submitQuiz(db(), me, me.userId, slug, 1, { q0: '1' })).toMatchObject({ ok: true, passed: false });
		await submitQuiz(db(), me, me.userId, slug, 1, { q0: '0' });
		const done = await submitQuiz(db(), me, me.userId, slug, 2, { q0: '1' });
		const code = (done as { certificateCode: string }).certificateCode;
		expect(code).toBeTruthy();

		// Published: wording may be corrected, the quiz's shape may not change, modules are frozen.
		const edit = await getCourseForEdit(db(), editor, id);
		const values = moduleFormValues(edit.modules[0]);
		expect((await updateModule(db(), editor, id, edit.modules[0].id, { ...values, 'title.en': 'Two (corrected)' })).ok).toBe(true);
		expect(await updateModule(db(), editor, id, edit.modules[0].id, { ...values, q0_correct: '1' })).toEqual({
			ok: false,
			errors: { form: 'error_course_published' }
		});
		await expect(addModule(db(), editor, id, moduleInput('Three'))).rejects.toMatchObject({ userMessage: 'error_course_published' });
		await expect(changeModuleOrder(db(), editor, id, one.data.id, 'remove')).rejects.toMatchObject({ userMessage: 'error_course_published' });

		const v2 = await newCourseVersion(db(), editor, id);
		expect(await newCourseVersion(db(), editor, id)).toEqual(v2);
		expect((await addModule(db(), editor, v2.id, moduleInput('Three'))).ok).toBe(true);
		await publishCourse(db(), editor, v2.id);
		const [old] = await db().select().from(course).where(eq(course.id, id));
		expect(old).toMatchObject({ published: false, slug: `${slug}-v1` });
		expect((await getCourse(db(), slug, me.userId))!.modules).toHaveLength(3);
		expect(await verifyCertificate(db(), code)).toMatchObject({ code, initials: 'А. О.' });

		const figures = await courseFigures(db(), editor, id);
		expect(figures).toMatchObject({ started: 1, completed: 1, certificates: 1, attempts: 3, completionRate: 1 });
		expect(figures.passRate).toBeCloseTo(2 / 3);
		expect(figures.months).toHaveLength(1);
		expect(figures.byRegion).toEqual([{ regionCode: 'KG-C', started: null, completed: null }]); // fewer than 5: suppressed
	});

	it('nobody outside employment centres and the ministry, and no other role, edits courses', async () => {
		const { editor, ngoEditor, caseWorker } = await editors();
		const consul = await makeStaff((await makeOrganisation('consulate', 'RU')).id, 'consular_officer');
		const migrant = await makeMigrant();
		const created = await createCourse(db(), editor, courseInput(`x-${Date.now().toString(36)}`));
		if (!created.ok) throw new Error('not created');
		for (const actor of [ngoEditor, caseWorker, consul, migrant]) {
			await expectDenied(() => listAllCourses(db(), actor));
			await expectDenied(() => createCourse(db(), actor, courseInput(`y-${Date.now().toString(36)}`)));
			await expectDenied(() => addModule(db(), actor, created.data.id, moduleInput('One')));
			await expectDenied(() => publishCourse(db(), actor, created.data.id));
			await expectDenied(() => courseFigures(db(), actor, created.data.id));
		}
		await expectDenied(() => getCourseForEdit(db(), editor, '00000000-0000-4000-8000-000000000000'));
		expect((await getCourseForEdit(db(), editor, created.data.id)).modules).toEqual([]);
	});
});
