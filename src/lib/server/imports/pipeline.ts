import { eq, sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/node-postgres';
import type pg from 'pg';
import { recordAudit } from '../audit/audit.service';
import { getPool, type Db } from '../db/client';
import { log } from '../log';
import { organisation } from '../org/org.table';
import * as schema from '../db/schema';
import { todayInBishkek, type Issue } from './fields';
import { importBatch, type ImportPhase } from './imports.table';
import { ImportFileError, readRows, type RawCell } from './reader';
import type { CsvEncoding } from './sniff';
import { STAGE, stageRow, type StageSpec } from './stage';
import { mergeLicences, undoLicences } from './licences.merge';
import { openUpload } from './storage';

/**
 * Runs one phase of a batch (docs/decisions/0017) on one connection and in one transaction:
 * stream the file, check each row, write good rows into a temporary staging table in multi-row
 * inserts and issues into another, find duplicates within the file, classify every row against the
 * register (create / update / unchanged), and — for a commit — merge set-based, keeping what undo
 * needs. A file that cannot be read to its end rolls everything back: nothing is half-imported.
 */
const FLUSH_ROWS = 2000;
const PROGRESS_EVERY_MS = 1000;

export interface RunResult {
	rows: number;
	created: number;
	updated: number;
	unchanged: number;
	rejected: number;
	issues: number;
}

type Batch = typeof importBatch.$inferSelect;

async function flushStage(client: pg.PoolClient, spec: StageSpec, rows: (string | number | null)[][]) {
	if (!rows.length) return;
	const cols = spec.columns;
	const params = cols.map((_, i) => rows.map((r) => r[i]));
	const list = cols.map((c) => c.name).join(', ');
	const casts = cols.map((c, i) => `u.c${i}::${c.type}`).join(', ');
	const unnest = cols.map((c, i) => `$${i + 1}::${c.type === 'int' ? 'int' : 'text'}[]`).join(', ');
	const aliases = cols.map((_, i) => `c${i}`).join(', ');
	await client.query(`insert into stg (${list}) select ${casts} from unnest(${unnest}) as u(${aliases})`, params);
}

async function flushIssues(client: pg.PoolClient, issues: { rowNo: number; issue: Issue }[]) {
	if (!issues.length) return;
	await client.query('insert into stg_issue (row_no, field, code, params) select * from unnest($1::int[], $2::text[], $3::text[], $4::jsonb[])', [
		issues.map((i) => i.rowNo),
		issues.map((i) => i.issue.field),
		issues.map((i) => i.issue.code),
		issues.map((i) => (i.issue.params ? JSON.stringify(i.issue.params) : null))
	]);
}

const isEmptyRow = (cells: RawCell[]) => cells.every((c) => c === null || c === undefined || (typeof c === 'string' && c.trim() === ''));

/** Reads and stages the whole file; returns the number of data rows. */
async function stageFile(db: Db, client: pg.PoolClient, batch: Batch, orgCountry: string, encrypt: boolean): Promise<number> {
	const spec = STAGE[batch.register];
	await client.query(`create temp table stg (${spec.columns.map((c) => `${c.name} ${c.type}`).join(', ')}, target_id text, action text) on commit drop`);
	await client.query('create temp table stg_issue (row_no int, field text, code text, params jsonb) on commit drop');
	const ctx = { register: batch.register, mapping: batch.mapping, today: todayInBishkek(), orgCountry, encrypt };
	let header = true;
	let rows = 0;
	let stage: (string | number | null)[][] = [];
	let issues: { rowNo: number; issue: Issue }[] = [];
	let lastProgress = Date.now();
	for await (const row of readRows(() => openUpload(batch.id), { format: batch.format, encoding: batch.encoding as CsvEncoding, delimiter: batch.delimiter })) {
		if (header) {
			header = false;
			continue;
		}
		if (isEmptyRow(row.cells)) continue;
		rows++;
		const staged = stageRow(ctx, row.rowNo, row.cells);
		if (staged.ok) stage.push(staged.values);
		else for (const issue of staged.issues) issues.push({ rowNo: row.rowNo, issue });
		if (stage.length >= FLUSH_ROWS) {
			await flushStage(client, spec, stage);
			stage = [];
		}
		if (issues.length >= FLUSH_ROWS) {
			await flushIssues(client, issues);
			issues = [];
		}
		if (Date.now() - lastProgress > PROGRESS_EVERY_MS) {
			lastProgress = Date.now();
			// Another connection, so the page can show it while this transaction is open; best effort.
			await db
				.update(importBatch)
				.set({ rowsRead: rows })
				.where(eq(importBatch.id, batch.id))
				.catch(() => {});
		}
	}
	if (header) throw new ImportFileError('import_error_empty');
	await flushStage(client, spec, stage);
	await flushIssues(client, issues);
	return rows;
}

/** Later rows with the same natural key as an earlier one are rejected, naming the first. */
async function markDuplicates(client: pg.PoolClient, spec: StageSpec, register: string) {
	const keyCols = register === 'licences' ? ['number_key'] : spec.keys!.map((k) => k.stage);
	const key = keyCols.join(', ');
	await client.query(`create index on stg (${key})`);
	await client.query('analyze stg');
	const field = register === 'licences' ? 'licence_number' : register === 'consular' ? 'passport' : 'pin';
	const { rowCount } = await client.query(
		`with d as (select row_no, first_value(row_no) over (partition by ${key} order by row_no) as first from stg)
		 insert into stg_issue (row_no, field, code, params)
		 select row_no, $1, 'import_issue_duplicate', jsonb_build_object('row', first) from d where row_no <> first`,
		[field]
	);
	if (rowCount) await client.query(`delete from stg where row_no in (select row_no from stg_issue where code = 'import_issue_duplicate')`);
	return rowCount ?? 0;
}

/** Sets each staged row's action: create, update or same (unchanged). */
async function classifyPersons(client: pg.PoolClient, spec: StageSpec, organisationId: string) {
	const match = spec.keys!.map((k) => `t.${k.target} = s.${k.stage}`).join(' and ');
	await client.query(
		`update stg s set target_id = t.id::text, action = case when t.row_hash = s.row_hash then 'same' else 'update' end
		 from ${spec.table} t where t.${spec.orgColumn} = $1 and ${match}`,
		[organisationId]
	);
	await client.query(`update stg set action = 'create' where action is null`);
}

async function mergePersons(client: pg.PoolClient, spec: StageSpec, batchId: string, organisationId: string) {
	const t = spec.table!;
	const plain = spec.plain!;
	await client.query(
		`insert into import_change (batch_id, target, record_id, action, before)
		 select $1, $2, t.id::text, 'updated', to_jsonb(t) from ${t} t join stg s on s.target_id = t.id::text where s.action = 'update'`,
		[batchId, t]
	);
	await client.query(
		`update ${t} t set personal = s.personal, row_hash = s.row_hash, ${plain.map((c) => `${c} = s.${c}`).join(', ')}, updated_at = now()
		 from stg s where s.action = 'update' and s.target_id = t.id::text`
	);
	const keyTargets = spec.keys!.map((k) => k.target);
	const keyStages = spec.keys!.map((k) => `s.${k.stage}`);
	const insertCols = ['id', spec.orgColumn!, ...keyTargets, 'personal', 'row_hash', ...plain.filter((c) => !keyTargets.includes(c))];
	const selectCols = ['s.id', '$1::uuid', ...keyStages, 's.personal', 's.row_hash', ...plain.filter((c) => !keyTargets.includes(c)).map((c) => `s.${c}`)];
	await client.query(`insert into ${t} (${insertCols.join(', ')}) select ${selectCols.join(', ')} from stg s where s.action = 'create'`, [organisationId]);
	await client.query(
		`insert into import_change (batch_id, target, record_id, action) select $1, $2, s.id::text, 'created' from stg s where s.action = 'create'`,
		[batchId, t]
	);
	await fingerprint(client, batchId, t, 'id');
}

/** Records how each changed row looks after the import (undo touches only rows that still look so). */
export async function fingerprint(client: pg.PoolClient, batchId: string, table: string, idColumn: string) {
	await client.query(
		`update import_change c set after_hash = md5(to_jsonb(t)::text) from ${table} t
		 where c.batch_id = $1 and c.target = $2 and t.${idColumn}::text = c.record_id`,
		[batchId, table]
	);
}

async function counts(client: pg.PoolClient) {
	const { rows } = await client.query<{ action: string; n: string }>('select action, count(*) as n from stg group by action');
	const by = Object.fromEntries(rows.map((r) => [r.action, Number(r.n)]));
	const { rows: rej } = await client.query<{ rejected: string; issues: string }>(
		'select count(distinct row_no) as rejected, count(*) as issues from stg_issue'
	);
	return { created: by.create ?? 0, updated: by.update ?? 0, unchanged: by.same ?? 0, rejected: Number(rej[0].rejected), issues: Number(rej[0].issues) };
}

/** Serialises commits and undos of one register in one organisation (two officers, two tabs). */
const lockKey = (organisationId: string, register: string) => sql`select pg_advisory_xact_lock(hashtext(${`import:${organisationId}:${register}`}))`;

export async function runPhase(db: Db, batchId: string, phase: ImportPhase): Promise<void> {
	const [batch] = await db.select().from(importBatch).where(eq(importBatch.id, batchId));
	if (!batch || batch.status !== 'queued' || batch.phase !== phase) return; // already done, or cancelled
	await db.update(importBatch).set({ status: 'running', rowsRead: 0, updatedAt: new Date() }).where(eq(importBatch.id, batchId));
	const client = await getPool().connect();
	const tx = drizzle(client, { schema }) as unknown as Tx;
	try {
		await client.query('begin');
		await client.query(`set local time zone 'UTC'`);
		await tx.execute(lockKey(batch.organisationId, batch.register));
		if (phase === 'undo') await undo(client, tx, batch);
		else await checkOrCommit(db, client, tx, batch, phase);
		await client.query('commit');
	} catch (error) {
		await client.query('rollback').catch(() => {});
		if (error instanceof ImportFileError) {
			await db
				.update(importBatch)
				.set({ status: 'failed', error: error.code, errorParams: error.params, updatedAt: new Date() })
				.where(eq(importBatch.id, batchId));
			return;
		}
		log.warn('import failed', { batch: batchId, phase, error: (error as Error).name });
		await db
			.update(importBatch)
			.set({ status: 'failed', error: 'import_error_internal', errorParams: null, updatedAt: new Date() })
			.where(eq(importBatch.id, batchId));
		throw error;
	} finally {
		client.release();
	}
}

type Tx = Parameters<typeof recordAudit>[0];

async function checkOrCommit(db: Db, client: pg.PoolClient, tx: Tx, batch: Batch, phase: 'check' | 'commit') {
	const [org] = await tx.select({ country: organisation.countryIso2 }).from(organisation).where(eq(organisation.id, batch.organisationId));
	const rows = await stageFile(db, client, batch, org?.country ?? 'KG', phase === 'commit');
	const spec = STAGE[batch.register];
	await markDuplicates(client, spec, batch.register);
	if (batch.register === 'licences') await mergeLicences(client, tx, batch, phase === 'commit');
	else {
		await classifyPersons(client, spec, batch.organisationId);
		if (phase === 'commit') await mergePersons(client, spec, batch.id, batch.organisationId);
	}
	const c = await counts(client);
	await client.query('delete from import_issue where batch_id = $1', [batch.id]);
	await client.query('insert into import_issue (batch_id, row_no, field, code, params) select $1, row_no, field, code, params from stg_issue', [batch.id]);
	const now = new Date();
	await tx
		.update(importBatch)
		.set({
			status: phase === 'commit' ? 'committed' : 'checked',
			rowsRead: rows,
			...c,
			error: null,
			errorParams: null,
			...(phase === 'commit' ? { committedAt: now } : { checkedAt: now }),
			updatedAt: now
		})
		.where(eq(importBatch.id, batch.id));
	if (phase === 'commit') {
		await recordAudit(tx, {
			action: 'import.commit',
			entityType: 'import_batch',
			entityId: batch.id,
			actorUserId: batch.committedBy,
			actorOrganisationId: batch.organisationId,
			data: { register: batch.register, rows, ...c }
		});
	}
}

async function undo(client: pg.PoolClient, tx: Tx, batch: Batch) {
	let result: { removed: number; restored: number; skipped: number };
	if (batch.register === 'licences') result = await undoLicences(client, batch.id);
	else {
		const spec = STAGE[batch.register];
		result = await undoTable(client, batch.id, spec.table!, 'id');
	}
	const now = new Date();
	await tx
		.update(importBatch)
		.set({ status: 'undone', ...result, undoneAt: now, updatedAt: now })
		.where(eq(importBatch.id, batch.id));
	await recordAudit(tx, {
		action: 'import.undo',
		entityType: 'import_batch',
		entityId: batch.id,
		actorUserId: batch.undoneBy,
		actorOrganisationId: batch.organisationId,
		data: { register: batch.register, ...result }
	});
}

/** Column names of a table, for restoring a row from its JSON image. */
async function columnsOf(client: pg.PoolClient, table: string): Promise<string[]> {
	const { rows } = await client.query<{ name: string }>(
		`select attname as name from pg_attribute where attrelid = $1::regclass and attnum > 0 and not attisdropped order by attnum`,
		[table]
	);
	return rows.map((r) => r.name);
}

/**
 * Undoes one table's part of a batch: removes the records it created and restores the ones it
 * updated, each only if it still looks as the import left it (otherwise it is counted as skipped).
 */
export async function undoTable(client: pg.PoolClient, batchId: string, table: string, idColumn: string, opts: { keepCreated?: boolean } = {}) {
	let removed = 0;
	if (!opts.keepCreated) {
		const del = await client.query(
			`delete from ${table} t using import_change c
			 where c.batch_id = $1 and c.target = $2 and c.action = 'created' and t.${idColumn}::text = c.record_id and md5(to_jsonb(t)::text) = c.after_hash`,
			[batchId, table]
		);
		removed = del.rowCount ?? 0;
	}
	const cols = (await columnsOf(client, table)).filter((c) => c !== idColumn);
	const upd = await client.query(
		`update ${table} t set (${cols.join(', ')}) = (${cols.map((c) => `r.${c}`).join(', ')})
		 from import_change c, jsonb_populate_record(null::${table}, c.before) r
		 where c.batch_id = $1 and c.target = $2 and c.action = 'updated' and t.${idColumn}::text = c.record_id and md5(to_jsonb(t)::text) = c.after_hash`,
		[batchId, table]
	);
	const restored = upd.rowCount ?? 0;
	const { rows } = await client.query<{ n: string }>(`select count(*) as n from import_change where batch_id = $1 and target = $2`, [batchId, table]);
	return { removed, restored, skipped: Number(rows[0].n) - removed - restored };
}
