import { and, asc, count, desc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../db/client';
import { planTask } from '../plan/plan.table';
import { law } from '../portal/portal.table';
import { mgiDomain, mgiFinding, mgiFindingLaw, mgiIndicator, mgiProgress, mgiRound } from './indicators.table';

/**
 * The public side of the MGI tracker: domains, their indicators with the latest recorded progress,
 * and each round's findings with the laws they rest on. Public content: no actor needed.
 */

export async function listDomains(db: Db) {
	const [domains, findingCounts, indicatorCounts] = await Promise.all([
		db
			.select({ id: mgiDomain.id, slug: mgiDomain.slug, position: mgiDomain.position, title: mgiDomain.title, description: mgiDomain.description })
			.from(mgiDomain)
			.orderBy(asc(mgiDomain.position)),
		db.select({ domainId: mgiFinding.domainId, kind: mgiFinding.kind, n: count() }).from(mgiFinding).groupBy(mgiFinding.domainId, mgiFinding.kind),
		db.select({ domainId: mgiIndicator.domainId, n: count() }).from(mgiIndicator).groupBy(mgiIndicator.domainId)
	]);
	return domains.map((d) => ({
		...d,
		indicators: indicatorCounts.find((c) => c.domainId === d.id)?.n ?? 0,
		wellDeveloped: findingCounts.find((c) => c.domainId === d.id && c.kind === 'well_developed')?.n ?? 0,
		furtherDevelopment: findingCounts.find((c) => c.domainId === d.id && c.kind === 'further_development')?.n ?? 0
	}));
}

export const listRounds = (db: Db) => db.select().from(mgiRound).orderBy(asc(mgiRound.year));

/** The latest progress entry of each indicator (entries are only added, so the newest is current). */
export async function latestProgress(db: Db, indicatorIds: string[]) {
	if (!indicatorIds.length) return [];
	return db
		.selectDistinctOn([mgiProgress.indicatorId], {
			indicatorId: mgiProgress.indicatorId,
			status: mgiProgress.status,
			note: mgiProgress.note,
			observedOn: mgiProgress.observedOn,
			evidenceUrl: mgiProgress.evidenceUrl,
			evidenceTitle: mgiProgress.evidenceTitle
		})
		.from(mgiProgress)
		.where(inArray(mgiProgress.indicatorId, indicatorIds))
		.orderBy(mgiProgress.indicatorId, desc(mgiProgress.createdAt), desc(mgiProgress.id));
}

/** One domain for its public page, or null. */
export async function getDomain(db: Db, slug: string) {
	if (!/^[a-z0-9-]{1,80}$/.test(slug)) return null;
	const [domain] = await db.select().from(mgiDomain).where(eq(mgiDomain.slug, slug));
	if (!domain) return null;
	const [indicators, rounds, findings, links] = await Promise.all([
		db.select().from(mgiIndicator).where(eq(mgiIndicator.domainId, domain.id)).orderBy(asc(mgiIndicator.position)),
		listRounds(db),
		db.select().from(mgiFinding).where(eq(mgiFinding.domainId, domain.id)).orderBy(asc(mgiFinding.kind), asc(mgiFinding.position)),
		db
			.select({ findingId: mgiFindingLaw.findingId, slug: law.slug, title: law.title })
			.from(mgiFindingLaw)
			.innerJoin(law, eq(law.id, mgiFindingLaw.lawId))
			.innerJoin(mgiFinding, and(eq(mgiFinding.id, mgiFindingLaw.findingId), eq(mgiFinding.domainId, domain.id)))
			.orderBy(asc(law.slug))
	]);
	const progress = await latestProgress(
		db,
		indicators.map((i) => i.id)
	);
	const taskSlugs = [...new Set(findings.flatMap((f) => f.planTaskSlugs))];
	const tasks = taskSlugs.length ? await db.select({ slug: planTask.slug, title: planTask.title }).from(planTask).where(inArray(planTask.slug, taskSlugs)) : [];
	return {
		domain,
		indicators: indicators.map((i) => ({ ...i, progress: progress.find((p) => p.indicatorId === i.id) ?? null })),
		rounds: rounds.map((r) => ({
			...r,
			findings: findings
				.filter((f) => f.roundId === r.id)
				.map((f) => ({
					...f,
					indicator: indicators.find((i) => i.id === f.indicatorId)?.title ?? null,
					laws: links.filter((l) => l.findingId === f.id).map(({ slug, title }) => ({ slug, title })),
					tasks: f.planTaskSlugs.flatMap((s) => tasks.filter((t) => t.slug === s)),
					statistics: f.statisticsKeys
				}))
		}))
	};
}
