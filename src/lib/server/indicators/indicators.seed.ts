import { eq, inArray } from 'drizzle-orm';
import type { Db } from '../db/client';
import { law } from '../portal/portal.table';
import { loadMgiContent } from './indicators.content';
import { mgiDomain, mgiFinding, mgiFindingLaw, mgiIndicator, mgiRound } from './indicators.table';

/**
 * The MGI content files into their tables, once per record (by slug or year): what is already there
 * is kept. Progress entries are never seeded: they are what editors record.
 */
export async function loadIndicatorContent(db: Db): Promise<void> {
	// Read and validated before the transaction: a bad file stops the start with its path and reason.
	const { domains, rounds, findings } = loadMgiContent();
	await db.transaction(async (tx) => {
		for (const d of domains) {
			const { indicators: _indicators, ...fields } = d;
			await tx.insert(mgiDomain).values(fields).onConflictDoNothing({ target: mgiDomain.slug });
		}
		const domainIds = new Map((await tx.select({ id: mgiDomain.id, slug: mgiDomain.slug }).from(mgiDomain)).map((r) => [r.slug, r.id]));
		for (const d of domains) {
			const rows = d.indicators.map((i, position) => ({ ...i, position, domainId: domainIds.get(d.slug)! }));
			await tx.insert(mgiIndicator).values(rows).onConflictDoNothing({ target: mgiIndicator.slug });
		}
		await tx.insert(mgiRound).values(rounds).onConflictDoNothing({ target: mgiRound.year });
		const roundIds = new Map((await tx.select({ id: mgiRound.id, year: mgiRound.year }).from(mgiRound)).map((r) => [r.year, r.id]));
		const indicatorIds = new Map((await tx.select({ id: mgiIndicator.id, slug: mgiIndicator.slug }).from(mgiIndicator)).map((r) => [r.slug, r.id]));
		const lawSlugs = [...new Set(findings.flatMap((f) => f.findings.flatMap((x) => x.laws)))];
		const lawIds = new Map(
			lawSlugs.length ? (await tx.select({ id: law.id, slug: law.slug }).from(law).where(inArray(law.slug, lawSlugs))).map((r) => [r.slug, r.id]) : []
		);
		for (const file of findings) {
			for (const [position, f] of file.findings.entries()) {
				const [row] = await tx
					.insert(mgiFinding)
					.values({
						slug: f.slug,
						roundId: roundIds.get(file.round)!,
						domainId: domainIds.get(file.domain)!,
						indicatorId: f.indicator ? (indicatorIds.get(f.indicator) ?? null) : null,
						kind: f.kind,
						position,
						text: f.text,
						source: { ...file.source, article: f.article, excerpt: f.excerpt },
						needsReview: f.needsReview,
						planTaskSlugs: f.tasks,
						statisticsKeys: f.statistics
					})
					.onConflictDoNothing({ target: mgiFinding.slug })
					.returning({ id: mgiFinding.id });
				if (!row) {
					// The links to tasks and statistics follow the content files; the finding itself is kept.
					await tx.update(mgiFinding).set({ planTaskSlugs: f.tasks, statisticsKeys: f.statistics }).where(eq(mgiFinding.slug, f.slug));
					continue;
				}
				const linked = f.laws.map((slug) => lawIds.get(slug)).filter((id): id is string => !!id);
				if (linked.length) await tx.insert(mgiFindingLaw).values(linked.map((lawId) => ({ findingId: row.id, lawId })));
			}
		}
	});
}
