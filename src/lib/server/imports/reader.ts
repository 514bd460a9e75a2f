import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parse } from 'csv-parse';
import ExcelJS from 'exceljs';
import unzipper, { type Entry } from 'unzipper';
import type { CsvEncoding, Delimiter } from './sniff';

/**
 * Rows of an uploaded file, streamed (docs/decisions/0017): CSV through csv-parse after decoding
 * (UTF-8, UTF-16 or Windows-1251), XLSX through exceljs's streaming reader after a first pass over
 * the zip that refuses what would blow up memory (a cell longer than Excel allows, thousands of
 * columns, gigabytes once unpacked) and damaged or truncated archives. Only the first sheet is read.
 */
export type RawCell = string | number | boolean | Date | null | { formula: string };
export interface RawRow {
	/** the row number a spreadsheet shows (the header is 1) */
	rowNo: number;
	cells: RawCell[];
}

/** A file that cannot be read as a whole: a message key and its parameters. Nothing gets imported. */
export class ImportFileError extends Error {
	constructor(
		readonly code: string,
		readonly params: Record<string, string | number> = {}
	) {
		super(code);
		this.name = 'ImportFileError';
	}
}

export const LIMITS = {
	columns: 200,
	/** Excel's own limit for one cell */
	cellChars: 32_767,
	/** CSV: one record (all its fields) */
	recordChars: 1_000_000,
	/** XLSX: everything unpacked */
	unpackedBytes: 4 * 1024 ** 3,
	rows: 2_000_000
};

export interface ReadOptions {
	format: 'csv' | 'xlsx';
	encoding?: CsvEncoding | null;
	delimiter?: Delimiter | string | null;
}

/** True when the last bytes of a file hold a zip's end-of-central-directory record (a whole archive). */
export function hasZipEnd(tail: Uint8Array): boolean {
	for (let i = tail.length - 22; i >= 0 && i >= tail.length - 65_557; i--) {
		if (tail[i] === 0x50 && tail[i + 1] === 0x4b && tail[i + 2] === 0x05 && tail[i + 3] === 0x06) return true;
	}
	return false;
}

/** Every row of the file (header included), in order. `open` is called once per pass over the file. */
export async function* readRows(open: () => Promise<Readable>, options: ReadOptions): AsyncGenerator<RawRow> {
	if (options.format === 'csv') yield* csvRows(await open(), options.encoding ?? 'utf-8', options.delimiter ?? ',');
	else {
		await scanXlsx(await open());
		yield* xlsxRows(await open());
	}
}

// ─── CSV ───────────────────────────────────────────────────────────────────────────────

function decoder(encoding: CsvEncoding) {
	const text = new TextDecoder(encoding, { fatal: true });
	return new Transform({
		readableObjectMode: false,
		transform(chunk: Buffer, _enc, done) {
			try {
				done(null, text.decode(chunk, { stream: true }));
			} catch {
				done(new ImportFileError('import_error_encoding'));
			}
		},
		flush(done) {
			try {
				done(null, text.decode());
			} catch {
				done(new ImportFileError('import_error_encoding'));
			}
		}
	});
}

function csvError(error: unknown): ImportFileError {
	if (error instanceof ImportFileError) return error;
	const e = error as { code?: string; lines?: number };
	const row = e.lines ?? 0;
	if (e.code === 'CSV_MAX_RECORD_SIZE') return new ImportFileError('import_error_row_too_long', { row });
	if (e.code === 'CSV_QUOTE_NOT_CLOSED') return new ImportFileError('import_error_quote', { row });
	return new ImportFileError('import_error_damaged');
}

async function* csvRows(input: Readable, encoding: CsvEncoding, delimiter: string): AsyncGenerator<RawRow> {
	const parser = parse({
		delimiter,
		bom: true,
		relax_column_count: true,
		relax_quotes: true,
		skip_empty_lines: false,
		max_record_size: LIMITS.recordChars
	});
	const done = pipeline(input, decoder(encoding), parser).catch((e) => {
		throw csvError(e);
	});
	done.catch(() => {}); // reported below, through the parser or the await
	let rowNo = 0;
	try {
		for await (const record of parser as AsyncIterable<string[]>) {
			rowNo++;
			if (record.length > LIMITS.columns) throw new ImportFileError('import_error_too_many_columns', { max: LIMITS.columns });
			if (rowNo > LIMITS.rows + 1) throw new ImportFileError('import_error_too_many_rows', { max: LIMITS.rows });
			for (const cell of record)
				if (cell.length > LIMITS.cellChars) throw new ImportFileError('import_error_cell_too_long', { max: LIMITS.cellChars, row: rowNo });
			yield { rowNo, cells: record };
		}
		await done;
	} catch (error) {
		throw csvError(error);
	} finally {
		input.destroy();
	}
}

// ─── XLSX ──────────────────────────────────────────────────────────────────────────────

/** After the input has ended, an archive that makes no progress for this long is cut off (damaged). */
const STALL_MS = 3000;

const LT = 0x3c;
const isTagEnd = (b: number | undefined) => b === 0x20 || b === 0x3e || b === 0x2f || b === 0x09 || b === 0x0a || b === 0x0d;

/**
 * First pass: unpack the zip as a stream and look at the XML bytes without parsing them. Between two
 * '<' there is one tag and the text after it, so a long gap is an over-long cell; a row whose cells
 * outnumber the column limit, or an archive that unpacks to gigabytes, is refused before any parser
 * holds it in memory. A damaged or truncated archive fails here too.
 */
export async function scanXlsx(input: Readable): Promise<void> {
	const maxGap = LIMITS.cellChars * 4 + 4096; // UTF-8: up to 4 bytes per character, plus the tag
	let unpacked = 0;
	let workbook = false;
	let sheets = 0;
	const zip = unzipper.Parse({ forceStream: true });
	let current: Entry | null = null;
	let watchdog: NodeJS.Timeout | undefined;
	input.on('error', (e) => zip.destroy(e));
	// A cut-off archive leaves the unzipper waiting for bytes that never come: once the input has
	// ended, an archive that makes no progress for STALL_MS is declared damaged. Progress re-arms the
	// watchdog, so a busy machine that unpacks slowly does not refuse a good file.
	let ended = false;
	const arm = () => {
		if (!ended) return;
		clearTimeout(watchdog);
		watchdog = setTimeout(() => {
			const damaged = new ImportFileError('import_error_damaged');
			current?.destroy(damaged);
			zip.destroy(damaged);
		}, STALL_MS);
	};
	input.on('end', () => {
		ended = true;
		arm();
	});
	input.pipe(zip);
	try {
		for await (const entry of zip as AsyncIterable<Entry>) {
			current = entry;
			arm();
			const path = entry.path;
			if (path === 'xl/workbook.xml') workbook = true;
			const xml = /^xl\/(worksheets\/[^/]+\.xml|sharedStrings\.xml)$/.test(path);
			if (/^xl\/worksheets\/[^/]+\.xml$/.test(path)) sheets++;
			if (/EncryptedPackage|EncryptionInfo/.test(path)) throw new ImportFileError('import_error_protected');
			let offset = 0; // bytes of this entry seen
			let lastLt = 0;
			let cells = 0;
			let carry = Buffer.alloc(0);
			for await (const raw of entry as AsyncIterable<Buffer>) {
				unpacked += raw.length;
				arm();
				if (unpacked > LIMITS.unpackedBytes) throw new ImportFileError('import_error_unpacked');
				if (!xml) continue;
				const chunk = carry.length ? Buffer.concat([carry, raw]) : raw;
				const base = offset - carry.length;
				const scanEnd = chunk.length - 4;
				let at = chunk.indexOf(LT);
				while (at !== -1 && at < scanEnd) {
					const pos = base + at;
					if (pos - lastLt > maxGap) throw new ImportFileError('import_error_cell_too_long', { max: LIMITS.cellChars });
					lastLt = pos;
					const a = chunk[at + 1];
					if (a === 0x63 /* c */ && isTagEnd(chunk[at + 2])) {
						if (++cells > LIMITS.columns) throw new ImportFileError('import_error_too_many_columns', { max: LIMITS.columns });
					} else if (a === 0x72 && chunk[at + 2] === 0x6f && chunk[at + 3] === 0x77 && isTagEnd(chunk[at + 4])) cells = 0; // <row
					at = chunk.indexOf(LT, at + 1);
				}
				const keepFrom = Math.max(0, Math.min(chunk.length - 4, at === -1 ? chunk.length - 4 : at));
				carry = Buffer.from(chunk.subarray(keepFrom));
				offset += raw.length;
				if (base + chunk.length - lastLt > maxGap) throw new ImportFileError('import_error_cell_too_long', { max: LIMITS.cellChars });
			}
		}
	} catch (error) {
		input.destroy();
		if (error instanceof ImportFileError) throw error;
		throw new ImportFileError('import_error_damaged');
	} finally {
		clearTimeout(watchdog);
	}
	if (!workbook || sheets === 0) throw new ImportFileError('import_error_not_xlsx');
}

function cellValue(value: ExcelJS.CellValue): RawCell {
	if (value === null || value === undefined) return null;
	if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
	if (value instanceof Date) return value;
	if (typeof value === 'object') {
		if ('formula' in value || 'sharedFormula' in value) return { formula: String((value as { formula?: string }).formula ?? '') };
		if ('richText' in value) return value.richText.map((r) => r.text).join('');
		if ('text' in value) return String((value as { text: unknown }).text ?? '');
		if ('error' in value) return null;
	}
	return String(value);
}

async function* xlsxRows(input: Readable): AsyncGenerator<RawRow> {
	const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, {
		worksheets: 'emit',
		sharedStrings: 'cache',
		styles: 'cache', // dates come as dates only when their number format is known
		hyperlinks: 'ignore',
		entries: 'ignore'
	});
	let first = true;
	try {
		for await (const sheet of reader) {
			if (!first) continue; // drain: only the first sheet is read
			first = false;
			for await (const row of sheet as AsyncIterable<ExcelJS.Row>) {
				if (row.number > LIMITS.rows + 1) throw new ImportFileError('import_error_too_many_rows', { max: LIMITS.rows });
				const values = row.values as ExcelJS.CellValue[];
				const cells: RawCell[] = [];
				for (let i = 1; i < values.length; i++) cells.push(cellValue(values[i]));
				yield { rowNo: row.number, cells };
			}
		}
	} catch (error) {
		if (error instanceof ImportFileError) throw error;
		throw new ImportFileError('import_error_damaged');
	} finally {
		input.destroy();
	}
}
