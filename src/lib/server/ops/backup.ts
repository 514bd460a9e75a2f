import { createCipheriv, createDecipheriv, randomBytes, scryptSync } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import {
	chmodSync,
	chownSync,
	cpSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	renameSync,
	rmSync,
	symlinkSync,
	writeFileSync
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import pg from 'pg';
import { dataPath } from '../config';
import { attachmentDir } from '../cases/case-files';
import { exportKeyRing } from '../cases/field-crypto';
import { exportIndexKey } from '../crypto/blind-index';
import { importDir } from '../imports/storage';

/**
 * One archive (a tar file) with everything a Sapar installation keeps (docs/operations.md, "Backup"):
 *
 *   sapar-backup.json   what is inside: database kind and server version, row counts, file counts
 *   keys.enc            the case-key ring and the blind-index key, AES-256-GCM under a key derived from
 *                       the operator's passphrase (scrypt); never in clear
 *   database/           embedded PostgreSQL: a physical base backup (base.tar.gz, the WAL it needs in
 *                       wal.tar.gz, backup_label),
 *                       taken with the server's own low-level backup API while it runs, because the
 *                       embedded package ships no pg_dump of its version;
 *                       DATABASE_URL: database.dump, pg_dump's custom format (the machine's pg_dump, or
 *                       PG_BIN's, which must be at least the server's major version)
 *   attachments/        case attachments as stored (already encrypted with the case keys)
 *   imports/            import files waiting to be committed (encrypted)
 */
export const MANIFEST = 'sapar-backup.json';

export type DatabaseTarget = { kind: 'embedded'; dir: string; url: string } | { kind: 'url'; url: string };

export interface Manifest {
	format: 'sapar-backup';
	version: 1;
	createdAt: string;
	database: { kind: 'embedded-physical' | 'pg_dump'; serverVersion: string };
	counts: Record<string, number>;
	files: { attachments: number; imports: number };
}

// ---------------------------------------------------------------------------------------------
// Keys under a passphrase

const KDF = { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };

export function checkPassphrase(passphrase: string | undefined): string {
	if (!passphrase || passphrase.length < 12)
		throw new Error('the backup passphrase must be at least 12 characters (SAPAR_BACKUP_PASSPHRASE, or type it when asked)');
	return passphrase;
}

export function sealKeys(material: object, passphrase: string): string {
	const salt = randomBytes(16);
	const iv = randomBytes(12);
	const key = scryptSync(passphrase, salt, 32, KDF);
	const cipher = createCipheriv('aes-256-gcm', key, iv);
	const data = Buffer.concat([cipher.update(JSON.stringify(material), 'utf8'), cipher.final()]);
	const b = (x: Buffer) => x.toString('base64');
	return JSON.stringify({ kdf: 'scrypt', N: KDF.N, r: KDF.r, p: KDF.p, salt: b(salt), iv: b(iv), tag: b(cipher.getAuthTag()), data: b(data) });
}

export function openKeys<T>(sealed: string, passphrase: string): T {
	const s = JSON.parse(sealed) as { N: number; r: number; p: number; salt: string; iv: string; tag: string; data: string };
	const key = scryptSync(passphrase, Buffer.from(s.salt, 'base64'), 32, { N: s.N, r: s.r, p: s.p, maxmem: KDF.maxmem });
	const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(s.iv, 'base64'));
	decipher.setAuthTag(Buffer.from(s.tag, 'base64'));
	try {
		return JSON.parse(Buffer.concat([decipher.update(Buffer.from(s.data, 'base64')), decipher.final()]).toString('utf8')) as T;
	} catch {
		throw new Error("the passphrase does not open this backup's keys (wrong passphrase, or the archive is damaged)");
	}
}

interface KeyMaterial {
	caseKeys: { current: string; keys: Record<string, string> };
	indexKey: string;
}

// ---------------------------------------------------------------------------------------------
// Tools

function run(command: string, args: string[], opts: { env?: NodeJS.ProcessEnv; okCodes?: number[] } = {}): string {
	const result = spawnSync(command, args, { env: { ...process.env, ...opts.env }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
	if (result.error) throw new Error(`${command} could not run: ${result.error.message}`);
	if (!(opts.okCodes ?? [0]).includes(result.status ?? -1)) {
		throw new Error(`${command} failed (exit ${result.status}): ${(result.stderr || result.stdout || '').trim().split('\n').slice(-3).join(' ')}`);
	}
	return result.stdout;
}

/** Connection details for libpq tools, the password in the environment rather than on the command line. */
function libpq(url: string): { dbname: string; env: NodeJS.ProcessEnv } {
	const u = new URL(url);
	const password = decodeURIComponent(u.password);
	u.password = '';
	return { dbname: u.toString(), env: password ? { PGPASSWORD: password } : {} };
}

const pgTool = (name: string) => (process.env.PG_BIN ? join(process.env.PG_BIN, name) : name);

function toolMajor(name: string): number {
	const out = run(pgTool(name), ['--version']);
	const m = /(\d+)(?:\.\d+)?/.exec(out.replace(/^[^)]*\)/, ''));
	return m ? Number(m[1]) : 0;
}

async function query<T extends pg.QueryResultRow>(url: string, text: string): Promise<T[]> {
	const client = new pg.Client({ connectionString: url });
	await client.connect();
	try {
		return (await client.query<T>(text)).rows;
	} finally {
		await client.end();
	}
}

/** Exact row counts of every table Sapar owns (public, drizzle and pgboss schemas). */
export async function tableCounts(url: string): Promise<Record<string, number>> {
	const client = new pg.Client({ connectionString: url });
	await client.connect();
	try {
		const { rows } = await client.query<{ name: string }>(
			`select quote_ident(schemaname) || '.' || quote_ident(tablename) as name from pg_tables
			 where schemaname in ('public', 'drizzle', 'pgboss') order by 1`
		);
		const counts: Record<string, number> = {};
		for (const { name } of rows) counts[name] = (await client.query<{ n: number }>(`select count(*)::int as n from ${name}`)).rows[0].n;
		return counts;
	} finally {
		await client.end();
	}
}

const countFiles = (dir: string) => (existsSync(dir) ? readdirSync(dir).length : 0);

// ---------------------------------------------------------------------------------------------
// Backup

/** A physical base backup of the running embedded cluster (low-level API, WAL held by a temporary slot). */
async function physicalBackup(dir: string, url: string, into: string): Promise<void> {
	const client = new pg.Client({ connectionString: url });
	await client.connect();
	try {
		// The temporary slot keeps every WAL segment from here on until this session ends.
		await client.query(`select pg_create_physical_replication_slot('sapar_backup_' || pg_backend_pid(), true, true)`);
		await client.query(`select pg_backup_start('sapar backup', true)`);
		const excluded = [
			'postmaster.pid',
			'postmaster.opts',
			'pg_wal/*',
			'pg_replslot/*',
			'pg_stat_tmp/*',
			'pg_dynshmem/*',
			'pg_notify/*',
			'pg_serial/*',
			'pg_snapshots/*',
			'pg_subtrans/*',
			'pgsql_tmp*'
		];
		// Files change while they are read (that is what the WAL is for): tar's exit 1 says so and is fine.
		run(
			'tar',
			[
				'-cf',
				join(into, 'base.tar.gz'),
				'--use-compress-program=gzip -1',
				'--warning=no-file-changed',
				'--warning=no-file-removed',
				'--warning=no-file-shrank',
				...excluded.map((x) => `--exclude=./${x}`),
				'-C',
				dir,
				'.'
			],
			{ okCodes: [0, 1] }
		);
		const { rows } = await client.query<{ labelfile: string; spcmapfile: string | null; last: string }>(
			'select labelfile, spcmapfile, pg_walfile_name(lsn) as last from pg_backup_stop(false)'
		);
		writeFileSync(join(into, 'backup_label'), rows[0].labelfile);
		if (rows[0].spcmapfile) writeFileSync(join(into, 'tablespace_map'), rows[0].spcmapfile);
		// The WAL from the backup's start to its end (still held by the slot), and the timeline history.
		const first = /START WAL LOCATION: .* \(file ([0-9A-F]{24})\)/.exec(rows[0].labelfile)?.[1];
		if (!first) throw new Error('the server returned no backup label');
		const wal = readdirSync(join(dir, 'pg_wal')).filter(
			(name) => (/^[0-9A-F]{24}$/.test(name) && name >= first && name <= rows[0].last) || name.endsWith('.history')
		);
		run('tar', ['-cf', join(into, 'wal.tar.gz'), '--use-compress-program=gzip -1', '-C', join(dir, 'pg_wal'), ...wal]);
	} finally {
		await client.end();
	}
}

function logicalBackup(url: string, into: string, serverMajor: number): void {
	const major = toolMajor('pg_dump');
	if (major < serverMajor) {
		throw new Error(
			`pg_dump ${major} cannot dump PostgreSQL ${serverMajor}: install the client of version ${serverMajor} (Debian: postgresql-client-${serverMajor}) or point PG_BIN at its bin directory`
		);
	}
	const { dbname, env } = libpq(url);
	run(pgTool('pg_dump'), ['--format=custom', '--no-owner', '--no-privileges', `--file=${join(into, 'database.dump')}`, `--dbname=${dbname}`], { env });
}

/** Writes the archive to `file` (atomically, mode 600) and returns its manifest. */
export async function createBackup(file: string, passphrase: string, target: DatabaseTarget): Promise<Manifest> {
	checkPassphrase(passphrase);
	const out = resolve(file);
	mkdirSync(dirname(out), { recursive: true });
	const staging = mkdtempSync(join(dirname(out), '.sapar-backup-'));
	try {
		const [{ version, major }] = await query<{ version: string; major: number }>(
			target.url,
			`select current_setting('server_version') as version, current_setting('server_version_num')::int / 10000 as major`
		);
		const counts = await tableCounts(target.url);
		mkdirSync(join(staging, 'database'));
		if (target.kind === 'embedded') await physicalBackup(target.dir, target.url, join(staging, 'database'));
		else logicalBackup(target.url, join(staging, 'database'), major);

		const keys: KeyMaterial = { caseKeys: exportKeyRing(), indexKey: exportIndexKey() };
		writeFileSync(join(staging, 'keys.enc'), sealKeys(keys, passphrase), { mode: 0o600 });
		// The file directories go in as they are (tar follows these two links).
		for (const [name, dir] of [
			['attachments', attachmentDir()],
			['imports', importDir()]
		] as const)
			if (existsSync(dir)) symlinkSync(dir, join(staging, name));
		const manifest: Manifest = {
			format: 'sapar-backup',
			version: 1,
			createdAt: new Date().toISOString(),
			database: { kind: target.kind === 'embedded' ? 'embedded-physical' : 'pg_dump', serverVersion: version },
			counts,
			files: { attachments: countFiles(attachmentDir()), imports: countFiles(importDir()) }
		};
		writeFileSync(join(staging, MANIFEST), JSON.stringify(manifest, null, 2));
		const partial = `${out}.partial`;
		run('tar', [
			'-cf',
			partial,
			'--dereference',
			'-C',
			staging,
			MANIFEST,
			'keys.enc',
			'database',
			...['attachments', 'imports'].filter((n) => existsSync(join(staging, n)))
		]);
		chmodSync(partial, 0o600);
		renameSync(partial, out);
		return manifest;
	} finally {
		rmSync(staging, { recursive: true, force: true });
	}
}

// ---------------------------------------------------------------------------------------------
// Restore

export type RestoreTarget = { kind: 'embedded'; dir: string } | { kind: 'url'; url: string };

function hasFiles(dir: string): boolean {
	return existsSync(dir) && readdirSync(dir).length > 0;
}

const caseKeyFile = () => process.env.SAPAR_CASE_KEY_FILE ?? dataPath('case-keys.json');
const indexKeyFile = () => process.env.SAPAR_INDEX_KEY_FILE ?? dataPath('index-key');

/** Every reason the installation is not empty (a restore never overwrites anything). */
export async function notEmpty(target: RestoreTarget): Promise<string[]> {
	const problems: string[] = [];
	if (target.kind === 'embedded') {
		if (hasFiles(target.dir)) problems.push(`the embedded database directory ${target.dir} is not empty`);
	} else {
		const [{ n }] = await query<{ n: number }>(
			target.url,
			`select count(*)::int as n from pg_tables where schemaname not in ('pg_catalog', 'information_schema')`
		);
		if (n > 0) problems.push(`the database at DATABASE_URL already has ${n} tables`);
	}
	if (hasFiles(attachmentDir())) problems.push(`the attachments directory ${attachmentDir()} is not empty`);
	if (existsSync(caseKeyFile())) problems.push(`a case key file exists at ${caseKeyFile()}`);
	if (existsSync(indexKeyFile())) problems.push(`an index key file exists at ${indexKeyFile()}`);
	return problems;
}

/** The uid/gid the embedded PostgreSQL runs as when Sapar runs as root (the `postgres` user). */
function postgresOwner(): { uid: number; gid: number } | null {
	if (process.getuid?.() !== 0) return null;
	const line = readFileSync('/etc/passwd', 'utf8')
		.split('\n')
		.find((l) => l.startsWith('postgres:'));
	if (!line) return null;
	const [, , uid, gid] = line.split(':');
	return { uid: Number(uid), gid: Number(gid) };
}

function chownTree(path: string, owner: { uid: number; gid: number }) {
	chownSync(path, owner.uid, owner.gid);
	for (const entry of readdirSync(path, { withFileTypes: true })) {
		const child = join(path, entry.name);
		if (entry.isDirectory()) chownTree(child, owner);
		else chownSync(child, owner.uid, owner.gid);
	}
}

/**
 * Restores an archive into an empty installation: the database (embedded directory, or the database at
 * DATABASE_URL), the keys (written as key files under SAPAR_DATA_DIR or where SAPAR_*_KEY_FILE point)
 * and the files. An embedded physical backup is recovered when the embedded server next starts.
 * `startEmbedded` is needed only to load a pg_dump archive into an embedded installation.
 */
export async function restoreBackup(
	file: string,
	passphrase: string,
	target: RestoreTarget,
	startEmbedded?: (dir: string) => Promise<{ url: string; stop(): Promise<void> }>
): Promise<{ manifest: Manifest; notes: string[] }> {
	const archive = resolve(file);
	if (!existsSync(archive)) throw new Error(`no backup at ${archive}`);
	const problems = await notEmpty(target);
	if (problems.length) throw new Error(`restore needs an empty installation: ${problems.join('; ')}`);
	const base = target.kind === 'embedded' ? dirname(resolve(target.dir)) : dataPath();
	mkdirSync(base, { recursive: true });
	const work = mkdtempSync(join(base, '.sapar-restore-'));
	const notes: string[] = [];
	try {
		run('tar', ['-xf', archive, '--no-same-owner', '-C', work]);
		if (!existsSync(join(work, MANIFEST))) throw new Error(`${archive} is not a Sapar backup (no ${MANIFEST})`);
		const manifest = JSON.parse(readFileSync(join(work, MANIFEST), 'utf8')) as Manifest;
		if (manifest.format !== 'sapar-backup' || manifest.version !== 1) throw new Error(`unknown backup format ${manifest.format} ${manifest.version}`);
		// Keys first: a wrong passphrase stops the restore before anything is written.
		const keys = openKeys<KeyMaterial>(readFileSync(join(work, 'keys.enc'), 'utf8'), passphrase);
		const db = join(work, 'database');

		if (manifest.database.kind === 'embedded-physical') {
			if (target.kind !== 'embedded') {
				throw new Error(
					`this backup holds the embedded PostgreSQL ${manifest.database.serverVersion} as files; restore it into an embedded installation (no DATABASE_URL), then move it with pg_dump ${manifest.database.serverVersion.split('.')[0]} (docs/operations.md)`
				);
			}
			const dir = resolve(target.dir);
			mkdirSync(dir, { recursive: true, mode: 0o700 });
			run('tar', ['-xzf', join(db, 'base.tar.gz'), '-C', dir]);
			mkdirSync(join(dir, 'pg_wal', 'archive_status'), { recursive: true });
			run('tar', ['-xzf', join(db, 'wal.tar.gz'), '-C', join(dir, 'pg_wal')]);
			cpSync(join(db, 'backup_label'), join(dir, 'backup_label'));
			if (existsSync(join(db, 'tablespace_map'))) cpSync(join(db, 'tablespace_map'), join(dir, 'tablespace_map'));
			chmodSync(dir, 0o700);
			const owner = postgresOwner();
			if (owner) chownTree(dir, owner);
		} else {
			if (toolMajor('pg_restore') < Number(manifest.database.serverVersion.split('.')[0])) {
				throw new Error(
					`pg_restore ${toolMajor('pg_restore')} cannot read a dump made by pg_dump for PostgreSQL ${manifest.database.serverVersion}: point PG_BIN at a newer client`
				);
			}
			let url: string;
			let stop = async () => {};
			if (target.kind === 'embedded') {
				if (!startEmbedded) throw new Error('restoring a pg_dump archive into the embedded database needs it started');
				const started = await startEmbedded(target.dir);
				url = started.url;
				stop = () => started.stop();
			} else url = target.url;
			try {
				const { dbname, env } = libpq(url);
				run(
					pgTool('pg_restore'),
					['--no-owner', '--no-privileges', '--exit-on-error', '--single-transaction', `--dbname=${dbname}`, join(db, 'database.dump')],
					{ env }
				);
			} finally {
				await stop();
			}
		}

		// Keys as files; a key given in the environment must be the backup's own.
		for (const [file, content, envName] of [
			[caseKeyFile(), JSON.stringify(keys.caseKeys), 'SAPAR_CASE_KEY'],
			[indexKeyFile(), keys.indexKey, 'SAPAR_INDEX_KEY']
		] as const) {
			mkdirSync(dirname(file), { recursive: true });
			writeFileSync(file, content, { mode: 0o600, flag: 'wx' });
			if (process.env[envName])
				notes.push(`${envName} is set in the environment: it wins over ${file}, which holds the backup's keys; unset it or give it the same keys`);
		}
		for (const [name, dir] of [
			['attachments', attachmentDir()],
			['imports', importDir()]
		] as const) {
			if (!existsSync(join(work, name))) continue;
			mkdirSync(dir, { recursive: true, mode: 0o700 });
			cpSync(join(work, name), dir, { recursive: true, errorOnExist: true, force: false });
		}
		return { manifest, notes };
	} finally {
		rmSync(work, { recursive: true, force: true });
	}
}
