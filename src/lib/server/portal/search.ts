import { and, eq, inArray, sql } from 'drizzle-orm';
import { LOCALES, pick, type Locale, type Translated } from '#lib/i18n';
import { markdownToText } from '#lib/markdown';
import { m } from '#lib/paraglide/messages.js';
import type { Db, Tx } from '../db/client';
import { country } from '../reference/reference.table';
import { normalise, queryTokens } from './normalise';
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
			body[l] = [pick(e.services, l).text, pick(e.city, l).text, pick(row.countryName, l).text, pick(e.address, l).text]
				.filter(Boolean)
				.join(' · ');
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
		return { entityType: type, entityId: id, lang, countryIso2: doc.countryIso2, title, body, url: doc.url(lang), norm: normalise(`${title} ${body}`) };
	});
	await tx.insert(searchDocument).values(rows);
	await indexWords(tx, rows.map((r) => r.norm));
}

/**
 * Adds the words of normalised texts to the vocabulary used for typo-tolerant matching. Words with
 * digits stay out: a mistyped number is another number, and tax or licence numbers would swamp it.
 */
export async function indexWords(tx: Tx, norms: string[]): Promise<void> {
	const words = [...new Set(norms.flatMap((n) => n.split(' ')).filter((w) => w.length >= 2 && w.length <= 40 && !/\d/.test(w)))];
	for (let i = 0; i < words.length; i += 5000) {
		await tx.insert(searchWord).values(words.slice(i, i + 5000).map((word) => ({ word }))).onConflictDoNothing();
	}
}

export interface SearchResult {
	kind: ContentType;
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
 * most like it (typos, other spellings) — one round trip, trigram KNN on the vocabulary.
 */
export async function similarWords(db: Db, tokens: string[]): Promise<string[][]> {
	const rows = await db.execute<{ t: string; known: boolean; similar: string[] }>(sql`
		select t,
			exists (select 1 from ${searchWord} where word = t) as known,
			array(select word from ${searchWord} where word % t order by word <-> t limit 4) as similar
		from unnest(${`{${tokens.join(',')}}`}::text[]) as t`);
	const byToken = new Map(rows.rows.map(({ t, known, similar }) => [t, known ? [t] : [t, ...similar]]));
	return tokens.map((t) => byToken.get(t) ?? [t]);
}

async function alternativesFor(db: Db, tokens: string[]): Promise<string[]> {
	const similar = await similarWords(db, tokens);
	return similar.map((words, i) => {
		const t = tokens[i];
		if (t.length >= 5) words.push(`${t}:*`); // inflected forms: pasport → pasporta, pasportu
		return [...new Set(words)].join(' | ');
	});
}

/**
 * Forgiving search across every language at once. Query and documents share one script-neutral form
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
			select entity_type, entity_id, max(ts_rank(tsv, q)) as score
			from (
				select ${searchDocument.entityType} as entity_type, ${searchDocument.entityId} as entity_id, ${searchDocument.tsv} as tsv, q
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
