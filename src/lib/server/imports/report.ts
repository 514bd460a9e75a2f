import type { Locale } from '#lib/i18n';
import { msg } from '#lib/messages';
import type { Db } from '../db/client';
import { xlsxToStream, type Cell } from '../tabular/tabular';
import { issuesInOrder } from './imports.service';
import type { importBatch, importIssue } from './imports.table';
import { readRows, type RawCell } from './reader';
import type { CsvEncoding } from './sniff';
import { openUpload } from './storage';

type Batch = typeof importBatch.$inferSelect;
type IssueRow = typeof importIssue.$inferSelect;

/** One issue in words: "Phone: not a phone number" in the reader's language. */
export function issueText(issue: Pick<IssueRow, 'field' | 'code' | 'params'>, locale: Locale): string {
	const text = msg(issue.code, issue.params ?? {}, { locale });
	return issue.field ? `${msg(`import_field_${issue.field}`, {}, { locale })}: ${text}` : text;
}

const cell = (c: RawCell): Cell => (c !== null && typeof c === 'object' && !(c instanceof Date) ? `=${c.formula}` : c);

/**
 * The dry-run report (docs/decisions/0017): the uploaded file's rows as they were, with one more column
 * naming what is wrong with each row, streamed into XLSX through the shared writer (which escapes
 * anything a spreadsheet could run as a formula). Rows and issues are merged in row order, so memory
 * stays flat for any size of file.
 */
export async function writeReport(db: Db, batch: Batch, out: NodeJS.WritableStream, locale: Locale): Promise<void> {
	const columns = [
		...batch.headers.map((h, i) => ({ key: `c${i}`, header: h })),
		{ key: 'errors', header: msg('import_report_errors', {}, { locale }), width: 60 }
	];
	async function* rows(): AsyncGenerator<Cell[]> {
		const issues = issuesInOrder(db, batch.id);
		let next = await issues.next();
		let header = true;
		for await (const row of readRows(() => openUpload(batch.id), {
			format: batch.format,
			encoding: batch.encoding as CsvEncoding,
			delimiter: batch.delimiter
		})) {
			if (header) {
				header = false;
				continue;
			}
			const texts: string[] = [];
			while (!next.done && next.value.rowNo < row.rowNo) next = await issues.next();
			while (!next.done && next.value.rowNo === row.rowNo) {
				texts.push(issueText(next.value, locale));
				next = await issues.next();
			}
			const cells = batch.headers.map((_, i) => cell(row.cells[i] ?? null));
			yield [...cells, texts.length ? texts.join('; ') : null];
		}
	}
	await xlsxToStream(out, msg('import_report_sheet', {}, { locale }), columns, rows());
}
