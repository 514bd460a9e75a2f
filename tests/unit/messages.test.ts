import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/lib/i18n';
import { ORG_KINDS, ROLES } from '../../src/lib/server/access/roles';

// One catalogue per locale, split by area: messages/{locale}.json and messages/<area>/{locale}.json
// (the paths project.inlang/settings.json lists). A key may live in one file only.
const settings = JSON.parse(readFileSync('project.inlang/settings.json', 'utf8'));
const patterns: string[] = [settings['plugin.inlang.messageFormat'].pathPattern].flat();
const load = (locale: string) => {
	const merged: Record<string, string> = {};
	for (const pattern of patterns) {
		const { $schema: _schema, ...messages } = JSON.parse(readFileSync(pattern.replace('{locale}', locale), 'utf8'));
		for (const key of Object.keys(messages)) expect(merged[key], `${key} is in two files`).toBeUndefined();
		Object.assign(merged, messages);
	}
	return merged;
};
const catalogs = Object.fromEntries(LOCALES.map((l) => [l, load(l)]));
/** A message's text: plain, or every variant of a message with plural forms. */
const text = (value: unknown): string => (typeof value === 'string' ? value : JSON.stringify(value ?? ''));
const allKeys = new Set(LOCALES.flatMap((l) => Object.keys(catalogs[l])));

function sources(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const full = path.join(dir, name);
		if (name === 'paraglide') return [];
		if (statSync(full).isDirectory()) return sources(full);
		return /\.(ts|svelte)$/.test(name) && !name.endsWith('.test.ts') ? [full] : [];
	});
}

describe('UI strings', () => {
	it.each(LOCALES)('%s has every key, none empty', (locale) => {
		const missing = [...allKeys].filter((k) => !text(catalogs[locale][k]).trim());
		expect(missing).toEqual([]);
	});

	it('keeps the same placeholders in every language', () => {
		const placeholders = (s: unknown) => [...new Set([...text(s).matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort().join(',');
		for (const key of allKeys) {
			const expected = placeholders(catalogs.en[key]);
			for (const locale of LOCALES) expect(`${key}:${placeholders(catalogs[locale][key])}`).toBe(`${key}:${expected}`);
		}
	});

	it('names every role and organisation kind', () => {
		for (const role of ROLES) expect(allKeys.has(`role_${role}`), `role_${role}`).toBe(true);
		for (const kind of ORG_KINDS) expect(allKeys.has(`kind_${kind}`), `kind_${kind}`).toBe(true);
	});

	it('has every message key the code refers to', () => {
		const used = new Set<string>();
		for (const file of sources('src')) {
			const text = readFileSync(file, 'utf8');
			for (const match of text.matchAll(/\bm\.([a-z0-9_]+)\(/g)) used.add(match[1]);
			for (const match of text.matchAll(/['"`](error_[a-z0-9_]+)['"`]/g)) used.add(match[1]);
		}
		expect([...used].filter((k) => !allKeys.has(k))).toEqual([]);
	});
});
