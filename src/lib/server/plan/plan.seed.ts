import { inArray } from 'drizzle-orm';
import type { Db } from '../db/client';
import { ContentFileError } from '../content/files';
import { organisation } from '../org/org.table';
import { loadPlanContent } from './plan.content';
import { planGoal, planPractice, planTask, planTaskCoExecutor, planTaskPractice } from './plan.table';

/**
 * The action-plan content files into their tables, once per record (by slug): a task's status, once a
 * responsible body has changed it, is kept. Responsible bodies missing from the organisation list are
 * added from content/plan-bodies.
 */
export async function loadPlanContentIntoDb(db: Db): Promise<void> {
	const { goals, practices, bodies, tasks } = loadPlanContent();
	await db.transaction(async (tx) => {
		if (bodies.length) await tx.insert(organisation).values(bodies).onConflictDoNothing({ target: organisation.slug });
		const orgSlugs = [...new Set(tasks.flatMap((t) => [t.responsible, ...t.coExecutors]))];
		const orgIds = new Map(
			(await tx.select({ id: organisation.id, slug: organisation.slug }).from(organisation).where(inArray(organisation.slug, orgSlugs))).map((o) => [
				o.slug,
				o.id
			])
		);
		for (const t of tasks) {
			for (const s of [t.responsible, ...t.coExecutors])
				if (!orgIds.has(s)) throw new ContentFileError(`content/plan-tasks/${t.slug}.yaml`, `unknown organisation ${s}`);
		}
		if (goals.length) await tx.insert(planGoal).values(goals).onConflictDoNothing({ target: planGoal.slug });
		if (practices.length) await tx.insert(planPractice).values(practices).onConflictDoNothing({ target: planPractice.slug });
		const goalIds = new Map((await tx.select({ id: planGoal.id, slug: planGoal.slug }).from(planGoal)).map((g) => [g.slug, g.id]));
		const practiceIds = new Map((await tx.select({ id: planPractice.id, slug: planPractice.slug }).from(planPractice)).map((p) => [p.slug, p.id]));
		for (const t of tasks) {
			const [row] = await tx
				.insert(planTask)
				.values({
					slug: t.slug,
					goalId: goalIds.get(t.goal)!,
					position: t.position,
					title: t.title,
					responsibleOrgId: orgIds.get(t.responsible)!,
					deadline: t.deadline,
					status: t.status,
					source: t.source,
					needsReview: t.needsReview
				})
				.onConflictDoNothing({ target: planTask.slug })
				.returning({ id: planTask.id });
			if (!row) continue;
			if (t.coExecutors.length) await tx.insert(planTaskCoExecutor).values(t.coExecutors.map((s) => ({ taskId: row.id, organisationId: orgIds.get(s)! })));
			if (t.practices.length) await tx.insert(planTaskPractice).values(t.practices.map((s) => ({ taskId: row.id, practiceId: practiceIds.get(s)! })));
		}
	});
}
