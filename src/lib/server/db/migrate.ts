import { readFileSync } from 'node:fs';
import path from 'node:path';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import { sql } from 'drizzle-orm';
import type { Db } from './client';

export const MIGRATIONS_FOLDER = path.resolve(process.env.SAPAR_MIGRATIONS ?? 'drizzle');

export async function runMigrations(db: Db): Promise<void> {
	await migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
}

function expectedMigrations(): number {
	const journal = JSON.parse(readFileSync(path.join(MIGRATIONS_FOLDER, 'meta/_journal.json'), 'utf8'));
	return journal.entries.length;
}

/** True when every migration in the journal has been applied. */
export async function migrationsApplied(db: Db): Promise<boolean> {
	const result = await db.execute<{ n: number }>(sql`select count(*)::int as n from drizzle.__drizzle_migrations`);
	return (result.rows[0]?.n ?? 0) >= expectedMigrations();
}
