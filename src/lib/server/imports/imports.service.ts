import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import { and, asc, count, desc, eq, gt, inArray, sql } from 'drizzle-orm';
import { requireAccess, requireRecentAuth, scopeFilter, type Actor } from '../access/access';
import { auditedBy, recordAudit } from '../audit/audit.service';
import { authUser } from '../auth/auth.table';
import type { Db } from '../db/client';
import { AppError } from '../errors';
import { enqueue } from '../jobs/queue';
import { organisation } from '../org/org.table';
import { isUuid, type Validated } from '../validation';
import { guessMapping } from './fields';
import { IMPORT_REGISTERS, importBatch, importIssue, type ImportPhase, type RegisterId } from './imports.table';
import { hasZipEnd, ImportFileError, readRows, type RawCell } from './reader';
import { REGISTERS, registersFor } from './registers';
import { DELIMITERS, ENCODINGS, sniff, type CsvEncoding, type Delimiter } from './sniff';
import { discardUpload, openUpload, storeUpload } from './storage';

/** The largest file an officer may upload (SAPAR_IMPORT_MAX_MB, 100 MB by default). */
export const maxImportBytes = () => Number(process.env.SAPAR_IMPORT_MAX_MB ?? 100) * 1024 * 1024;

async function orgKind(db: Db, organisationId: string | null): Promise<string | null> {
	if (!organisationId) return null;
	const [org] = await db.select({ kind: organisation.kind }).from(organisation).where(eq(organisation.id, organisationId));
	return org?.kind ?? null;
}

/** The registers the actor's organisation may import into (empty for everyone else). */
export async function importableRegisters(db: Db, actor: Actor): Promise<RegisterId[]> {
	requireAccess(actor, 'import.run', { organisationId: actor.organisationId });
	return registersFor(await orgKind(db, actor.organisationId));
}

const isRegister = (v: unknown): v is RegisterId => (IMPORT_REGISTERS as readonly string[]).includes(v as string);

/** The first row of the file, as column titles ("Column C" where blank). */
async function readHeaders(batch: { id: string; format: 'csv' | 'xlsx'; encoding: string | null; delimiter: string | null }): Promise<string[]> {
	for await (const row of readRows(() => openUpload(batch.id), { format: batch.format, encoding: batch.encoding as CsvEncoding, delimiter: batch.delimiter })) {
		if (row.cells.every((c) => c === null || String(c).trim() === '')) continue;
		return row.cells.map((c, i) => headerText(c) || columnName(i));
	}
	throw new ImportFileError('import_error_empty');
}

const headerText = (c: RawCell) => (c === null || typeof c === 'object' ? '' : String(c).replace(/\s+/g, ' ').trim().slice(0, 100));
/** A, B, …, Z, AA, … as spreadsheets name columns. */
export function columnName(index: number): string {
	let n = index + 1;
	let out = '';
	while (n > 0) {
		const r = (n - 1) % 26;
		out = String.fromCharCode(65 + r) + out;
		n = Math.floor((n - 1) / 26);
	}
	return out;
}

/**
 * Takes an uploaded file for a register: checks what it is by its bytes, stores it encrypted, reads
 * its header row and guesses the mapping. A file that is not a readable CSV or XLSX is refused here,
 * with a message, and nothing is kept.
 */
export async function receiveUpload(
	db: Db,
	actor: Actor,
	input: { register: string; fileName: string; source: Readable | AsyncIterable<Uint8Array> }
): Promise<Validated<{ id: string }>> {
	const registers = await importableRegisters(db, actor);
	if (!isRegister(input.register) || !registers.includes(input.register)) return { ok: false, errors: { register: 'error_choose_one' } };
	const id = randomUUID();
	const { size, sample, tail } = await storeUpload(id, input.source, maxImportBytes());
	const sniffed = sniff(sample);
	const fail = async (code: string) => {
		await discardUpload(id);
		return { ok: false as const, errors: { file: code } };
	};
	if (sniffed.kind === 'empty') return fail('import_error_empty');
	if (sniffed.kind === 'protected') return fail('import_error_protected');
	if (sniffed.kind === 'unknown') return fail('import_error_not_tabular');
	if (sniffed.kind === 'xlsx' && !hasZipEnd(tail)) return fail('import_error_damaged');
	const base = {
		id,
		format: sniffed.kind,
		encoding: sniffed.kind === 'csv' ? sniffed.encoding : null,
		delimiter: sniffed.kind === 'csv' ? sniffed.delimiter : null
	};
	let headers: string[];
	try {
		headers = await readHeaders(base);
	} catch (error) {
		if (error instanceof ImportFileError) return fail(error.code);
		await discardUpload(id);
		throw error;
	}
	const fileName = input.fileName.replace(/[\u0000-\u001f\\/]/g, '_').slice(-120) || 'file';
	const mapping = guessMapping(REGISTERS[input.register].fields, headers);
	await db.transaction(async (tx) => {
		await tx.insert(importBatch).values({
			...base,
			organisationId: actor.organisationId!,
			register: input.register as RegisterId,
			fileName,
			fileSize: size,
			headers,
			mapping,
			createdBy: actor.userId
		});
		await recordAudit(tx, {
			action: 'import.upload',
			entityType: 'import_batch',
			entityId: id,
			...auditedBy(actor),
			data: { register: input.register, size, format: base.format }
		});
	});
	return { ok: true, data: { id } };
}

async function loadBatch(db: Db, actor: Actor, batchId: string, permission: 'import.read' | 'import.run') {
	requireAccess(actor, permission);
	if (!isUuid(batchId)) throw new AppError('not_found', 'import batch');
	const [batch] = await db.select().from(importBatch).where(eq(importBatch.id, batchId));
	if (!batch) throw new AppError('not_found', 'import batch');
	requireAccess(actor, permission, { organisationId: batch.organisationId });
	return batch;
}

/** The batches of the actor's organisation, newest first, with who uploaded them. */
export async function listBatches(db: Db, actor: Actor, limit = 50) {
	const scope = scopeFilter(actor, 'import.read');
	const where = 'organisationId' in scope ? eq(importBatch.organisationId, scope.organisationId) : 'all' in scope ? undefined : sql`false`;
	return db
		.select({ batch: importBatch, by: authUser.name })
		.from(importBatch)
		.leftJoin(authUser, eq(authUser.id, importBatch.createdBy))
		.where(where)
		.orderBy(desc(importBatch.createdAt))
		.limit(limit);
}

/** One batch with its first issues and the issues counted by field and kind. */
export async function batchDetail(db: Db, actor: Actor, batchId: string, issueLimit = 100) {
	const batch = await loadBatch(db, actor, batchId, 'import.read');
	const [issues, summary, people] = await Promise.all([
		db.select().from(importIssue).where(eq(importIssue.batchId, batch.id)).orderBy(asc(importIssue.rowNo)).limit(issueLimit),
		db
			.select({ field: importIssue.field, code: importIssue.code, n: count() })
			.from(importIssue)
			.where(eq(importIssue.batchId, batch.id))
			.groupBy(importIssue.field, importIssue.code)
			.orderBy(desc(count())),
		db
			.select({ id: authUser.id, name: authUser.name })
			.from(authUser)
			.where(inArray(authUser.id, [batch.createdBy, batch.committedBy, batch.undoneBy].filter((x): x is string => !!x).concat(['-'])))
	]);
	const nameOf = (id: string | null) => people.find((p) => p.id === id)?.name ?? null;
	return {
		batch,
		issues,
		summary,
		by: { created: nameOf(batch.createdBy), committed: nameOf(batch.committedBy), undone: nameOf(batch.undoneBy) },
		fields: REGISTERS[batch.register].fields
	};
}

const EDITABLE = new Set(['uploaded', 'checked', 'failed']);

/**
 * The officer's mapping (field → column, or none), and for CSV the encoding and delimiter. Changing
 * the encoding or delimiter re-reads the header row and guesses again (the columns may differ).
 */
export async function saveMapping(db: Db, actor: Actor, batchId: string, form: Record<string, string>): Promise<Validated<{ reread: boolean }>> {
	const batch = await loadBatch(db, actor, batchId, 'import.run');
	if (!EDITABLE.has(batch.status)) throw new AppError('conflict', 'batch not editable', { userMessage: 'import_error_state' });
	if (batch.format === 'csv') {
		const encoding = form.encoding ?? batch.encoding;
		const delimiter = form.delimiter === 'tab' ? '\t' : (form.delimiter ?? batch.delimiter);
		if (!(ENCODINGS as readonly string[]).includes(encoding ?? '')) return { ok: false, errors: { encoding: 'error_choose_one' } };
		if (!(DELIMITERS as readonly string[]).includes(delimiter ?? '')) return { ok: false, errors: { delimiter: 'error_choose_one' } };
		if (encoding !== batch.encoding || delimiter !== batch.delimiter) {
			let headers: string[];
			try {
				headers = await readHeaders({ ...batch, encoding: encoding as CsvEncoding, delimiter: delimiter as Delimiter });
			} catch (error) {
				if (error instanceof ImportFileError) return { ok: false, errors: { encoding: error.code } };
				throw error;
			}
			const mapping = guessMapping(REGISTERS[batch.register].fields, headers);
			await db
				.update(importBatch)
				.set({ encoding, delimiter, headers, mapping, status: 'uploaded', updatedAt: new Date() })
				.where(eq(importBatch.id, batch.id));
			return { ok: true, data: { reread: true } };
		}
	}
	const fields = REGISTERS[batch.register].fields;
	const mapping: Record<string, number> = {};
	const errors: Record<string, string> = {};
	const used = new Map<number, string>();
	for (const field of fields) {
		const raw = form[`map_${field.key}`] ?? '';
		if (raw === '') {
			if (field.required) errors[`map_${field.key}`] = 'import_error_map_required';
			continue;
		}
		const column = Number(raw);
		if (!Number.isInteger(column) || column < 0 || column >= batch.headers.length) {
			errors[`map_${field.key}`] = 'error_choose_one';
			continue;
		}
		if (used.has(column)) {
			errors[`map_${field.key}`] = 'import_error_map_twice';
			continue;
		}
		used.set(column, field.key);
		mapping[field.key] = column;
	}
	if (Object.keys(errors).length) return { ok: false, errors };
	await db.transaction(async (tx) => {
		await tx.update(importBatch).set({ mapping, updatedAt: new Date() }).where(eq(importBatch.id, batch.id));
		await recordAudit(tx, { action: 'import.map', entityType: 'import_batch', entityId: batch.id, ...auditedBy(actor), data: { mapping } });
	});
	return { ok: true, data: { reread: false } };
}

const NEXT: Record<ImportPhase, string[]> = {
	check: ['uploaded', 'checked', 'failed'],
	// A commit always follows a dry run of the same mapping (DHIS2's habit): what is committed was seen.
	commit: ['checked'],
	undo: ['committed']
};

/** Queues a dry run, a commit or an undo as a background job (the page shows its progress). */
export async function startPhase(db: Db, actor: Actor, batchId: string, phase: ImportPhase): Promise<void> {
	const batch = await loadBatch(db, actor, batchId, 'import.run');
	if (!NEXT[phase].includes(batch.status)) throw new AppError('conflict', `cannot ${phase} a ${batch.status} batch`, { userMessage: 'import_error_state' });
	if (batch.fileDeleted && phase !== 'undo') throw new AppError('conflict', 'file purged', { userMessage: 'import_error_file_gone' });
	const now = new Date();
	const who = phase === 'commit' ? { committedBy: actor.userId } : phase === 'undo' ? { undoneBy: actor.userId } : {};
	const moved = await db.transaction(async (tx) => {
		const rows = await tx
			.update(importBatch)
			.set({ status: 'queued', phase, ...who, updatedAt: now })
			.where(and(eq(importBatch.id, batch.id), eq(importBatch.status, batch.status)))
			.returning({ id: importBatch.id });
		if (!rows.length) return false;
		if (phase === 'check')
			await recordAudit(tx, {
				action: 'import.check',
				entityType: 'import_batch',
				entityId: batch.id,
				...auditedBy(actor),
				data: { register: batch.register }
			});
		return true;
	});
	if (!moved) throw new AppError('conflict', 'batch changed meanwhile', { userMessage: 'import_error_state' });
	await enqueue('import.run', { batchId: batch.id, phase });
}

/** For the report download: the batch, audited as an export of the file's contents. */
export async function reportSource(db: Db, actor: Actor, batchId: string) {
	const batch = await loadBatch(db, actor, batchId, 'import.read');
	if (batch.fileDeleted) throw new AppError('not_found', 'file purged');
	if (!['checked', 'committed', 'undone'].includes(batch.status)) throw new AppError('not_found', 'no report yet');
	// The report is the uploaded roster itself (names, passport and personal numbers): an export of people's data.
	requireRecentAuth(actor);
	await db.transaction((tx) => recordAudit(tx, { action: 'import.report', entityType: 'import_batch', entityId: batch.id, ...auditedBy(actor) }));
	return batch;
}

/** Issues of a batch in row order, page by page (the report streams them beside the rows). */
export async function* issuesInOrder(db: Db, batchId: string, page = 5000) {
	let after = 0;
	for (;;) {
		const rows = await db
			.select()
			.from(importIssue)
			.where(and(eq(importIssue.batchId, batchId), gt(importIssue.rowNo, after)))
			.orderBy(asc(importIssue.rowNo))
			.limit(page);
		if (!rows.length) return;
		// Keep whole rows together: drop a row cut by the page end, it comes again next time.
		const last = rows[rows.length - 1].rowNo;
		const complete = rows.length === page && rows[0].rowNo !== last ? rows.filter((r) => r.rowNo !== last) : rows;
		yield* complete;
		after = complete[complete.length - 1].rowNo;
		if (rows.length < page) return;
	}
}

/** Uploaded files are kept a week for reports, then removed (the batch and its counts stay). */
export async function purgeOldFiles(db: Db, days = 7): Promise<number> {
	const old = await db
		.select({ id: importBatch.id })
		.from(importBatch)
		.where(
			and(
				eq(importBatch.fileDeleted, false),
				sql`${importBatch.createdAt} < now() - make_interval(days => ${days})`,
				sql`${importBatch.status} not in ('queued', 'running')`
			)
		);
	for (const { id } of old) {
		await discardUpload(id);
		await db.update(importBatch).set({ fileDeleted: true }).where(eq(importBatch.id, id));
	}
	return old.length;
}
