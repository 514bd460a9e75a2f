import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkConfig, formatProblems, postgresDir } from '../../src/lib/server/config';
import { channelsConfig, productionProblems } from '../../src/lib/server/channels/config';

const key = Buffer.alloc(32, 7).toString('base64');
const prodOk = {
	SAPAR_MODE: 'production',
	DATABASE_URL: 'postgres://sapar:x@db.internal:5432/sapar',
	AUTH_SECRET: 'a'.repeat(40),
	ORIGIN: 'https://sapar.example.kg',
	SAPAR_CASE_KEY: `k1:${key}`,
	SAPAR_INDEX_KEY: key
};

describe('configuration checked at start', () => {
	it('accepts development with nothing set', () => {
		expect(checkConfig({})).toEqual([]);
	});

	it('accepts a complete production configuration', () => {
		expect(checkConfig(prodOk)).toEqual([]);
	});

	it('refuses the embedded database in production unless allowed explicitly', () => {
		const { DATABASE_URL: _, ...rest } = prodOk;
		expect(checkConfig(rest).join('\n')).toMatch(/DATABASE_URL is not set.*SAPAR_ALLOW_EMBEDDED_DB=yes/);
		expect(checkConfig({ ...rest, SAPAR_ALLOW_EMBEDDED_DB: 'yes' })).toEqual([]);
	});

	it('refuses missing keys and secrets in production, naming each', () => {
		const problems = checkConfig({ SAPAR_MODE: 'production', DATABASE_URL: prodOk.DATABASE_URL });
		expect(problems.join('\n')).toMatch(/AUTH_SECRET is not set/);
		expect(problems.join('\n')).toMatch(/ORIGIN is not set/);
		expect(problems.join('\n')).toMatch(/SAPAR_CASE_KEY or SAPAR_CASE_KEY_FILE is not set/);
		expect(problems.join('\n')).toMatch(/SAPAR_INDEX_KEY or SAPAR_INDEX_KEY_FILE is not set/);
		expect(checkConfig({ ...prodOk, SAPAR_CASE_KEY: undefined, SAPAR_CASE_KEY_FILE: '/nonexistent/keys.json' }).join('\n')).toMatch(/does not exist/);
	});

	it('explains malformed values in English', () => {
		const problems = checkConfig({ SAPAR_MODE: 'prod', PORT: 'eighty', DATABASE_URL: 'mysql://x', AUTH_SECRET: 'short', SAPAR_CASE_KEY: 'nokey' });
		expect(problems).toEqual(
			expect.arrayContaining([
				'SAPAR_MODE: must be production, development or test.',
				'PORT: must be a port number, e.g. 3000.',
				expect.stringMatching(/^DATABASE_URL: must be a PostgreSQL address/),
				expect.stringMatching(/^AUTH_SECRET: must be at least 32 characters/),
				expect.stringMatching(/^SAPAR_CASE_KEY: must be id:base64key/)
			])
		);
		expect(formatProblems(problems)).toMatch(/^Sapar cannot start; the configuration has 5 problems:/);
	});

	it('includes the channels layer’s production rules (no outbox in production)', () => {
		const problems = checkConfig({ ...prodOk, SMS: 'outbox' }, (e) => productionProblems(channelsConfig(e)));
		expect(problems.join('\n')).toMatch(/SMS=outbox only captures messages/);
	});

	it('keeps every piece of state under SAPAR_DATA_DIR', () => {
		const dir = mkdtempSync(join(tmpdir(), 'sapar-data-'));
		expect(postgresDir({ SAPAR_DATA_DIR: dir })).toBe(join(dir, 'postgres'));
		writeFileSync(join(dir, 'PG_VERSION'), '18'); // the older layout: the cluster itself
		expect(postgresDir({ SAPAR_DATA_DIR: dir })).toBe(dir);
	});

	it('npm start refuses to start a production without settings, before touching anything', () => {
		const run = spawnSync('node_modules/.bin/tsx', ['scripts/start.ts'], {
			env: { PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: 'production', SMS: 'outbox' },
			encoding: 'utf8',
			timeout: 60_000
		});
		expect(run.status).toBe(1);
		expect(run.stderr).toMatch(/Sapar cannot start/);
		expect(run.stderr).toMatch(/DATABASE_URL is not set/);
		expect(run.stderr).toMatch(/SMS=outbox only captures messages/);
	}, 60_000);
});
