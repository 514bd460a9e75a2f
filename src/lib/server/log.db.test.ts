import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { apiHandler } from './api/api';
import { getDb } from './db/client';
import { errorSummary, log } from './log';
import { organisation } from './org/org.table';

// Finding 2: a failed database write must not put the values it carried into the log.
const NAME = 'Айгүл Токтогулова';
const PHONE = '+996700123456';
const NARRATIVE = 'Паспортумду алып коюшту, Москвада камалып турам';

const captured: string[] = [];
const original = { out: process.stdout.write.bind(process.stdout), err: process.stderr.write.bind(process.stderr) };
function capture() {
	captured.length = 0;
	process.stdout.write = ((chunk: string) => (captured.push(String(chunk)), true)) as typeof process.stdout.write;
	process.stderr.write = ((chunk: string) => (captured.push(String(chunk)), true)) as typeof process.stderr.write;
}
afterEach(() => {
	process.stdout.write = original.out;
	process.stderr.write = original.err;
});

const failingWrites: Record<string, () => Promise<unknown>> = {
	'NUL byte in a text field': async () =>
		getDb()
			.insert(organisation)
			.values({ slug: `log-${PHONE}\u0000${Date.now()}`, kind: 'ngo', name: { ky: NAME }, city: { ky: NARRATIVE }, countryIso2: 'KG' }),
	'value quoted by PostgreSQL': async () =>
		getDb()
			.select()
			.from(organisation)
			.where(eq(organisation.id, `${PHONE} ${NAME}`)),
	'unique violation (detail carries the key)': async () => {
		const slug = `log-dup-${PHONE.slice(1)}-${Date.now()}`;
		await getDb()
			.insert(organisation)
			.values({ slug, kind: 'ngo', name: { ky: NAME }, countryIso2: 'KG' });
		await getDb()
			.insert(organisation)
			.values({ slug, kind: 'ngo', name: { ky: NAME }, countryIso2: 'KG' });
	}
};

describe('database errors in the log', () => {
	for (const [label, write] of Object.entries(failingWrites)) {
		it(`keeps no personal values: ${label}`, async () => {
			const error = await Promise.resolve()
				.then(write)
				.then(
					() => null,
					(e: unknown) => e
				);
			expect(error, 'the write must fail').toBeInstanceOf(Error);
			capture();
			// The two places an unexpected error is logged: the API wrapper and the error hook (log.error).
			const res = await apiHandler(async () => {
				throw error;
			})({ url: new URL('http://x/api') });
			log.error('unhandled error', { id: 'x', error: error as Error, nested: { error } });
			const summary = errorSummary(error);
			process.stdout.write = original.out;
			process.stderr.write = original.err;
			expect(res.status).toBe(500);
			const text = captured.join('') + summary;
			expect(captured.length).toBeGreaterThan(0);
			for (const value of [NAME, PHONE, PHONE.slice(1), NARRATIVE, 'Токтогулова']) expect(text).not.toContain(value);
			// Still useful: which statement failed and why.
			expect(text).toMatch(/Failed query|invalid input|duplicate key/);
		});
	}
});
