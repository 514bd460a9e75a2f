import { getDb } from '#lib/server/db/client';
import { listPlan, progressBy } from '#lib/server/plan/plan.service';

export const load = async () => {
	const plan = await listPlan(getDb());
	const count = (s: string) => plan.tasks.filter((t) => t.shown === s).length;
	return {
		goals: plan.goals,
		byGoal: progressBy(plan.tasks, 'goal'),
		byBody: progressBy(plan.tasks, 'body'),
		summary: { total: plan.tasks.length, overdue: count('overdue'), in_progress: count('in_progress'), done: count('done') }
	};
};
