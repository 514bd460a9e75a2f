import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { parse } from 'yaml';
import type { z } from 'zod';
import { LOCALES } from '#lib/i18n';

/**
 * Content files (docs/decisions/0016-content-files.md): what editors and translators write lives in the
 * top-level `content/` folder, one folder per kind (`content/<kind>/…`), read and checked here.
 *
 * - An item is one YAML file, `<name>.yaml`, anywhere under `content/<kind>/`.
 * - Long text can sit beside it, one Markdown file per language: `<name>.ky.md`, `<name>.ru.md`,
 *   `<name>.en.md` become the item's `body: { ky, ru, en }`, so a translator edits one language in one
 *   file and the review date (in the YAML) sits beside the text it vouches for.
 * - Every item is validated against the kind's zod schema when loaded; a bad file stops the load with
 *   its path and the reason, so a broken edit never reaches a page.
 *
 * The folder is `content/` under the working directory, or `SAPAR_CONTENT_DIR`.
 */

export const contentRoot = () => resolve(process.env.SAPAR_CONTENT_DIR ?? 'content');

export interface ContentFile<T> {
	/** path under `content/<kind>/` without extension, with `/` separators, e.g. `ru/entry` */
	path: string;
	data: T;
}

export class ContentFileError extends Error {
	constructor(
		readonly file: string,
		readonly reason: string
	) {
		super(`${file}: ${reason}`);
		this.name = 'ContentFileError';
	}
}

function walk(dir: string): string[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir, { withFileTypes: true })
		.sort((a, b) => a.name.localeCompare(b.name))
		.flatMap((entry) => (entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)]));
}

const MD = new RegExp(`^(.*)\\.(${LOCALES.join('|')})\\.md$`);

/** The raw items of one kind (YAML merged with its Markdown bodies), not yet validated. */
export function readContentFiles(kind: string, root = contentRoot()): ContentFile<Record<string, unknown>>[] {
	if (!/^[a-z][a-z0-9-]*$/.test(kind)) throw new Error(`bad content kind: ${kind}`);
	const base = join(root, kind);
	const files = walk(base);
	const items = new Map<string, Record<string, unknown>>();
	const bodies = new Map<string, Record<string, string>>();
	for (const file of files) {
		const rel = relative(base, file).split(sep).join('/');
		const where = `content/${kind}/${rel}`;
		if (rel.endsWith('.yaml')) {
			let data: unknown;
			try {
				data = parse(readFileSync(file, 'utf8'), { uniqueKeys: true, prettyErrors: true });
			} catch (error) {
				throw new ContentFileError(where, (error as Error).message.split('\n')[0]);
			}
			if (!data || typeof data !== 'object' || Array.isArray(data)) throw new ContentFileError(where, 'expected a mapping of fields');
			items.set(rel.slice(0, -'.yaml'.length), data as Record<string, unknown>);
		} else if (MD.test(rel)) {
			const [, name, lang] = rel.match(MD)!;
			const text = readFileSync(file, 'utf8').replace(/\r\n?/g, '\n').trim();
			bodies.set(name, { ...bodies.get(name), [lang]: text });
		} else if (!/(^|\/)README\.md$/.test(rel)) {
			throw new ContentFileError(where, 'unexpected file (an item is <name>.yaml, its text <name>.<ky|ru|en>.md)');
		}
	}
	for (const [name, body] of bodies) {
		const item = items.get(name);
		if (!item) throw new ContentFileError(`content/${kind}/${name}.*.md`, `text without its ${name}.yaml`);
		if ('body' in item) throw new ContentFileError(`content/${kind}/${name}.yaml`, 'body is given both in the YAML and in Markdown files');
		item.body = body;
	}
	return [...items].map(([path, data]) => ({ path, data }));
}

/** Validates one item against `schema`; a failure names the file, the field and the reason. */
export function parseContentItem<S extends z.ZodType>(kind: string, path: string, schema: S, data: unknown): z.output<S> {
	const parsed = schema.safeParse(data);
	if (!parsed.success) {
		const issue = parsed.error.issues[0];
		throw new ContentFileError(`content/${kind}/${path}.yaml`, `${issue.path.join('.') || '(item)'}: ${issue.message}`);
	}
	return parsed.data;
}

/** Every item of one kind, each validated against `schema`. Throws ContentFileError on the first bad item. */
export function loadContent<S extends z.ZodType>(kind: string, schema: S, root = contentRoot()): ContentFile<z.output<S>>[] {
	return readContentFiles(kind, root).map(({ path, data }) => ({ path, data: parseContentItem(kind, path, schema, data) }));
}
