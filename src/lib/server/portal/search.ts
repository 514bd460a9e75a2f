import { createHash } from 'node:crypto';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { LOCALES, pick, type Locale, type Translated } from '#lib/i18n';
import { markdownToText } from '#lib/markdown';
import { m } from '#lib/paraglide/messages.js';
import type { Db, Tx } from '../db/client';
import { country } from '../reference/reference.table';
import { normalise, queryTokens, withinTypos } from './normalise';
import type { ServiceSeed } from './portal.content';
import { directoryEntry, faq, guide, guideSection, law, searchDocument, searchWord, type ContentType } from './portal.table';

interface Doc {
	countryIso2: string | null;
	title: Translated;
	body: Translated;
	url: (lang: Locale) => string;
}

const sectionTitle = (kind: string, locale: Locale) =>
	(m as unknown as Record<string, (i: object, o: { locale: Locale }) => string>)[`section_${kind}`]({}, { locale });

async function documentOf(tx: Tx, type: ContentType, id: string): Promise<Doc | null> {
	if (type === 'guide') return null; // the intro is shown with the guide; sections are indexed
	if (type === 'guide_section') {
		const [row] = await tx
			.select({ section: guideSection, iso2: guide.countryIso2, countryName: country.name })
			.from(guideSection)
			.innerJoin(guide, eq(guide.id, guideSection.guideId))
			.innerJoin(country, eq(country.iso2, guide.countryIso2))
			.where(eq(guideSection.id, id));
		if (!row) return null;
		const title: Translated = {};
		for (const l of LOCALES) title[l] = `${pick(row.countryName, l).text}: ${sectionTitle(row.section.kind, l)}`;
		return {
			countryIso2: row.iso2,
			title,
			body: row.section.body,
			url: (l) => `/${l}/countries/${row.iso2.toLowerCase()}#${row.section.kind}`
		};
	}
	if (type === 'law') {
		const [row] = await tx.select().from(law).where(eq(law.id, id));
		if (!row) return null;
		const body: Translated = {};
		for (const l of LOCALES) body[l] = `${row.number ?? ''} ${pick(row.summary, l).text}`.trim();
		return { countryIso2: null, title: row.title, body, url: (l) => `/${l}/laws/${row.slug}` };
	}
	if (type === 'directory_entry') {
		const [row] = await tx
			.select({ entry: directoryEntry, countryName: country.name })
			.from(directoryEntry)
			.innerJoin(country, eq(country.iso2, directoryEntry.countryIso2))
			.where(eq(directoryEntry.id, id));
		if (!row) return null;
		const e = row.entry;
		const body: Translated = {};
		for (const l of LOCALES) {
			body[l] = [pick(e.services, l).text, pick(e.city, l).text, pick(row.countryName, l).text, pick(e.address, l).text].filter(Boolean).join(' · ');
		}
		return {
			countryIso2: e.countryIso2,
			title: e.name,
			body,
			url: (l) => `/${l}/help?country=${e.countryIso2.toLowerCase()}#${e.slug}`
		};
	}
	const [row] = await tx.select().from(faq).where(eq(faq.id, id));
	if (!row) return null;
	return { countryIso2: row.countryIso2, title: row.question, body: row.answer, url: (l) => `/${l}/faq#${row.slug}` };
}

/** Rebuilds the search rows of one record (one per language, with fallback text). */
export async function reindex(tx: Tx, type: ContentType, id: string): Promise<void> {
	await tx.delete(searchDocument).where(and(eq(searchDocument.entityType, type), eq(searchDocument.entityId, id)));
	const doc = await documentOf(tx, type, id);
	if (!doc) return;
	const rows = LOCALES.map((lang) => {
		const title = pick(doc.title, lang).text;
		const body = markdownToText(pick(doc.body, lang).text);
		return {
			entityType: type,
			entityId: id,
			lang,
			countryIso2: doc.countryIso2,
			title,
			body,
			url: doc.url(lang),
			norm: normalise(`${title} ${body}`),
			titleNorm: normalise(title)
		};
	});
	await tx.insert(searchDocument).values(rows);
	await indexWords(
		tx,
		rows.map((r) => r.norm)
	);
}

/** A stable id for a service page's search rows, from its slug. */
const serviceId = (slug: string) => {
	const h = createHash('sha256').update(`service:${slug}`).digest('hex');
	return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
};

/** Replaces the search rows of the service pages (content/services) with what the files say. */
export async function reindexServices(tx: Tx, services: ServiceSeed[]): Promise<void> {
	await tx.delete(searchDocument).where(eq(searchDocument.entityType, 'service'));
	if (!services.length) return;
	const rows = services.flatMap((s) =>
		LOCALES.map((lang) => {
			const title = s.title[lang];
			const body = s.body[lang];
			return {
				entityType: 'service',
				entityId: serviceId(s.slug),
				lang,
				countryIso2: null,
				title,
				body,
				url: `/${lang}${s.path}`,
				norm: normalise(`${title} ${body}`),
				titleNorm: normalise(title)
			};
		})
	);
	await tx.insert(searchDocument).values(rows);
	await indexWords(
		tx,
		rows.map((r) => r.norm)
	);
}

/** Rows indexed before titles were kept apart get their normalised title (once, at start). */
export async function backfillTitleNorms(db: Db): Promise<void> {
	const rows = await db.select({ id: searchDocument.id, title: searchDocument.title }).from(searchDocument).where(eq(searchDocument.titleNorm, ''));
	for (const r of rows) {
		const titleNorm = normalise(r.title);
		if (titleNorm) await db.update(searchDocument).set({ titleNorm }).where(eq(searchDocument.id, r.id));
	}
}

/**
 * Adds the words of normalised texts to the vocabulary used for typo-tolerant matching. Words with
 * digits stay out: a mistyped number is another number, and tax or licence numbers would swamp it.
 */
export async function indexWords(tx: Tx, norms: string[]): Promise<void> {
	const words = [...new Set(norms.flatMap((n) => n.split(' ')).filter((w) => w.length >= 2 && w.length <= 40 && !/\d/.test(w)))];
	for (let i = 0; i < words.length; i += 5000) {
		await tx
			.insert(searchWord)
			.values(words.slice(i, i + 5000).map((word) => ({ word })))
			.onConflictDoNothing();
	}
}

export interface SearchResult {
	kind: ContentType | 'service';
	title: string;
	url: string;
	snippet: string;
}

function snippetOf(body: string, tokens: string[]): string {
	const words = body.split(/\s+/);
	const at = words.findIndex((w) => tokens.some((t) => normalise(w).includes(t)));
	const start = Math.max(0, at - 12);
	const text = words.slice(start, start + 30).join(' ');
	return `${start > 0 ? '… ' : ''}${text}${start + 30 < words.length ? ' …' : ''}`;
}

/** At most this many matching rows are ranked: bounds the cost of very common words. */
const CANDIDATES = 200;

/**
 * For each query word: itself when it is a known word, else itself and the known words that look
 * most like it — one round trip, trigram KNN on the vocabulary. Trigram similarity misses a swapped or
 * wrong letter in a short word ("патнет" shares too few trigrams with "патент"), so the nearest words
 * are also kept when they are one edit away (two for long words), a swap of neighbours counting as one.
 */
export async function similarWords(db: Db, tokens: string[]): Promise<string[][]> {
	const rows = await db.execute<{ t: string; known: boolean; similar: string[]; near: string[] }>(sql`
		select t,
			exists (select 1 from ${searchWord} where word = t) as known,
			array(select word from ${searchWord} where word % t order by word <-> t limit 4) as similar,
			array(select word from ${searchWord} order by word <-> t limit 12) as near
		from unnest(${`{${tokens.join(',')}}`}::text[]) as t`);
	const byToken = new Map(
		rows.rows.map(({ t, known, similar, near }) => [t, known ? [t] : [...new Set([t, ...similar, ...near.filter((w) => withinTypos(t, w))])]])
	);
	return tokens.map((t) => byToken.get(t) ?? [t]);
}

async function alternativesFor(db: Db, tokens: string[]): Promise<string[]> {
	const similar = await similarWords(db, tokens);
	return similar.map((words, i) => {
		const t = tokens[i];
		if (t.length >= 5) words.push(`${t}:*`); // inflected forms: pasport → pasporta, pasportu
		if (t.length >= 7) words.push(`${t.slice(0, -2)}:*`); // and other endings: dogovor → dogovora, proverit → proverka
		return [...new Set(words)].join(' | ');
	});
}

/**
 * Forgiving search across every language at once; a document whose title matches ranks first. Query and documents share one script-neutral form
 * (normalise.ts), so Cyrillic, Latin-typed Russian/Kyrgyz and English meet. An unknown query word is
 * widened to indexed words that look like it (pg_trgm on the vocabulary); long words also match as a
 * prefix. Documents must match every word (or, failing that, any), ranked by full-text rank.
 */
export async function search(db: Db, query: string, lang: Locale, limit = 20): Promise<SearchResult[]> {
	const tokens = queryTokens(query);
	if (!tokens.length) return [];
	const alternatives = await alternativesFor(db, tokens);
	const run = async (joiner: string) =>
		db.execute<{ entity_type: ContentType; entity_id: string; score: number }>(sql`
			select entity_type, entity_id, max(ts_rank(tsv, q) + case when to_tsvector('simple', title_norm) @@ q then 1 else 0 end) as score
			from (
				select ${searchDocument.entityType} as entity_type, ${searchDocument.entityId} as entity_id, ${searchDocument.tsv} as tsv,
					${searchDocument.titleNorm} as title_norm, q
				from ${searchDocument}, to_tsquery('simple', ${alternatives.map((a) => `(${a})`).join(joiner)}) q
				where ${searchDocument.tsv} @@ q
				limit ${CANDIDATES}
			) candidates
			group by 1, 2
			order by score desc
			limit ${limit}`);
	let ranked = await run(' & ');
	if (!ranked.rows.length && tokens.length > 1) ranked = await run(' | ');
	if (!ranked.rows.length) return [];
	const ids = ranked.rows.map((r) => r.entity_id);
	const rows = await db.select().from(searchDocument).where(inArray(searchDocument.entityId, ids));
	return ranked.rows.map((r) => {
		const forEntity = rows.filter((row) => row.entityId === r.entity_id);
		const shown = forEntity.find((row) => row.lang === lang) ?? forEntity[0];
		return { kind: r.entity_type, title: shown.title, url: shown.url, snippet: snippetOf(shown.body, tokens) };
	});
}
