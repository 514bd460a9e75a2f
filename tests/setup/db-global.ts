import type { TestProject } from 'vitest/node';
import pg from 'pg';
import { startEmbedded, type Embedded } from '../../src/lib/server/db/embedded';

let embedded: Embedded | undefined;

/** A fresh, migrated database for the db test project. */
export async function setup(project: TestProject) {
	let url = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
	if (!url) {
		embedded = await startEmbedded('.data/test-postgres', 'sapar_test', 5434);
		url = embedded.url;
	}
	// Start from nothing: drop what an earlier run left behind.
	const client = new pg.Client({ connectionString: url });
	await client.connect();
	await client.query(
		'drop schema if exists public cascade; drop schema if exists drizzle cascade; drop schema if exists pgboss cascade; create schema public;'
	);
	await client.end();
	process.env.DATABASE_URL = url;
	process.env.SAPAR_MODE = 'test';
	const { getDb, closeDb } = await import('../../src/lib/server/db/client');
	const { prepareDatabase } = await import('../../src/lib/server/db/setup');
	await prepareDatabase(getDb(), { demo: false });
	await closeDb();
	project.provide('databaseUrl', url);
}

export async function teardown() {
	await embedded?.stop();
}

declare module 'vitest' {
	export interface ProvidedContext {
		databaseUrl: string;
	}
}
