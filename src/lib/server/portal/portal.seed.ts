import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Db } from '../db/client';
import { organisation } from '../org/org.table';
import { loadDirectory, loadFaq, loadGuides, loadLaws, loadServices } from './portal.content';
import { contentRevision, directoryEntry, faq, guide, guideSection, guideSectionLaw, law, type ContentType } from './portal.table';
import { backfillTitleNorms, reindex, reindexServices } from './search';

/**
 * Portal content from the content files (content/laws, guides, directory, faq). Inserted once per record (by slug / country + section):
 * what editors change later is kept. Each inserted record gets version 1 in its history.
 */
const withoutPosition = ({ position: _, ...rest }: { position: number } & Record<string, unknown>) => rest;

export async function loadPortalContent(db: Db): Promise<void> {
	// Read and validated before the transaction: a bad file stops the start with its path and reason.
	const LAWS = loadLaws();
	const GUIDES = loadGuides();
	const DIRECTORY = loadDirectory();
	const FAQ = loadFaq();
	const SERVICES = loadServices();
	await db.transaction(async (tx) => {
		// Service pages are not edited in Sapar: their search rows follow the content files on every start.
		await reindexServices(tx, SERVICES);
		const firstVersion = async (entityType: ContentType, entityId: string, data: Record<string, unknown>) => {
			await tx.insert(contentRevision).values({ entityType, entityId, version: 1, data, status: 'published', decidedAt: new Date() });
			await reindex(tx, entityType, entityId);
		};

		for (const seed of LAWS) {
			const [row] = await tx.insert(law).values(seed).onConflictDoNothing({ target: law.slug }).returning();
			if (row) await firstVersion('law', row.id, withoutPosition(seed));
		}
		const lawIds = new Map((await tx.select({ id: law.id, slug: law.slug }).from(law)).map((l) => [l.slug, l.id]));

		for (const seed of GUIDES) {
			let [g] = await tx.select().from(guide).where(eq(guide.countryIso2, seed.countryIso2));
			if (!g) {
				g = (await tx.insert(guide).values({ countryIso2: seed.countryIso2, intro: seed.intro }).returning())[0];
				await firstVersion('guide', g.id, { countryIso2: seed.countryIso2, intro: seed.intro });
			}
			for (const section of seed.sections) {
				const { laws, ...fields } = section;
				const [row] = await tx
					.insert(guideSection)
					.values({ guideId: g.id, ...fields })
					.onConflictDoNothing({ target: [guideSection.guideId, guideSection.kind] })
					.returning();
				if (!row) continue;
				const linked = laws.map((slug) => lawIds.get(slug)).filter((id): id is string => !!id);
				if (linked.length) await tx.insert(guideSectionLaw).values(linked.map((lawId) => ({ sectionId: row.id, lawId })));
				await firstVersion('guide_section', row.id, { countryIso2: seed.countryIso2, ...fields, laws });
			}
		}

		// Every mission in the directory is an organisation a migrant can register with (issue 16: only the five
		// missions named in reference/data/organisations.ts could be chosen). A directory mission without an
		// `organisation:` becomes one under its own slug; an organisation already there is kept as edited.
		const unlinkedMissions = DIRECTORY.filter((d) => d.kind === 'consulate' && !d.organisation);
		if (unlinkedMissions.length) {
			await tx
				.insert(organisation)
				.values(
					unlinkedMissions.map((d) => ({
						slug: d.slug,
						kind: 'consulate' as const,
						name: d.name,
						countryIso2: d.countryIso2,
						city: d.city,
						source: { document: d.source.document ?? '', title: d.source.title, excerpt: d.source.excerpt ?? d.source.url ?? '' },
						needsReview: d.needsReview
					}))
				)
				.onConflictDoNothing({ target: organisation.slug });
		}
		const missionSlug = (d: (typeof DIRECTORY)[number]) => d.organisation ?? (d.kind === 'consulate' ? d.slug : undefined);
		const orgIds = new Map(
			(
				await tx
					.select({ id: organisation.id, slug: organisation.slug })
					.from(organisation)
					.where(inArray(organisation.slug, DIRECTORY.map((d) => missionSlug(d) ?? '').filter(Boolean)))
			).map((o) => [o.slug, o.id])
		);
		for (const seed of DIRECTORY) {
			const { organisation: _slug, ...fields } = seed;
			const orgSlug = missionSlug(seed);
			const organisationId = orgSlug ? (orgIds.get(orgSlug) ?? null) : null;
			const [row] = await tx
				.insert(directoryEntry)
				.values({ ...fields, organisationId })
				.onConflictDoNothing({ target: directoryEntry.slug })
				.returning();
			if (row) await firstVersion('directory_entry', row.id, { ...fields });
			// An entry loaded before its mission was an organisation gets linked (the entry itself is kept as edited).
			else if (organisationId)
				await tx
					.update(directoryEntry)
					.set({ organisationId })
					.where(and(eq(directoryEntry.slug, seed.slug), isNull(directoryEntry.organisationId)));
		}

		for (const seed of FAQ) {
			const [row] = await tx.insert(faq).values(seed).onConflictDoNothing({ target: faq.slug }).returning();
			if (row) await firstVersion('faq', row.id, withoutPosition(seed));
		}
	});
	await backfillTitleNorms(db);
}
