import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { untranslated } from '../support/english';

/**
 * One language per page (issue 16): every Kyrgyz and Russian text Sapar shows — the interface messages
 * and the content files — carries no English beyond names and abbreviations, unless the passage is
 * marked with its language ([words]{lang=de}). The browser test (tests/e2e/fresh-node.spec.ts) checks
 * the rendered pages for what the components add.
 */
function files(dir: string, test: (name: string) => boolean): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? files(path, test) : test(name) ? [path] : [];
	});
}

// Fields that are not reading text: postal addresses (written as the post office reads them), source
// titles (rendered with their lang), addresses on the web, identifiers.
const NOT_TEXT = new Set(['address', 'source', 'sources', 'url', 'urls', 'slug', 'website', 'email']);

function collect(value: unknown, lang: string | null, out: string[], key = ''): void {
	if (NOT_TEXT.has(key)) return;
	if (typeof value === 'string') {
		if (lang === 'ky' || lang === 'ru') out.push(value);
	} else if (Array.isArray(value)) for (const v of value) collect(v, lang, out, key);
	else if (value && typeof value === 'object')
		for (const [k, v] of Object.entries(value)) collect(v, ['ky', 'ru', 'en'].includes(k) ? k : lang, out, ['ky', 'ru', 'en'].includes(k) ? key : k);
}

/** Messages that show what a person types, in Latin on purpose: placeholders, addresses, the codes an administrator searches the audit log by. */
const TYPED_EXAMPLES = new Set([
	'error_alert_placeholder',
	'alert_body_hint',
	'course_slug_hint',
	'org_slug_hint',
	'audit_entity_type_hint',
	'audit_action_hint'
]);

describe('one language per page', () => {
	it('the Kyrgyz and Russian interface messages', () => {
		const wrong: string[] = [];
		for (const file of files('messages', (n) => n === 'ky.json' || n === 'ru.json')) {
			for (const [key, text] of Object.entries(JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>)) {
				if (typeof text !== 'string' || TYPED_EXAMPLES.has(key)) continue;
				const words = untranslated(text);
				if (words.length) wrong.push(`${file} ${key}: ${words.join(' ')}`);
			}
		}
		expect(wrong).toEqual([]);
	});

	it('the Kyrgyz and Russian content files', () => {
		const wrong: string[] = [];
		for (const file of files('content', (n) => /\.(ky|ru)\.md$/.test(n) || /\.ya?ml$/.test(n))) {
			const source = readFileSync(file, 'utf8');
			const texts: string[] = [];
			if (file.endsWith('.md')) {
				const [, front, body] = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(source) ?? [null, '', source];
				const meta = (parse(front) ?? {}) as Record<string, unknown>;
				texts.push(body, ...['title', 'summary', 'description'].map((k) => meta[k]).filter((v): v is string => typeof v === 'string'));
			} else collect(parse(source), null, texts);
			const words = texts.flatMap(untranslated);
			if (words.length) wrong.push(`${file}: ${[...new Set(words)].join(' ')}`);
		}
		expect(wrong).toEqual([]);
	});
});
