import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { makeMigrant, makeStaff } from '../../../../tests/support/factories';
import { expectDenied } from '../../../../tests/support/isolation';
import { auditLog } from '../audit/audit.table';
import { getDb } from '../db/client';
import { findOrganisationBySlug } from '../org/org.repository';
import { GET as exportPlan } from '../../../routes/[lang=lang]/action-plan/export.[format]/+server';
import { addTaskEvidence, getOwnTask, listOwnTasks, listPlan, progressBy, updateTaskStatus } from './plan.service';
import { loadPlanContentIntoDb } from './plan.seed';
import { planTask, planTaskEvidence, planTaskUpdate } from './plan.table';

const db = () => getDb();
const TODAY = '2026-12-02';

async function desks() {
	const mlssm = (await findOrganisationBySlug(db(), 'ministry-licensing'))!;
	const fund = (await findOrganisationBySlug(db(), 'social-fund'))!;
	return {
		mlssm,
		fund,
		mlssmEditor: await makeStaff(mlssm.id, 'content_editor'),
		mlssmSupervisor: await makeStaff(mlssm.id, 'supervisor'),
		fundEditor: await makeStaff(fund.id, 'content_editor')
	};
}
const taskId = async (slug: string) => (await db().select({ id: planTask.id }).from(planTask).where(eq(planTask.slug, slug)))[0].id;

describe('action plan (public)', () => {
	it('lists the tasks by goal with bodies, practices and overdue computed from the deadline; loading again changes nothing', async () => {
		const plan = await listPlan(db(), TODAY);
		expect(plan.goals.map((g) => g.slug)).toEqual(['realise-potential', 'protect-rights', 'safe-pathways', 'development']);
		expect(plan.tasks.length).toBeGreaterThanOrEqual(12);
		const reintegration = plan.tasks.find((t) => t.slug === 'reintegration-programme')!;
		expect(reintegration).toMatchObject({ status: 'in_progress', shown: 'overdue', deadline: '2025-12-31' });
		expect(reintegration.responsible.en).toContain('Ministry of Labour');
		expect(reintegration.coExecutors.length).toBe(2);
		expect(reintegration.practices.map((p) => p.slug)).toEqual(['migrant-ishker']);
		expect(plan.tasks.find((t) => t.slug === 'returnee-investment')!.shown).toBe('not_started');
		expect(plan.tasks.find((t) => t.slug === 'crisis-concept-migrants')!.responsible.en).toBe('Ministry of Emergency Situations of the Kyrgyz Republic');
		expect((await listPlan(db(), '2025-01-01')).tasks.every((t) => t.shown !== 'overdue')).toBe(true);

		const byGoal = progressBy(plan.tasks, 'goal');
		const byBody = progressBy(plan.tasks, 'body');
		for (const rows of [byGoal, byBody]) {
			expect(rows.reduce((n, r) => n + r.total, 0)).toBe(plan.tasks.length);
			for (const r of rows) expect(Object.values(r.counts).reduce((a, b) => a + b, 0)).toBe(r.total);
		}
		expect(byGoal.length).toBe(4);

		await loadPlanContentIntoDb(db());
		expect((await listPlan(db(), TODAY)).tasks.length).toBe(plan.tasks.length);
	});

	it('exports the tasks as CSV and XLSX in the asked language; an unknown format is a 404', async () => {
		const csv = await exportPlan({ params: { lang: 'ru', format: 'csv' } } as never);
		expect(csv.headers.get('content-type')).toContain('text/csv');
		const text = await csv.text();
		expect(text.split('\n')[0]).toContain('Ответственный орган');
		expect(text).toContain('Просрочено');
		const xlsx = await exportPlan({ params: { lang: 'en', format: 'xlsx' } } as never);
		expect(
			Buffer.from(await xlsx.arrayBuffer())
				.subarray(0, 2)
				.toString()
		).toBe('PK');
		await expect(exportPlan({ params: { lang: 'en', format: 'pdf' } } as never)).rejects.toMatchObject({ status: 404 });
	});
});

describe('action plan (responsible bodies)', () => {
	it('a body sees and updates only its own tasks; status changes are kept in the history and audited', async () => {
		const { mlssmEditor, mlssmSupervisor, fundEditor } = await desks();
		const own = await listOwnTasks(db(), mlssmEditor, TODAY);
		expect(own.length).toBeGreaterThan(0);
		const id = await taskId('reintegration-programme');
		expect(own.map((t) => t.id)).toContain(id);
		expect(own.map((t) => t.id)).not.toContain(await taskId('pension-portability'));
		expect((await listOwnTasks(db(), mlssmSupervisor, TODAY)).map((t) => t.id)).toEqual(own.map((t) => t.id));

		expect(await updateTaskStatus(db(), mlssmEditor, id, { status: 'finished', note: '' })).toMatchObject({
			ok: false,
			errors: { status: 'error_choose_one', note: 'error_required' }
		});
		expect(await addTaskEvidence(db(), mlssmEditor, id, { url: 'javascript:alert(1)', title: 'x' })).toMatchObject({ ok: false, errors: { url: 'error_url' } });
		expect((await getOwnTask(db(), mlssmEditor, id)).history).toEqual([]);

		expect(await updateTaskStatus(db(), mlssmEditor, id, { status: 'done', note: 'Programme adopted by the Cabinet' })).toEqual({
			ok: true,
			data: { status: 'done' }
		});
		expect((await addTaskEvidence(db(), mlssmEditor, id, { url: 'https://example.org/resolution', title: 'Cabinet resolution' })).ok).toBe(true);
		const seen = await getOwnTask(db(), mlssmEditor, id, TODAY);
		expect(seen.task).toMatchObject({ status: 'done', shown: 'done' });
		expect(seen.history.map((h) => [h.status, h.note])).toEqual([['done', 'Programme adopted by the Cabinet']]);
		const pub = (await listPlan(db(), TODAY)).tasks.find((t) => t.id === id)!;
		expect(pub).toMatchObject({ shown: 'done', evidence: [{ url: 'https://example.org/resolution', title: 'Cabinet resolution' }] });
		const audited = await db().select().from(auditLog).where(eq(auditLog.entityId, id));
		expect(audited.map((a) => a.action).sort()).toEqual(['plan.evidence_add', 'plan.task_update']);

		// Another organisation (the Social Fund, responsible for other tasks) gets nothing and changes nothing.
		expect((await listOwnTasks(db(), fundEditor, TODAY)).map((t) => t.id)).not.toContain(id);
		await expectDenied(() => getOwnTask(db(), fundEditor, id));
		await expectDenied(() => updateTaskStatus(db(), fundEditor, id, { status: 'not_started', note: 'Undone' }));
		await expectDenied(() => addTaskEvidence(db(), fundEditor, id, { url: 'https://example.org/x', title: 'x' }));
		await expectDenied(() => getOwnTask(db(), mlssmEditor, '00000000-0000-4000-8000-000000000000'));
		await expectDenied(() => getOwnTask(db(), mlssmEditor, 'not-an-id'));
		expect((await db().select({ status: planTask.status }).from(planTask).where(eq(planTask.id, id)))[0].status).toBe('done');
		expect((await db().select().from(planTaskUpdate).where(eq(planTaskUpdate.taskId, id))).length).toBe(1);
		expect((await db().select().from(planTaskEvidence).where(eq(planTaskEvidence.taskId, id))).length).toBe(1);
		expect(
			(
				await db()
					.select()
					.from(auditLog)
					.where(and(eq(auditLog.entityId, id), eq(auditLog.actorUserId, fundEditor.userId)))
			).length
		).toBe(0);
	});

	it('roles without plan.update are refused', async () => {
		const { mlssm } = await desks();
		const id = await taskId('contract-mother-tongue');
		for (const actor of [await makeStaff(mlssm.id, 'analyst'), await makeStaff(mlssm.id, 'licensing_officer'), await makeMigrant()]) {
			await expectDenied(() => listOwnTasks(db(), actor));
			await expectDenied(() => getOwnTask(db(), actor, id));
			await expectDenied(() => updateTaskStatus(db(), actor, id, { status: 'done', note: 'x' }));
		}
		expect((await db().select({ status: planTask.status }).from(planTask).where(eq(planTask.id, id)))[0].status).toBe('not_started');
	});
});
