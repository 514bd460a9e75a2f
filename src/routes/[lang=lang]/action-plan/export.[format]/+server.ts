import { error } from '@sveltejs/kit';
import { tr, type Locale } from '#lib/i18n';
import { msg } from '#lib/messages';
import { getDb } from '#lib/server/db/client';
import { listPlan } from '#lib/server/plan/plan.service';
import { isTabularFormat, tabularResponse } from '#lib/server/tabular/tabular';

/** The action plan's tasks as CSV or XLSX, in the page's language (public data). */
export const GET = async ({ params }) => {
	if (!isTabularFormat(params.format)) error(404, 'Not found');
	const locale = params.lang as Locale;
	const { tasks } = await listPlan(getDb());
	const t = (key: string) => msg(key, {}, { locale });
	const columns = [
		{ key: 'goal', header: t('plan_goal'), width: 40 },
		{ key: 'task', header: t('plan_task'), width: 60 },
		{ key: 'body', header: t('plan_body'), width: 40 },
		{ key: 'co', header: t('plan_co_executors'), width: 40 },
		{ key: 'deadline', header: t('plan_deadline'), width: 12 },
		{ key: 'status', header: t('plan_status'), width: 14 },
		{ key: 'evidence', header: t('plan_evidence'), width: 40 },
		{ key: 'source', header: t('source_label'), width: 40 }
	];
	const rows = tasks.map((x) => [
		tr(x.goal, locale),
		tr(x.title, locale),
		tr(x.responsible, locale),
		x.coExecutors.map((c) => tr(c, locale)).join('; '),
		x.deadline,
		t(`plan_status_${x.shown}`),
		x.evidence.map((e) => e.url).join(' '),
		[x.source.title, x.source.article].filter(Boolean).join(', ')
	]);
	return tabularResponse(params.format, `action-plan-${locale}`, 'action-plan', { columns, rows }, { publicData: true });
};
