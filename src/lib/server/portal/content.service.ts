import { randomUUID } from 'node:crypto';
import { diffWords } from 'diff';
import { and, desc, eq, inArray, ne, or } from 'drizzle-orm';
import { LOCALES, tr, type Locale, type Translated } from '#lib/i18n';
import { requireAccess, type Actor } from '../access/access';
import { auditedBy, recordAudit } from '../audit/audit.service';
import { authUser } from '../auth/auth.table';
import type { Db, Tx } from '../db/client';
import { AppError } from '../errors';
import { country } from '../reference/reference.table';
import { fromFormValues, missingLanguages, SPECS, toFormValues } from './content.spec';
import type { SourceSeed } from './portal.content';
import { contentRevision, CONTENT_TYPES, directoryEntry, faq, guide, guideSection, guideSectionLaw, law, type ContentType } from './portal.table';
import { isStale } from './portal.service';
import { reindex } from './search';
import { invalidatePageCache, notifyPagesChanged } from '../http/page-cache';

type Data = Record<string, unknown>;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isContentType = (v: string): v is ContentType => (CONTENT_TYPES as readonly string[]).includes(v);

/** The published record as editable data (null when it does not exist yet). */
async function liveData(tx: Tx, type: ContentType, id: string): Promise<Data | null> {
	if (type === 'guide') {
		const [g] = await tx.select().from(guide).where(eq(guide.id, id));
		return g ? { countryIso2: g.countryIso2, intro: g.intro } : null;
	}
	if (type === 'guide_section') {
		const [row] = await tx
			.select({ s: guideSection, iso2: guide.countryIso2 })
			.from(guideSection)
			.innerJoin(guide, eq(guide.id, guideSection.guideId))
			.where(eq(guideSection.id, id));
		if (!row) return null;
		const laws = await tx
			.select({ slug: law.slug })
			.from(guideSectionLaw)
			.innerJoin(law, eq(law.id, guideSectionLaw.lawId))
			.where(eq(guideSectionLaw.sectionId, id));
		const { s } = row;
		return {
			countryIso2: row.iso2,
			kind: s.kind,
			body: s.body,
			reviewedOn: s.reviewedOn,
			laws: laws.map((l) => l.slug),
			source: s.source,
			needsReview: s.needsReview
		};
	}
	if (type === 'law') {
		const [r] = await tx.select().from(law).where(eq(law.id, id));
		return r
			? {
					slug: r.slug,
					kind: r.kind,
					number: r.number,
					adoptedOn: r.adoptedOn,
					status: r.status,
					statusSource: r.statusSource,
					reviewedOn: r.reviewedOn,
					title: r.title,
					summary: r.summary,
					countries: r.countries,
					source: r.source,
					needsReview: r.needsReview
				}
			: null;
	}
	if (type === 'directory_entry') {
		const [r] = await tx.select().from(directoryEntry).where(eq(directoryEntry.id, id));
		if (!r) return null;
		const { id: _id, organisationId: _o, updatedAt: _u, ...rest } = r;
		return rest;
	}
	const [r] = await tx.select().from(faq).where(eq(faq.id, id));
	return r ? { slug: r.slug, question: r.question, answer: r.answer, countryIso2: r.countryIso2, source: r.source, needsReview: r.needsReview } : null;
}

const sourceOf = (v: unknown) => {
	const s = (v ?? {}) as Record<string, string | null>;
	const out: SourceSeed = { document: s.document || null, title: s.title ?? '' };
	if (s.article) out.article = s.article;
	if (s.excerpt) out.excerpt = s.excerpt;
	if (s.url) out.url = s.url;
	if (s.date) out.date = s.date;
	return out;
};
const source = (d: Data) => sourceOf(d.source);
/** a law's status source, or null when the editor left its title empty */
const statusSource = (d: Data) => ((d.statusSource as Record<string, string | null> | null)?.title ? sourceOf(d.statusSource) : null);
const t = (v: unknown) => (v ?? null) as Translated | null;

/** Checks that would need the database (identity unique, references exist). */
async function checkData(tx: Tx, type: ContentType, id: string, d: Data): Promise<Record<string, string>> {
	const errors: Record<string, string> = {};
	const iso2 = d.countryIso2 as string | null;
	if (iso2) {
		const [c] = await tx.select({ iso2: country.iso2 }).from(country).where(eq(country.iso2, iso2));
		if (!c) errors.countryIso2 = 'error_country';
	}
	const slug = d.slug as string | undefined;
	const table = type === 'law' ? law : type === 'directory_entry' ? directoryEntry : type === 'faq' ? faq : null;
	if (slug && table) {
		const [other] = await tx
			.select({ id: table.id })
			.from(table)
			.where(and(eq(table.slug, slug), ne(table.id, id)));
		if (other) errors.slug = 'error_slug_taken';
	}
	if (type === 'guide_section' && iso2 && !errors.countryIso2) {
		const [g] = await tx.select().from(guide).where(eq(guide.countryIso2, iso2));
		if (!g) errors.countryIso2 = 'error_guide_missing';
		else {
			const [dup] = await tx
				.select({ id: guideSection.id })
				.from(guideSection)
				.where(and(eq(guideSection.guideId, g.id), eq(guideSection.kind, d.kind as 'entry'), ne(guideSection.id, id)));
			if (dup) errors.kind = 'error_section_exists';
		}
		const slugs = (d.laws as string[]) ?? [];
		if (slugs.length) {
			const found = await tx.select({ slug: law.slug }).from(law).where(inArray(law.slug, slugs));
			if (found.length !== new Set(slugs).size) errors.laws = 'error_unknown_law';
		}
	}
	if (type === 'guide' && iso2 && !errors.countryIso2) {
		const [g] = await tx
			.select({ id: guide.id })
			.from(guide)
			.where(and(eq(guide.countryIso2, iso2), ne(guide.id, id)));
		if (g) errors.countryIso2 = 'error_guide_exists';
	}
	return errors;
}

/** Copies approved data to the live table, in the publishing transaction. */
async function apply(tx: Tx, type: ContentType, id: string, d: Data): Promise<void> {
	const now = new Date();
	if (type === 'guide') {
		await tx
			.insert(guide)
			.values({ id, countryIso2: d.countryIso2 as string, intro: t(d.intro)! })
			.onConflictDoUpdate({ target: guide.id, set: { intro: t(d.intro)!, updatedAt: now } });
		return;
	}
	if (type === 'guide_section') {
		const [g] = await tx
			.select()
			.from(guide)
			.where(eq(guide.countryIso2, d.countryIso2 as string));
		const values = {
			guideId: g.id,
			kind: d.kind as 'entry',
			body: t(d.body)!,
			reviewedOn: d.reviewedOn as string,
			source: source(d),
			needsReview: !!d.needsReview,
			updatedAt: now
		};
		await tx
			.insert(guideSection)
			.values({ id, ...values })
			.onConflictDoUpdate({ target: guideSection.id, set: values });
		await tx.delete(guideSectionLaw).where(eq(guideSectionLaw.sectionId, id));
		const slugs = (d.laws as string[]) ?? [];
		if (slugs.length) {
			const ids = await tx.select({ id: law.id }).from(law).where(inArray(law.slug, slugs));
			if (ids.length) await tx.insert(guideSectionLaw).values(ids.map((l) => ({ sectionId: id, lawId: l.id })));
		}
		return;
	}
	if (type === 'law') {
		const values = {
			slug: d.slug as string,
			kind: d.kind as string,
			number: (d.number as string) ?? null,
			adoptedOn: (d.adoptedOn as string) ?? null,
			status: d.status as string,
			statusSource: statusSource(d),
			reviewedOn: (d.reviewedOn as string) ?? null,
			title: t(d.title)!,
			summary: t(d.summary)!,
			countries: ((d.countries as string[]) ?? []).map((c) => c.toUpperCase()),
			source: source(d),
			needsReview: !!d.needsReview,
			updatedAt: now
		};
		await tx
			.insert(law)
			.values({ id, ...values })
			.onConflictDoUpdate({ target: law.id, set: values });
		return;
	}
	if (type === 'directory_entry') {
		const values = {
			slug: d.slug as string,
			kind: d.kind as string,
			name: t(d.name)!,
			countryIso2: d.countryIso2 as string,
			city: t(d.city),
			address: t(d.address),
			phones: (d.phones as string[]) ?? [],
			email: (d.email as string) ?? null,
			website: (d.website as string) ?? null,
			hours: t(d.hours),
			languages: (d.languages as string[]) ?? [],
			services: t(d.services)!,
			source: source(d),
			needsReview: !!d.needsReview,
			updatedAt: now
		};
		await tx
			.insert(directoryEntry)
			.values({ id, ...values })
			.onConflictDoUpdate({ target: directoryEntry.id, set: values });
		return;
	}
	const values = {
		slug: d.slug as string,
		question: t(d.question)!,
		answer: t(d.answer)!,
		countryIso2: (d.countryIso2 as string) ?? null,
		source: source(d),
		needsReview: !!d.needsReview,
		updatedAt: now
	};
	await tx
		.insert(faq)
		.values({ id, ...values })
		.onConflictDoUpdate({ target: faq.id, set: values });
}

async function openRevision(tx: Tx, type: ContentType, id: string) {
	const [open] = await tx
		.select()
		.from(contentRevision)
		.where(and(eq(contentRevision.entityType, type), eq(contentRevision.entityId, id), inArray(contentRevision.status, ['draft', 'in_review'])));
	return open ?? null;
}

async function nextVersion(tx: Tx, type: ContentType, id: string) {
	const [last] = await tx
		.select({ version: contentRevision.version })
		.from(contentRevision)
		.where(and(eq(contentRevision.entityType, type), eq(contentRevision.entityId, id)))
		.orderBy(desc(contentRevision.version))
		.limit(1);
	return (last?.version ?? 0) + 1;
}

/** What the editor form starts from: the open revision if any, else the published record. */
export async function openEditor(db: Db, actor: Actor, type: ContentType, id: string | null) {
	requireAccess(actor, 'content.edit');
	if (id && !UUID.test(id)) throw new AppError('not_found', 'content id');
	const live = id ? await liveData(db, type, id) : null;
	const open = id ? await openRevision(db, type, id) : null;
	if (id && !live && !open) throw new AppError('not_found', 'content');
	return {
		values: toFormValues(type, (open?.data as Data) ?? live ?? {}),
		open: open && { id: open.id, status: open.status, authorId: open.authorId, mine: open.authorId === actor.userId },
		exists: !!live
	};
}

/**
 * Saves the editor's version as a draft (or straight into review when `submit`). One open revision per
 * record: another editor's open revision blocks editing until it is decided.
 */
export async function saveRevision(
	db: Db,
	actor: Actor,
	type: ContentType,
	id: string | null,
	values: Record<string, string>,
	submit: boolean
): Promise<{ ok: true; data: { entityId: string; revisionId: string } } | { ok: false; errors: Record<string, string> }> {
	requireAccess(actor, 'content.edit');
	if (id && !UUID.test(id)) throw new AppError('not_found', 'content id');
	const parsed = fromFormValues(type, values);
	if (!parsed.ok) return parsed;
	const entityId = id ?? randomUUID();
	return db.transaction(async (tx) => {
		const live = id ? await liveData(tx, type, entityId) : null;
		const open = id ? await openRevision(tx, type, entityId) : null;
		if (id && !live && !open) throw new AppError('not_found', 'content');
		if (open && open.authorId !== actor.userId) return { ok: false as const, errors: { form: 'error_being_edited' } };
		// Identity fields (country, section kind, slug) are fixed once the record exists.
		const data = parsed.data;
		if (live) for (const f of SPECS[type]) if (f.identity) data[f.name] = live[f.name];
		const errors = await checkData(tx, type, entityId, data);
		if (Object.keys(errors).length) return { ok: false as const, errors };
		const status = submit ? 'in_review' : 'draft';
		let revisionId: string;
		if (open) {
			await tx
				.update(contentRevision)
				.set({ data, status, submittedAt: submit ? new Date() : null })
				.where(eq(contentRevision.id, open.id));
			revisionId = open.id;
		} else {
			const [row] = await tx
				.insert(contentRevision)
				.values({
					entityType: type,
					entityId,
					version: await nextVersion(tx, type, entityId),
					data,
					status,
					authorId: actor.userId,
					submittedAt: submit ? new Date() : null
				})
				.returning({ id: contentRevision.id });
			revisionId = row.id;
		}
		await recordAudit(tx, { action: submit ? 'content.submit' : 'content.draft', entityType: type, entityId, ...auditedBy(actor), data: { revisionId } });
		return { ok: true as const, data: { entityId, revisionId } };
	});
}

export interface FieldDiff {
	field: string;
	label: string;
	lang: Locale | null;
	parts: { value: string; added?: boolean; removed?: boolean }[];
}

function flatten(type: ContentType, data: Data | null): Map<string, { label: string; lang: Locale | null; text: string }> {
	const values = toFormValues(type, data ?? {});
	const out = new Map<string, { label: string; lang: Locale | null; text: string }>();
	for (const f of SPECS[type]) {
		if (f.kind === 'translated' || f.kind === 'translated-long') {
			for (const l of LOCALES) out.set(`${f.name}.${l}`, { label: f.label, lang: l, text: values[`${f.name}.${l}`] ?? '' });
		} else out.set(f.name, { label: f.label, lang: null, text: values[f.name] ?? '' });
	}
	return out;
}

/** Field-by-field word diff between two versions (only changed fields). */
export function diffData(type: ContentType, before: Data | null, after: Data | null): FieldDiff[] {
	const a = flatten(type, before);
	const b = flatten(type, after);
	const out: FieldDiff[] = [];
	for (const [field, next] of b) {
		const prev = a.get(field)?.text ?? '';
		if (prev === next.text) continue;
		out.push({
			field,
			label: next.label,
			lang: next.lang,
			parts: diffWords(prev, next.text).map((p) => ({ value: p.value, added: p.added || undefined, removed: p.removed || undefined }))
		});
	}
	return out;
}

/** A revision with what it changes against the published record. */
export async function getRevision(db: Db, actor: Actor, revisionId: string) {
	requireAccess(actor, 'content.edit');
	if (!UUID.test(revisionId)) throw new AppError('not_found', 'revision');
	const [rev] = await db
		.select({ rev: contentRevision, authorName: authUser.name })
		.from(contentRevision)
		.leftJoin(authUser, eq(authUser.id, contentRevision.authorId))
		.where(eq(contentRevision.id, revisionId));
	if (!rev) throw new AppError('not_found', 'revision');
	const live = await liveData(db, rev.rev.entityType, rev.rev.entityId);
	const base =
		rev.rev.status === 'draft' || rev.rev.status === 'in_review' ? live : await previousPublished(db, rev.rev.entityType, rev.rev.entityId, rev.rev.version);
	return {
		...rev.rev,
		authorName: rev.authorName,
		diff: diffData(rev.rev.entityType, base, rev.rev.data as Data),
		canDecide: rev.rev.status === 'in_review' && rev.rev.authorId !== actor.userId && actor.role !== 'migrant'
	};
}

async function previousPublished(tx: Tx, type: ContentType, id: string, version: number): Promise<Data | null> {
	const rows = await tx
		.select()
		.from(contentRevision)
		.where(and(eq(contentRevision.entityType, type), eq(contentRevision.entityId, id), inArray(contentRevision.status, ['published', 'superseded'])))
		.orderBy(desc(contentRevision.version));
	return (rows.find((r) => r.version < version)?.data as Data) ?? null;
}

/** A second editor approves (publishes) or rejects a revision in review; never the author. */
export async function decideRevision(
	db: Db,
	actor: Actor,
	revisionId: string,
	decision: 'approve' | 'reject',
	note: string
): Promise<{ ok: true; data: { entityType: ContentType; entityId: string } } | { ok: false; errors: Record<string, string> }> {
	requireAccess(actor, 'content.review');
	if (!UUID.test(revisionId)) throw new AppError('not_found', 'revision');
	if (note.length > 1000) return { ok: false as const, errors: { note: 'error_too_long' } };
	type Outcome = { ok: true; data: { entityType: ContentType; entityId: string } } | { ok: false; errors: Record<string, string> };
	const result = await db.transaction(async (tx): Promise<Outcome> => {
		const [rev] = await tx.select().from(contentRevision).where(eq(contentRevision.id, revisionId)).for('update');
		if (!rev) throw new AppError('not_found', 'revision');
		if (rev.status !== 'in_review') throw new AppError('invalid_transition', 'not in review', { userMessage: 'error_not_in_review' });
		if (rev.authorId === actor.userId) throw new AppError('forbidden', 'own revision', { userMessage: 'error_own_revision' });
		if (decision === 'reject' && !note.trim()) return { ok: false, errors: { note: 'error_reject_reason' } };
		if (decision === 'approve') {
			const data = rev.data as Data;
			const errors = await checkData(tx, rev.entityType, rev.entityId, data);
			if (Object.keys(errors).length) return { ok: false, errors: { form: Object.values(errors)[0] } };
			await apply(tx, rev.entityType, rev.entityId, data);
			await tx
				.update(contentRevision)
				.set({ status: 'superseded' })
				.where(and(eq(contentRevision.entityType, rev.entityType), eq(contentRevision.entityId, rev.entityId), eq(contentRevision.status, 'published')));
			await reindex(tx, rev.entityType, rev.entityId);
			if (rev.entityType === 'law') {
				// sections that cite this law show its new title
				const cited = await tx.select({ id: guideSectionLaw.sectionId }).from(guideSectionLaw).where(eq(guideSectionLaw.lawId, rev.entityId));
				for (const c of cited) await reindex(tx, 'guide_section', c.id);
			}
		}
		await tx
			.update(contentRevision)
			.set({ status: decision === 'approve' ? 'published' : 'rejected', reviewerId: actor.userId, note: note.trim() || null, decidedAt: new Date() })
			.where(eq(contentRevision.id, rev.id));
		if (decision === 'approve') await notifyPagesChanged(tx); // every node drops its pages on commit
		await recordAudit(tx, {
			action: decision === 'approve' ? 'content.publish' : 'content.reject',
			entityType: rev.entityType,
			entityId: rev.entityId,
			...auditedBy(actor),
			data: { revisionId, version: rev.version }
		});
		return { ok: true, data: { entityType: rev.entityType, entityId: rev.entityId } };
	});
	if (result.ok && decision === 'approve') invalidatePageCache();
	return result;
}

/** Every version of a record, newest first, each with its changes against the one before. */
export async function contentHistory(db: Db, actor: Actor, type: ContentType, id: string) {
	requireAccess(actor, 'content.edit');
	if (!UUID.test(id)) throw new AppError('not_found', 'content id');
	const rows = await db
		.select({ rev: contentRevision, authorName: authUser.name })
		.from(contentRevision)
		.leftJoin(authUser, eq(authUser.id, contentRevision.authorId))
		.where(and(eq(contentRevision.entityType, type), eq(contentRevision.entityId, id)))
		.orderBy(desc(contentRevision.version));
	if (!rows.length) throw new AppError('not_found', 'content');
	const reviewers = new Map(
		(
			await db
				.select({ id: authUser.id, name: authUser.name })
				.from(authUser)
				.where(
					inArray(
						authUser.id,
						rows
							.map((r) => r.rev.reviewerId)
							.filter((x): x is string => !!x)
							.concat('-')
					)
				)
		).map((u) => [u.id, u.name])
	);
	const published = rows.filter((r) => r.rev.status === 'published' || r.rev.status === 'superseded');
	return rows.map(({ rev, authorName }) => {
		const before = published.find((p) => p.rev.version < rev.version)?.rev.data as Data | undefined;
		return {
			id: rev.id,
			version: rev.version,
			status: rev.status,
			authorName: authorName ?? null,
			reviewerName: rev.reviewerId ? (reviewers.get(rev.reviewerId) ?? '') : null,
			note: rev.note,
			createdAt: rev.createdAt,
			decidedAt: rev.decidedAt,
			diff: diffData(type, before ?? null, rev.data as Data)
		};
	});
}

export interface ContentRow {
	type: ContentType;
	id: string;
	label: string;
	needsReview: boolean;
	stale: boolean;
	missing: string[];
	open: { id: string; status: string; mine: boolean } | null;
}

/** Everything editable, with the flags the queues are made of. */
export async function listContent(db: Db, actor: Actor, locale: Locale): Promise<ContentRow[]> {
	requireAccess(actor, 'content.edit');
	const [guides, sections, laws, entries, faqs, open] = await Promise.all([
		db.select({ g: guide, name: country.name }).from(guide).innerJoin(country, eq(country.iso2, guide.countryIso2)),
		db
			.select({ s: guideSection, iso2: guide.countryIso2, name: country.name })
			.from(guideSection)
			.innerJoin(guide, eq(guide.id, guideSection.guideId))
			.innerJoin(country, eq(country.iso2, guide.countryIso2)),
		db.select().from(law),
		db.select().from(directoryEntry),
		db.select().from(faq),
		db
			.select()
			.from(contentRevision)
			.where(or(eq(contentRevision.status, 'draft'), eq(contentRevision.status, 'in_review')))
	]);
	const openOf = (type: ContentType, id: string) => {
		const o = open.find((r) => r.entityType === type && r.entityId === id);
		return o ? { id: o.id, status: o.status, mine: o.authorId === actor.userId } : null;
	};
	const rows: ContentRow[] = [
		...guides.map(({ g, name }) => ({
			type: 'guide' as const,
			id: g.id,
			label: tr(name, locale),
			needsReview: false,
			stale: false,
			missing: missingLanguages('guide', { intro: g.intro }),
			open: openOf('guide', g.id)
		})),
		...sections.map(({ s, iso2, name }) => ({
			type: 'guide_section' as const,
			id: s.id,
			label: `${tr(name, locale)} · ${s.kind}`,
			needsReview: s.needsReview,
			stale: isStale(s.reviewedOn),
			missing: missingLanguages('guide_section', { body: s.body }),
			open: openOf('guide_section', s.id),
			iso2
		})),
		...laws.map((l) => ({
			type: 'law' as const,
			id: l.id,
			label: tr(l.title, locale),
			needsReview: l.needsReview,
			stale: false,
			missing: missingLanguages('law', l),
			open: openOf('law', l.id)
		})),
		...entries.map((e) => ({
			type: 'directory_entry' as const,
			id: e.id,
			label: tr(e.name, locale),
			needsReview: e.needsReview,
			stale: false,
			missing: missingLanguages('directory_entry', e),
			open: openOf('directory_entry', e.id)
		})),
		...faqs.map((f) => ({
			type: 'faq' as const,
			id: f.id,
			label: tr(f.question, locale),
			needsReview: f.needsReview,
			stale: false,
			missing: missingLanguages('faq', f),
			open: openOf('faq', f.id)
		}))
	];
	// New records not yet published exist only as open revisions.
	for (const o of open) {
		if (!rows.some((r) => r.type === o.entityType && r.id === o.entityId)) {
			const d = o.data as Data;
			const label = tr((d.title ?? d.name ?? d.question ?? d.intro ?? d.body) as Translated, locale) || String(d.slug ?? d.countryIso2 ?? o.entityId);
			rows.push({
				type: o.entityType,
				id: o.entityId,
				label,
				needsReview: false,
				stale: false,
				missing: [],
				open: { id: o.id, status: o.status, mine: o.authorId === actor.userId }
			});
		}
	}
	return rows;
}
