import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { activityLabel } from './my-data-labels';

const filesIn = (dir: string, ext: string): string[] =>
	readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? filesIn(join(dir, n), ext) : n.endsWith(ext) ? [join(dir, n)] : []));

describe('what a person reads carries no internals (issue 16)', () => {
	it('labels activity in the reader’s language, never the audit code', () => {
		expect(activityLabel('registration.submit', 'ru')).toBe('Консульский учёт');
		expect(activityLabel('consent.grant', 'ky')).toBe('Макулдук берилди же кайтарылып алынды');
		expect(activityLabel('auth.sign_in', 'en')).toBe('Signing in and out');
		expect(activityLabel('import.commit', 'en')).toBe('Other action');
	});

	it('no message names a seed file ("seed 004"), and demo data does not announce itself as test data', () => {
		for (const file of filesIn('messages', '.json')) expect(readFileSync(file, 'utf8'), file).not.toMatch(/\bseed \d{3}\b/i);
		for (const file of filesIn('src/lib/server', '.demo.ts')) expect(readFileSync(file, 'utf8'), file).not.toMatch(/for development and testing/i);
	});
});
