import { expect } from 'vitest';
import { AppError } from '../../src/lib/server/errors';

/**
 * The isolation pattern every capability reuses: a call made by a user of organisation X on a record
 * of organisation Y must fail with not_found (reads: nothing leaks, not even existence) or forbidden,
 * and must change nothing (the caller checks state before and after).
 */
export async function expectDenied(call: () => Promise<unknown>) {
	let caught: unknown;
	try {
		await call();
	} catch (error) {
		caught = error;
	}
	expect(caught, 'the call should have been refused').toBeInstanceOf(AppError);
	expect(['not_found', 'forbidden', 'unauthenticated']).toContain((caught as AppError).code);
}
