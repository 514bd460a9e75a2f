import { defineConfig } from 'vitest/config';

// Unit tests sit beside the code (*.test.ts); database tests (*.db.test.ts) run against a real,
// migrated PostgreSQL: embedded by default, or TEST_DATABASE_URL / DATABASE_URL when given.
export default defineConfig({
	test: {
		projects: [
			{
				test: {
					name: 'unit',
					include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
					exclude: ['src/**/*.db.test.ts'],
					environment: 'node',
					// content-file tests read hundreds of files; a loaded machine can take seconds (no timed assertions)
					testTimeout: 30_000
				}
			},
			{
				test: {
					name: 'db',
					include: ['src/**/*.db.test.ts'],
					environment: 'node',
					globalSetup: ['tests/setup/db-global.ts'],
					setupFiles: ['tests/setup/db-env.ts'],
					fileParallelism: false,
					// Generous: password hashing and loopback servers on a shared two-core machine (no timed assertions).
					testTimeout: 120_000,
					hookTimeout: 60_000
				}
			}
		]
	}
});
