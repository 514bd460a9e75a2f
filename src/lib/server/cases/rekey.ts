import { readFile, rename, writeFile } from 'node:fs/promises';
import { and, eq, isNotNull, notLike, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Db } from '../db/client';
import { caseAttachment, caseMessage, caseTransition, helpCase } from './cases.table';
import { pathOf } from './case-files';
import { currentKeyId, decryptBytes, decryptField, encryptBytes, encryptField } from './field-crypto';

/** Every field-encrypted column: its table, the record id used as associated data, and the field name. */
const FIELDS: { table: PgTable; id: PgColumn; column: PgColumn; key: string; field: string }[] = [
	{ table: helpCase, id: helpCase.id, column: helpCase.narrativeEnc, key: 'narrativeEnc', field: 'narrative' },
	{ table: helpCase, id: helpCase.id, column: helpCase.contactEnc, key: 'contactEnc', field: 'contact' },
	{ table: helpCase, id: helpCase.id, column: helpCase.idDocumentEnc, key: 'idDocumentEnc', field: 'id_document' },
	{ table: helpCase, id: helpCase.id, column: helpCase.outcomeNoteEnc, key: 'outcomeNoteEnc', field: 'outcome_note' },
	{ table: caseMessage, id: caseMessage.id, column: caseMessage.bodyEnc, key: 'bodyEnc', field: 'message' },
	{ table: caseTransition, id: caseTransition.id, column: caseTransition.noteEnc, key: 'noteEnc', field: 'note' },
	{ table: caseAttachment, id: caseAttachment.id, column: caseAttachment.fileNameEnc, key: 'fileNameEnc', field: 'file_name' }
];

const BATCH = 500;

export interface RekeyReport {
	values: number;
	files: number;
	missingFiles: number;
}

/**
 * Key rotation (docs/decisions/0013): rewrites every value and attachment not yet under the current key.
 * Safe to stop and run again; a value changed meanwhile is left for the next run. Fails loudly when a
 * value's key is not in the ring, so no key is dropped while something still needs it.
 */
export async function rekeyCases(db: Db): Promise<RekeyReport> {
	const current = currentKeyId();
	const report: RekeyReport = { values: 0, files: 0, missingFiles: 0 };
	for (const f of FIELDS) {
		for (;;) {
			const rows = await db
				.select({ id: f.id, value: f.column })
				.from(f.table)
				.where(and(isNotNull(f.column), notLike(f.column, `v1.${current}.%`)))
				.limit(BATCH);
			if (!rows.length) break;
			await db.transaction(async (tx) => {
				for (const r of rows as { id: string; value: string }[]) {
					const fresh = encryptField(decryptField(r.value, r.id, f.field), r.id, f.field);
					await tx
						.update(f.table)
						.set({ [f.key]: fresh })
						.where(and(eq(f.id, r.id), eq(f.column, r.value)));
				}
			});
			report.values += rows.length;
		}
	}
	const files = await db
		.select({ id: caseAttachment.id })
		.from(caseAttachment)
		.orderBy(sql`${caseAttachment.createdAt}`);
	for (const { id } of files) {
		const path = pathOf(id);
		const stored = await readFile(path).catch(() => null);
		if (!stored) {
			report.missingFiles++;
			continue;
		}
		if (stored.subarray(1, 1 + stored[0]).toString() === current) continue;
		// Written beside the old file, then renamed over it: a crash leaves one whole file.
		await writeFile(`${path}.new`, encryptBytes(decryptBytes(stored, id, 'file'), id, 'file'), { mode: 0o600 });
		await rename(`${path}.new`, path);
		report.files++;
	}
	return report;
}
