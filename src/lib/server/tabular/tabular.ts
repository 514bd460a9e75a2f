/**
 * Every CSV and XLSX file Sapar writes goes through here (docs/decisions/0015-tabular-files-and-jobs.md):
 * one column model, formula-injection escaping, and an HTTP response with safe headers.
 */
import { PassThrough, Readable } from 'node:stream';
import { stringify } from 'csv-stringify';
import { stringify as stringifySync } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';

export type Cell = string | number | boolean | Date | null | undefined;
export interface Column {
	key: string;
	/** The header shown in the file (already in the reader's language). */
	header: string;
	/** Column width in characters for XLSX (optional). */
	width?: number;
}
export interface Table {
	columns: Column[];
	rows: Iterable<Cell[]>;
}
export type TabularFormat = 'csv' | 'xlsx';
export const TABULAR_FORMATS: readonly TabularFormat[] = ['csv', 'xlsx'];

/**
 * A text cell that a spreadsheet could read as a formula (= + - @, and tab / carriage return that some
 * programs strip first) is prefixed with an apostrophe, as OWASP recommends. Numbers stay numbers.
 */
export function safeText(value: string): string {
	return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function csvValue(value: Cell): string {
	if (value === null || value === undefined) return '';
	if (value instanceof Date) return value.toISOString();
	if (typeof value === 'number' || typeof value === 'boolean') return String(value);
	return safeText(value);
}

function xlsxValue(value: Cell): string | number | boolean | Date | null {
	if (value === null || value === undefined) return null;
	if (typeof value === 'string') return safeText(value);
	return value;
}

/** CSV as a string, with a byte-order mark so spreadsheet programs read UTF-8. */
export function toCsv(table: Table): string {
	const rows = [table.columns.map((c) => safeText(c.header)), ...[...table.rows].map((r) => r.map(csvValue))];
	return '\uFEFF' + stringifySync(rows);
}

/** CSV streamed row by row (large datasets); rows may be an async iterable. */
export function csvStream(columns: Column[], rows: Iterable<Cell[]> | AsyncIterable<Cell[]>): Readable {
	const out = stringify();
	const body = new PassThrough();
	body.write('\uFEFF');
	out.pipe(body);
	void (async () => {
		try {
			out.write(columns.map((c) => safeText(c.header)));
			for await (const row of rows as AsyncIterable<Cell[]>) {
				if (!out.write(row.map(csvValue))) await new Promise((r) => out.once('drain', r));
			}
			out.end();
		} catch (error) {
			body.destroy(error as Error);
		}
	})();
	return body;
}

function addSheet(workbook: ExcelJS.Workbook, name: string, columns: Column[]) {
	const sheet = workbook.addWorksheet(name.replace(/[\\/?*[\]:]/g, ' ').slice(0, 31) || 'data', {
		views: [{ state: 'frozen', ySplit: 1 }]
	});
	sheet.columns = columns.map((c) => ({ header: safeText(c.header), key: c.key, width: c.width ?? Math.min(40, Math.max(10, c.header.length + 2)) }));
	sheet.getRow(1).font = { bold: true };
	return sheet;
}

/** An XLSX workbook with one sheet per table. */
export async function toXlsx(sheets: { name: string; table: Table }[]): Promise<Buffer> {
	const workbook = new ExcelJS.Workbook();
	workbook.creator = 'Sapar';
	for (const { name, table } of sheets) {
		const sheet = addSheet(workbook, name, table.columns);
		for (const row of table.rows) sheet.addRow(row.map(xlsxValue));
	}
	return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** XLSX streamed to a writable (large datasets): rows are committed as they come, memory stays flat. */
export async function xlsxToStream(
	stream: NodeJS.WritableStream,
	name: string,
	columns: Column[],
	rows: Iterable<Cell[]> | AsyncIterable<Cell[]>
): Promise<void> {
	const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: stream as never, useSharedStrings: false, useStyles: true });
	const sheet = addSheet(workbook as unknown as ExcelJS.Workbook, name, columns);
	for await (const row of rows as AsyncIterable<Cell[]>) sheet.addRow(row.map(xlsxValue)).commit();
	sheet.commit();
	await workbook.commit();
}

const CONTENT_TYPES: Record<TabularFormat, string> = {
	csv: 'text/csv; charset=utf-8',
	xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
};

/** Headers for a download: attachment, no sniffing, private unless told it is public data. */
export function downloadHeaders(format: TabularFormat, filename: string, publicData = false): Record<string, string> {
	const safeName = filename.replace(/[^A-Za-z0-9._-]/g, '_');
	return {
		'content-type': CONTENT_TYPES[format],
		'content-disposition': `attachment; filename="${safeName}.${format}"`,
		'x-content-type-options': 'nosniff',
		'cache-control': publicData ? 'public, max-age=300' : 'private, no-store'
	};
}

/** A whole table as a download in the asked format. */
export async function tabularResponse(
	format: TabularFormat,
	filename: string,
	sheetName: string,
	table: Table,
	options: { publicData?: boolean } = {}
): Promise<Response> {
	const body = format === 'csv' ? toCsv(table) : await toXlsx([{ name: sheetName, table }]);
	return new Response(body as BodyInit, { headers: downloadHeaders(format, filename, options.publicData) });
}

export function isTabularFormat(value: unknown): value is TabularFormat {
	return value === 'csv' || value === 'xlsx';
}
