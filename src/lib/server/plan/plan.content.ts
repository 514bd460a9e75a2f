import { z } from 'zod';
import { ORG_KINDS } from '../access/roles';
import { ContentFileError, loadContent } from '../content/files';
import { sourceSchema, translatedSchema } from '../portal/portal.content';
import { TASK_STATUSES } from './plan.table';

/**
 * The action-plan content files (docs/decisions/0022-indicators-and-action-plan.md):
 * content/plan-goals, plan-practices, plan-bodies (responsible bodies the organisation list lacks) and
 * plan-tasks, one YAML file per item named by its slug.
 */

const slug = z.string().regex(/^[a-z0-9][a-z0-9-]*$/);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');

export const planGoalSchema = z.strictObject({
	slug,
	position: z.number().int().min(0),
	title: translatedSchema,
	source: sourceSchema,
	needsReview: z.boolean()
});
export const planPracticeSchema = z.strictObject({ slug, title: translatedSchema, summary: translatedSchema, source: sourceSchema, needsReview: z.boolean() });
export const planBodySchema = z.strictObject({
	slug,
	kind: z.enum(ORG_KINDS),
	name: translatedSchema,
	countryIso2: z.string().regex(/^[A-Z]{2}$/),
	source: z.strictObject({ document: z.string().regex(/^\d{3}_[0-9a-f]{16}\.txt$/), title: z.string().min(1), excerpt: z.string().min(1).max(300) }),
	needsReview: z.boolean()
});
export const planTaskSchema = z.strictObject({
	slug,
	goal: slug,
	position: z.number().int().min(0),
	title: translatedSchema,
	/** organisation slug of the responsible body */
	responsible: slug,
	coExecutors: z.array(slug),
	deadline: isoDate,
	status: z.enum(TASK_STATUSES),
	practices: z.array(slug),
	source: sourceSchema,
	needsReview: z.boolean()
});

export type PlanGoalSeed = z.infer<typeof planGoalSchema>;
export type PlanPracticeSeed = z.infer<typeof planPracticeSchema>;
export type PlanBodySeed = z.infer<typeof planBodySchema>;
export type PlanTaskSeed = z.infer<typeof planTaskSchema>;

function bySlug<T extends { slug: string }>(kind: string, items: { path: string; data: T }[]): T[] {
	for (const { path, data } of items)
		if (path !== data.slug) throw new ContentFileError(`content/${kind}/${path}.yaml`, `slug ${data.slug} does not match the file name`);
	return items.map((i) => i.data);
}

/** Every plan file, validated, with goal and practice links checked (organisations are checked when loading). */
export function loadPlanContent(root?: string) {
	const goals = bySlug('plan-goals', loadContent('plan-goals', planGoalSchema, root)).sort((a, b) => a.position - b.position);
	const practices = bySlug('plan-practices', loadContent('plan-practices', planPracticeSchema, root));
	const bodies = bySlug('plan-bodies', loadContent('plan-bodies', planBodySchema, root));
	const tasks = bySlug('plan-tasks', loadContent('plan-tasks', planTaskSchema, root)).sort((a, b) => a.position - b.position);
	for (const t of tasks) {
		const where = `content/plan-tasks/${t.slug}.yaml`;
		if (!goals.some((g) => g.slug === t.goal)) throw new ContentFileError(where, `unknown goal ${t.goal}`);
		for (const p of t.practices) if (!practices.some((x) => x.slug === p)) throw new ContentFileError(where, `unknown practice ${p}`);
		if (t.coExecutors.includes(t.responsible)) throw new ContentFileError(where, 'the responsible body is not also a co-executor');
	}
	return { goals, practices, bodies, tasks };
}
