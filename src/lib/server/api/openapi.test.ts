import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createConfig, lintFromString } from '@redocly/openapi-core';
import { describe, expect, it } from 'vitest';
import { openApiDocument } from './openapi';

/** Every /api/v1 endpoint under src/routes, as `METHOD /path/{param}`. */
function routes(dir = 'src/routes/api/v1', base = ''): string[] {
	const found: string[] = [];
	for (const name of readdirSync(dir)) {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) {
			found.push(...routes(path, `${base}/${name.replace(/^\[(.+)\]$/, '{$1}')}`));
			continue;
		}
		if (name !== '+server.ts') continue;
		const source = readFileSync(path, 'utf8');
		for (const m of source.matchAll(/export const (GET|POST|PUT|PATCH|DELETE)\b/g)) found.push(`${m[1].toLowerCase()} ${base}`);
	}
	return found;
}

describe('the OpenAPI document', () => {
	const doc = openApiDocument('http://127.0.0.1:4173');

	it('lints with no error and no warning (Redocly, recommended rules)', async () => {
		const config = await createConfig({ extends: ['recommended'] });
		const problems = await lintFromString({ source: JSON.stringify(doc), absoluteRef: 'openapi.json', config });
		const report = problems.map((p) => `${p.severity} ${p.ruleId}: ${p.message} at ${p.location?.[0]?.pointer}`);
		console.log(
			JSON.stringify({
				openapi_lint: { errors: problems.filter((p) => p.severity === 'error').length, warnings: problems.filter((p) => p.severity === 'warn').length }
			})
		);
		expect(report).toEqual([]);
	}, 60_000);

	it('covers every /api/v1 endpoint, and only those', () => {
		const documented = Object.entries(doc.paths ?? {}).flatMap(([path, item]) =>
			Object.keys(item ?? {})
				.filter((k) => ['get', 'post', 'put', 'patch', 'delete'].includes(k))
				.map((method) => `${method} ${path}`)
		);
		// The case actions share one route file, `cases/{id}/{action}`; each action is its own path.
		const expected = routes().flatMap((r) => (r === 'post /cases/{id}/{action}' ? documented.filter((d) => /^post \/cases\/\{id\}\/[a-z-]+$/.test(d)) : [r]));
		expect(documented.filter((d) => d.startsWith('post /cases/{id}/')).length).toBeGreaterThan(5);
		expect(new Set(documented)).toEqual(new Set(expected));
	});

	it('describes partner keys as bearer tokens, and each operation answers its errors as JSON', () => {
		expect(doc.components?.securitySchemes?.partnerKey).toMatchObject({ type: 'http', scheme: 'bearer' });
		for (const [path, item] of Object.entries(doc.paths ?? {})) {
			for (const [method, operation] of Object.entries(item ?? {})) {
				const responses = (operation as { responses: Record<string, unknown> }).responses;
				expect(Object.keys(responses), `${method} ${path}`).toEqual(expect.arrayContaining(['401', '429', '503']));
			}
		}
	});
});
