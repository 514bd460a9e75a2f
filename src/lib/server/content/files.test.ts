import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ContentFileError, loadContent, readContentFiles } from './files';

let root: string;
const write = (path: string, text: string) => {
	mkdirSync(dirname(join(root, path)), { recursive: true });
	writeFileSync(join(root, path), text);
};
const schema = z.strictObject({ slug: z.string(), reviewedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), body: z.record(z.string(), z.string()).optional() });

describe('content files', () => {
	afterEach(() => rmSync(root, { recursive: true, force: true }));
	const fresh = () => (root = mkdtempSync(join(tmpdir(), 'sapar-content-')));

	it('reads YAML items and merges the Markdown text of each language as body', () => {
		fresh();
		write('notes/a/one.yaml', 'slug: one\nreviewedOn: 2026-11-01\n');
		write('notes/a/one.ky.md', 'Кыргызча текст\n');
		write('notes/a/one.ru.md', 'Русский текст\r\n');
		write('notes/two.yaml', 'slug: two\nreviewedOn: 2026-11-02\n');
		write('notes/README.md', 'for editors');
		const items = loadContent('notes', schema, root);
		expect(items.map((i) => i.path)).toEqual(['a/one', 'two']);
		expect(items[0].data.body).toEqual({ ky: 'Кыргызча текст', ru: 'Русский текст' });
		// dates stay text (YAML 1.2 core schema: no timestamps)
		expect(items[1].data.reviewedOn).toBe('2026-11-02');
	});

	it('an unknown kind folder is empty, not an error', () => {
		fresh();
		expect(readContentFiles('nothing-here', root)).toEqual([]);
	});

	it('names the file and the field when an item is invalid', () => {
		fresh();
		write('notes/bad.yaml', 'slug: bad\nreviewedOn: 1 Nov 2026\n');
		expect(() => loadContent('notes', schema, root)).toThrow(/content\/notes\/bad\.yaml: reviewedOn:/);
	});

	it('refuses broken YAML, duplicate keys, stray files, orphan text and unknown fields', () => {
		const cases: [string, string, RegExp][] = [
			['notes/x.yaml', 'slug: [unclosed\n', /content\/notes\/x\.yaml/],
			['notes/x.yaml', 'slug: a\nslug: b\nreviewedOn: 2026-01-01\n', /x\.yaml/],
			['notes/x.txt', 'hello', /unexpected file/],
			['notes/x.ky.md', 'text', /text without its x\.yaml/],
			['notes/x.yaml', 'slug: x\nreviewedOn: 2026-01-01\nextra: 1\n', /x\.yaml: \(item\)|extra/],
			['notes/x.yaml', '- a list\n', /expected a mapping/]
		];
		for (const [path, text, message] of cases) {
			fresh();
			write(path, text);
			expect(() => loadContent('notes', schema, root), path + ': ' + text).toThrow(ContentFileError);
			expect(() => loadContent('notes', schema, root)).toThrow(message);
			rmSync(root, { recursive: true, force: true });
		}
		fresh();
	});

	it('refuses a kind name that could leave the folder', () => {
		fresh();
		expect(() => readContentFiles('../etc', root)).toThrow(/bad content kind/);
	});
});
