import { afterAll, inject } from 'vitest';

process.env.DATABASE_URL = inject('databaseUrl');
process.env.SAPAR_MODE = 'test';
process.env.LOG_LEVEL ??= 'warn';

afterAll(async () => {
	const { stopQueue } = await import('../../src/lib/server/jobs/queue');
	const { closeDb } = await import('../../src/lib/server/db/client');
	await stopQueue();
	await closeDb();
});
