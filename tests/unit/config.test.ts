import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkConfig, formatProblems, postgresDir } from '../../src/lib/server/config';
import { channelsConfig, phoneSignInAvailable, productionProblems, smppProblems, smppUrlOf, startupProblems } from '../../src/lib/server/channels/config';

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

	describe('SMS in production', () => {
		const channelsOk = { EMAIL: 'off', TELEGRAM: 'off' };
		const smpp = { ...prodOk, ...channelsOk, SMS: 'smpp' };
		const start = (e: NodeJS.ProcessEnv) => checkConfig(e, startupProblems);

		it('refuses a production start that does not say how SMS goes out, naming both ways', () => {
			const problems = start({ ...prodOk, ...channelsOk });
			expect(problems).toHaveLength(1);
			expect(problems[0]).toMatch(
				/^SMS is not configured: .*SMS=smpp .*SMPP_URL=smpp:\/\/system_id:password@host:port.*SMS=off .*phone sign-in is then hidden/
			);
		});

		it('starts with SMS=off, and with a complete SMPP address given either way', () => {
			expect(start({ ...prodOk, ...channelsOk, SMS: 'off' })).toEqual([]);
			expect(start({ ...smpp, SMPP_URL: 'smpp://sapar:s3cret@smsc.operator.kg:2775' })).toEqual([]);
			expect(start({ ...smpp, SMPP_URL: 'ssmpp://sapar:s3cret@smsc.operator.kg:3550' })).toEqual([]);
			expect(start({ ...smpp, SMPP_HOST: 'smsc.operator.kg', SMPP_PORT: '2775', SMPP_SYSTEM_ID: 'sapar', SMPP_PASSWORD: 'p@ss:w/' })).toEqual([]);
		});

		it('names each missing or invalid part of the SMPP configuration', () => {
			expect(start({ ...smpp })).toEqual([expect.stringMatching(/^SMS=smpp needs the SMSC's address and login/)]);
			expect(start({ ...smpp, SMPP_URL: 'smpp://smsc.operator.kg:2775' }).join('\n')).toMatch(/system id is missing[\s\S]*password is missing/);
			expect(start({ ...smpp, SMPP_URL: 'smpp://sapar:secret@smsc.operator.kg' })).toEqual([expect.stringMatching(/port is missing/)]);
			expect(start({ ...smpp, SMPP_URL: 'smpp://sapar:secret@smsc.operator.kg:99999' }).join('\n')).toMatch(/port|not a valid address/);
			expect(start({ ...smpp, SMPP_URL: 'http://sapar:secret@smsc.operator.kg:2775' })).toEqual([expect.stringMatching(/must start with smpp:\/\//)]);
			expect(start({ ...smpp, SMPP_URL: 'not an address' })).toEqual([expect.stringMatching(/not a valid address/)]);
			expect(start({ ...smpp, SMPP_URL: 'smpp://a-system-id-too-long:secret@h:2775' })).toEqual([expect.stringMatching(/system id must be 1 to 15/)]);
			expect(start({ ...smpp, SMPP_URL: 'smpp://sapar:muchtoolongpassword@h:2775' })).toEqual([expect.stringMatching(/password must be 1 to 8/)]);
			expect(start({ ...smpp, SMPP_HOST: 'smsc.operator.kg', SMPP_SYSTEM_ID: 'sapar' }).join('\n')).toMatch(/port is missing[\s\S]*password is missing/);
			expect(start({ ...prodOk, ...channelsOk, SMS: 'sms' })).toEqual([expect.stringMatching(/^SMS must be one of outbox, smpp, off/)]);
			expect(start({ ...prodOk, ...channelsOk, SMS: 'outbox' })).toEqual([expect.stringMatching(/^SMS=outbox only captures messages/)]);
		});

		it('puts the separate variables together with the login escaped', () => {
			const url = smppUrlOf({ SMPP_HOST: 'h', SMPP_PORT: '2775', SMPP_SYSTEM_ID: 'sapar', SMPP_PASSWORD: 'p@ss:w/', SMPP_TLS: 'yes' });
			expect(url).toBe('ssmpp://sapar:p%40ss%3Aw%2F@h:2775');
			expect(smppProblems(url)).toEqual([]);
			expect(smppUrlOf({})).toBe('');
		});

		it('asks nothing of SMS outside production (the development outbox)', () => {
			expect(start({})).toEqual([]);
			expect(channelsConfig({}).sms).toBe('outbox');
			expect(channelsConfig({ SAPAR_MODE: 'production' }).sms).toBe('');
		});

		it('offers phone sign-in only where a code can reach a phone', () => {
			expect(phoneSignInAvailable({ SMS: 'off' })).toBe(false);
			expect(phoneSignInAvailable({ ...smpp, SMS: 'off' })).toBe(false);
			expect(phoneSignInAvailable({})).toBe(true); // development outbox
			expect(phoneSignInAvailable({ ...smpp, SMPP_URL: 'smpp://sapar:secret@h:2775' })).toBe(true);
			expect(phoneSignInAvailable({ SMS: 'nonsense' })).toBe(false);
		});
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
