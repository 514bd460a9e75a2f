import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Issue 15, finding 10: every CSV/XLSX file Sapar writes goes through tabular/ (formula escaping). */
function sources(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return sources(path);
		return /\.(ts|js|svelte)$/.test(name) && !/\.test\.ts$/.test(name) ? [path] : [];
	});
}

describe('spreadsheet files are written only by tabular/', () => {
	it('no other module writes CSV or XLSX itself', () => {
		const offenders = sources('src')
			.filter((path) => !path.startsWith(join('src', 'lib', 'server', 'tabular')))
			.filter((path) => {
				const text = readFileSync(path, 'utf8');
				// Writers: csv-stringify, or exceljs used for anything but reading (imports/reader.ts reads).
				return /from ['"]csv-stringify/.test(text) || (/from ['"]exceljs['"]/.test(text) && /\.(writeBuffer|WorkbookWriter|addWorksheet)\b/.test(text));
			});
		expect(offenders).toEqual([]);
	});
});
