import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { csvStream, safeText, toCsv, toXlsx, xlsxToStream, type Table } from './tabular';

const dangerous = ['=HYPERLINK("http://x","y")', '+1+2', '-2+3', '@SUM(A1)', '\t=1', '\r=1'];
const table: Table = {
	columns: [
		{ key: 'name', header: 'Аты' },
		{ key: 'n', header: 'n' }
	],
	rows: [...dangerous.map((d) => [d, -5] as [string, number]), ['Ырыс, "Бишкек"', 3]]
};

describe('tabular files escape formulas', () => {
	it('prefixes text that a spreadsheet would read as a formula, and leaves numbers alone', () => {
		for (const d of dangerous) expect(safeText(d)).toBe(`'${d}`);
		expect(safeText('Бишкек')).toBe('Бишкек');
		expect(safeText('')).toBe('');
	});

	it('CSV: every text cell is safe, quoting and UTF-8 are right', () => {
		const csv = toCsv(table);
		expect(csv.startsWith('\uFEFF')).toBe(true);
		const rows = parse(csv.slice(1)) as string[][];
		expect(rows[0]).toEqual(['Аты', 'n']);
		for (const [text] of rows.slice(1)) expect(text).not.toMatch(/^[=+\-@\t\r]/);
		expect(rows.at(-1)).toEqual(['Ырыс, "Бишкек"', '3']);
		expect(rows[1][1]).toBe('-5');
	});

	it('streamed CSV equals the whole-file CSV', async () => {
		const chunks: Buffer[] = [];
		for await (const chunk of csvStream(table.columns, table.rows)) chunks.push(Buffer.from(chunk));
		expect(Buffer.concat(chunks).toString('utf8')).toBe(toCsv(table));
	});

	it('XLSX: text cells are escaped, numbers stay numbers; streamed XLSX reads back the same', async () => {
		const check = async (buffer: Buffer) => {
			const book = new ExcelJS.Workbook();
			await book.xlsx.load(buffer as never);
			const sheet = book.worksheets[0];
			expect(sheet.getCell('A1').value).toBe('Аты');
			for (let r = 2; r <= dangerous.length + 1; r++) {
				// XML turns \r into \n; what matters is the leading apostrophe.
				expect(String(sheet.getCell(`A${r}`).value).startsWith("'")).toBe(true);
				expect(sheet.getCell(`B${r}`).value).toBe(-5);
				expect(sheet.getCell(`A${r}`).formula).toBeUndefined();
			}
		};
		await check(await toXlsx([{ name: 'data', table }]));
		const parts: Buffer[] = [];
		const sink = new Writable({ write: (chunk, _e, done) => (parts.push(Buffer.from(chunk)), done()) });
		await xlsxToStream(sink, 'data', table.columns, table.rows);
		await check(Buffer.concat(parts));
	});
});
