import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { makeMigrant, makeOrganisation, makeStaff } from '../../../../tests/support/factories';
import { expectDenied } from '../../../../tests/support/isolation';
import { auditLog } from '../audit/audit.table';
import { message } from '../channels/channels.table';
import { getDb } from '../db/client';
import {
	followProject,
	listPublicProjects,
	moderateProject,
	moderateReport,
	moderationQueue,
	myProjects,
	postReport,
	publicProject,
	saveProject,
	unfollowProject
} from './projects.service';
import { loadProjectContent } from './projects.seed';
import { communityProject, projectReport } from './projects.table';
import { authUser } from '../auth/auth.table';

const INPUT = {
	title: 'Drinking water for Kochkor village',
	purpose: 'A new pipe from the spring to the school and 120 homes.',
	regionCode: 'KG-N',
	district: 'Kochkor',
	village: 'Kochkor',
	budget: '1 250 000',
	currency: 'KGS',
	startsOn: '2027-04-01',
	endsOn: '2027-10-31',
	responsibleName: 'Asel Toktogulova',
	responsibleRole: 'Head of the village administration',
	paymentUrl: 'https://ashar.example/projects/kochkor-water'
};

async function poster(kind: 'local_authority' | 'ngo' = 'local_authority') {
	const org = await makeOrganisation(kind);
	return { org, staff: await makeStaff(org.id, 'supervisor') };
}

describe('community projects', () => {
	it('a local authority posts, a moderator of another organisation verifies, reports are verified and followers told', async () => {
		const { org, staff } = await poster();
		const saved = await saveProject(getDb(), staff, INPUT, 'en');
		if (!saved.ok) throw new Error(JSON.stringify(saved.errors));
		const { id, slug } = saved.data;
		const isPublic = async () => (await listPublicProjects(getDb(), { region: 'kg-n' })).projects.some((p) => p.id === id);
		expect(await isPublic()).toBe(false);
		expect(await publicProject(getDb(), slug)).toBeNull();
		expect((await myProjects(getDb(), staff)).map((p) => [p.id, p.status, p.budget])).toEqual([[id, 'pending', '1250000.00']]);

		// Two people: the poster's own organisation never verifies (an NGO's content editor included).
		const ownEditor = await makeStaff((await makeOrganisation('ngo')).id, 'content_editor');
		await expectDenied(() => moderateProject(getDb(), staff, id, 'verify'));
		const sameOrgEditor = { ...ownEditor, organisationId: org.id };
		expect((await moderationQueue(getDb(), sameOrgEditor)).projects.find((p) => p.project.id === id)?.own).toBe(true);
		await expectDenied(() => moderateProject(getDb(), sameOrgEditor, id, 'verify'));
		expect(await isPublic()).toBe(false);

		const moderator = await makeStaff((await makeOrganisation('employment_centre')).id, 'content_editor');
		expect((await moderateProject(getDb(), moderator, id, 'return', { note: '' })).ok).toBe(false);
		await moderateProject(getDb(), moderator, id, 'verify');
		expect(await isPublic()).toBe(true);
		await expectDenied(() => moderateProject(getDb(), moderator, id, 'verify'));

		// A migrant follows; the owner reports; the report is public and the follower told once verified.
		const migrant = await makeMigrant();
		await getDb()
			.update(authUser)
			.set({ locale: 'ru', email: `${migrant.userId.slice(0, 8)}@mail.test`, emailVerified: true })
			.where(eq(authUser.id, migrant.userId));
		await followProject(getDb(), migrant, slug);
		await followProject(getDb(), migrant, slug);
		expect((await publicProject(getDb(), slug, migrant.userId))?.following).toBe(true);
		const report = await postReport(getDb(), staff, id, { kind: 'spending', body: 'Pipes bought.', amount: '300000' }, 'en');
		if (!report.ok) throw new Error(JSON.stringify(report.errors));
		expect((await publicProject(getDb(), slug))?.reports).toEqual([]);
		await expectDenied(() => moderateReport(getDb(), staff, report.data.id, 'verify'));
		const done = await moderateReport(getDb(), moderator, report.data.id, 'verify');
		const shown = await publicProject(getDb(), slug);
		expect(shown?.reports.map((r) => [r.kind, r.body, r.amount])).toEqual([['spending', { en: 'Pipes bought.' }, '300000.00']]);
		expect(shown).toMatchObject({ followers: 1, spent: 300000 });
		const sent = await getDb()
			.select()
			.from(message)
			.where(and(eq(message.userId, migrant.userId), eq(message.purpose, 'project')));
		expect(sent).toHaveLength(1);
		expect(done.ok && done.data.notified).toBe(1);
		for (const m of sent) expect(m.body).toContain(`/ru/projects/${slug}`);
		await unfollowProject(getDb(), migrant, slug);
		expect((await publicProject(getDb(), slug))?.followers).toBe(0);

		const audits = await getDb().select().from(auditLog).where(eq(auditLog.entityId, id));
		expect(audits.map((a) => a.action).sort()).toEqual(['project.report', 'project.report_verify', 'project.save', 'project.verify']);

		// A change by the owner waits for verification again.
		expect((await saveProject(getDb(), staff, { ...INPUT, budget: '1300000' }, 'ky', id)).ok).toBe(true);
		expect(await isPublic()).toBe(false);
	});

	it('another organisation gets nothing: no list, no change, no report; others may not post at all', async () => {
		const { staff } = await poster('ngo');
		const saved = await saveProject(getDb(), staff, INPUT, 'ru');
		if (!saved.ok) throw new Error(JSON.stringify(saved.errors));
		const { id } = saved.data;
		const before = await getDb().select().from(communityProject).where(eq(communityProject.id, id));

		const other = (await poster()).staff;
		expect(await myProjects(getDb(), other)).toEqual([]);
		await expectDenied(() => saveProject(getDb(), other, { ...INPUT, title: 'Taken over' }, 'en', id));
		await expectDenied(() => postReport(getDb(), other, id, { kind: 'progress', body: 'Fake.' }, 'en'));
		const otherCaseWorker = await makeStaff((await makeOrganisation('local_authority')).id, 'case_worker');
		await expectDenied(() => saveProject(getDb(), otherCaseWorker, INPUT, 'en', id));
		// Kinds that do not post projects, and roles without the permission.
		const centre = await makeStaff((await makeOrganisation('employment_centre')).id, 'supervisor');
		const consul = await makeStaff((await makeOrganisation('consulate', 'RU')).id, 'consular_officer');
		await expectDenied(() => saveProject(getDb(), centre, INPUT, 'en'));
		await expectDenied(() => saveProject(getDb(), consul, INPUT, 'en'));
		await expectDenied(() => moderateProject(getDb(), other, id, 'verify'));
		await expectDenied(() => followProject(getDb(), other, 'p-00000000'));
		// A migrant may not follow what is not published.
		const migrant = await makeMigrant();
		await expectDenied(() => followProject(getDb(), migrant, before[0].slug));
		expect(await getDb().select().from(communityProject).where(eq(communityProject.id, id))).toEqual(before);
		expect(await getDb().select().from(projectReport).where(eq(projectReport.projectId, id))).toEqual([]);
		// Reports wait until the project is published.
		await expect(postReport(getDb(), staff, id, { kind: 'progress', body: 'Early.' }, 'en')).rejects.toMatchObject({ code: 'invalid_transition' });
	});

	it('refuses bad input with field errors and changes nothing', async () => {
		const { staff } = await poster();
		const bad = await saveProject(
			getDb(),
			staff,
			{ regionCode: 'XX', budget: '-5', currency: 'BTC', startsOn: '2027-02-30', endsOn: '', paymentUrl: 'http://ashar.example' },
			'ky'
		);
		expect(bad).toEqual({
			ok: false,
			errors: {
				title: 'error_required',
				purpose: 'error_required',
				regionCode: 'error_choose_one',
				district: 'error_required',
				budget: 'error_amount',
				currency: 'error_choose_one',
				startsOn: 'error_date',
				endsOn: 'error_required',
				responsibleName: 'error_required',
				responsibleRole: 'error_required',
				paymentUrl: 'error_url'
			}
		});
		expect(await saveProject(getDb(), staff, { ...INPUT, endsOn: '2027-01-01' }, 'ky')).toEqual({ ok: false, errors: { endsOn: 'error_project_dates' } });
		expect(await saveProject(getDb(), staff, { ...INPUT, regionCode: 'KG-Z' }, 'ky')).toEqual({ ok: false, errors: { regionCode: 'error_choose_one' } });
		expect(await myProjects(getDb(), staff)).toEqual([]);
	});

	it('loads the seed examples published, marked as examples, with their source and nothing guessed', async () => {
		await loadProjectContent(getDb());
		const { projects } = await listPublicProjects(getDb(), { region: 'KG-B' });
		const batken = projects.find((p) => p.slug === 'batken-dry-rice');
		expect(batken).toMatchObject({
			example: true,
			regionCode: 'KG-B',
			budget: null,
			paymentUrl: null,
			responsibleName: null,
			source: { document: '003_6de141c8d0ad10ba.txt' }
		});
		expect((await publicProject(getDb(), 'naryn-tourism'))?.project.example).toBe(true);
	});
});
