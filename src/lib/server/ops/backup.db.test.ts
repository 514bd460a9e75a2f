import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeOrganisation, makeStaff } from '../../../../tests/support/factories';
import { verifyAuditChain } from '../audit/audit.service';
import { addAttachment, readAttachment } from '../cases/attachment.service';
import { helpCase } from '../cases/cases.table';
import { decryptField, resetKeyRing } from '../cases/field-crypto';
import { submitHelpRequest } from '../cases/intake.service';
import { resetIndexKey } from '../crypto/blind-index';
import { closeDb, getDb } from '../db/client';
import { startEmbedded, type Embedded } from '../db/embedded';
import { prepareDatabase } from '../db/setup';
import { stopQueue } from '../jobs/queue';
import { organisation } from '../org/org.table';
import { createBackup, openKeys, restoreBackup, sealKeys, tableCounts } from './backup';

/**
 * The restore drill (issue 14): data of every kind, including an encrypted field and an attachment, is
 * backed up, the installation wiped, the archive restored into an empty one, and then the counts
 * match, the field decrypts, the attachment downloads and the audit chain verifies. Prints one JSON
 * line with the times and the archive's size.
 */
const PASSPHRASE = 'correct horse battery staple';
const NARRATIVE = 'The employer kept my passport and has not paid for three months.';
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('a scan of a pay slip')]);
const KEYS = [
	'DATABASE_URL',
	'SAPAR_DATA_DIR',
	'SAPAR_CASE_KEY',
	'SAPAR_CASE_KEY_FILE',
	'SAPAR_INDEX_KEY',
	'SAPAR_INDEX_KEY_FILE',
	'SAPAR_ATTACHMENT_DIR',
	'SAPAR_IMPORT_DIR'
] as const;
const saved = Object.fromEntries(KEYS.map((k) => [k, process.env[k]]));

let root: string;
let embedded: Embedded | undefined;

/** Points every module at an installation under `dir` with the database at `url`. */
async function use(dir: string, url?: string) {
	await stopQueue();
	await closeDb();
	resetKeyRing();
	resetIndexKey();
	for (const k of KEYS) delete process.env[k];
	process.env.SAPAR_DATA_DIR = dir;
	if (url) process.env.DATABASE_URL = url;
}

beforeAll(() => {
	root = mkdtempSync(path.join(os.tmpdir(), 'sapar-drill-'));
});

afterAll(async () => {
	await stopQueue();
	await closeDb();
	await embedded?.stop().catch(() => {});
	for (const k of KEYS) {
		if (saved[k] === undefined) delete process.env[k];
		else process.env[k] = saved[k];
	}
	resetKeyRing();
	resetIndexKey();
	rmSync(root, { recursive: true, force: true });
});

async function seedCase() {
	const org = await makeOrganisation('consulate', 'AE');
	const city = `Town${org.slug}`;
	await getDb()
		.update(organisation)
		.set({ city: { en: city } })
		.where(eq(organisation.id, org.id));
	const worker = await makeStaff(org.id, 'consular_officer');
	const created = await submitHelpRequest(
		getDb(),
		null,
		{ type: 'unpaid_wages', countryIso2: 'ae', city, narrative: NARRATIVE, contactPhone: '0700 123 456', contactChannel: 'sms', idDocument: 'AC1234567' },
		'en'
	);
	if (!created.ok) throw new Error(JSON.stringify(created.errors));
	const added = await addAttachment(getDb(), worker, created.data.id, new File([PNG], 'pay-slip.png', { type: 'image/png' }));
	if (!added.ok) throw new Error('attachment');
	return { caseId: created.data.id, attachmentId: added.data.id, worker };
}

describe('backup and restore', () => {
	it('keys are sealed under the passphrase and open only with it', () => {
		const sealed = sealKeys({ a: 1 }, PASSPHRASE);
		expect(sealed).not.toContain('"a"');
		expect(openKeys(sealed, PASSPHRASE)).toEqual({ a: 1 });
		expect(() => openKeys(sealed, 'another passphrase')).toThrow(/passphrase/);
	});

	it('restore drill on the embedded database: back up, wipe, restore, verify', async () => {
		const a = path.join(root, 'a');
		await use(a);
		embedded = await startEmbedded(path.join(a, 'postgres'), 'sapar', 5492);
		process.env.DATABASE_URL = embedded.url;
		await prepareDatabase(getDb(), { demo: false });
		const { caseId, attachmentId, worker } = await seedCase();
		await stopQueue();
		const before = await tableCounts(embedded.url);
		const chainBefore = await verifyAuditChain(getDb());
		expect(chainBefore.ok).toBe(true);

		const archive = path.join(root, 'sapar.backup');
		let began = Date.now();
		const manifest = await createBackup(archive, PASSPHRASE, { kind: 'embedded', dir: path.join(a, 'postgres'), url: embedded.url });
		const backupSeconds = (Date.now() - began) / 1000;
		expect(manifest.database.kind).toBe('embedded-physical');
		expect(manifest.files.attachments).toBe(1);
		expect(statSync(archive).mode & 0o777).toBe(0o600);

		// Wipe: the database, the keys and the files are gone.
		await use(a);
		await embedded.stop();
		embedded = undefined;
		rmSync(a, { recursive: true, force: true });

		// A wrong passphrase stops before anything is written.
		await expect(restoreBackup(archive, 'not the passphrase', { kind: 'embedded', dir: path.join(a, 'postgres') })).rejects.toThrow(/passphrase/);
		expect(existsSync(path.join(a, 'postgres', 'PG_VERSION'))).toBe(false);

		began = Date.now();
		await restoreBackup(archive, PASSPHRASE, { kind: 'embedded', dir: path.join(a, 'postgres') });
		embedded = await startEmbedded(path.join(a, 'postgres'), 'sapar', 5492);
		const restoreSeconds = (Date.now() - began) / 1000;
		await use(a, embedded.url);

		// Nothing is overwritten: a second restore into the now full installation refuses.
		await expect(restoreBackup(archive, PASSPHRASE, { kind: 'embedded', dir: path.join(a, 'postgres') })).rejects.toThrow(/empty installation/);

		expect(await tableCounts(embedded.url)).toEqual(before);
		const [row] = await getDb().select().from(helpCase).where(eq(helpCase.id, caseId));
		expect(decryptField(row.narrativeEnc!, row.id, 'narrative')).toBe(NARRATIVE);
		const file = await readAttachment(getDb(), worker, caseId, attachmentId);
		expect(Buffer.compare(file.bytes, PNG)).toBe(0);
		expect(file.name).toBe('pay-slip.png');
		const chain = await verifyAuditChain(getDb());
		expect(chain.ok).toBe(true);
		expect(chain.rows).toBe(chainBefore.rows + 1); // the download above was audited

		console.log(
			JSON.stringify({
				bench: 'restore-drill',
				database: `embedded ${manifest.database.serverVersion}`,
				rows: Object.values(before).reduce((x, y) => x + y, 0),
				archive_bytes: statSync(archive).size,
				backup_s: backupSeconds,
				restore_s: restoreSeconds
			})
		);
		await use(a);
		await embedded.stop();
		embedded = undefined;
	}, 180_000);

	it('on DATABASE_URL: pg_dump and pg_restore of the matching version, into an empty database', async (ctx) => {
		const url = saved.DATABASE_URL!;
		const major = async (u: string) => {
			const c = new pg.Client({ connectionString: u });
			await c.connect();
			const { rows } = await c.query<{ n: number }>(`select current_setting('server_version_num')::int / 10000 as n`);
			await c.end();
			return rows[0].n;
		};
		const { spawnSync } = await import('node:child_process');
		const dump = spawnSync(process.env.PG_BIN ? path.join(process.env.PG_BIN, 'pg_dump') : 'pg_dump', ['--version'], { encoding: 'utf8' });
		const tool = Number(/(\d+)/.exec((dump.stdout ?? '').replace(/^[^)]*\)/, ''))?.[1] ?? 0);
		if (tool < (await major(url))) {
			console.log(`skipped: pg_dump ${tool || 'missing'} is older than the server at DATABASE_URL`);
			ctx.skip();
		}
		const b = path.join(root, 'b');
		await use(b, url);
		const before = await tableCounts(url);
		const archive = path.join(root, 'url.backup');
		const manifest = await createBackup(archive, PASSPHRASE, { kind: 'url', url });
		expect(manifest.database.kind).toBe('pg_dump');

		const target = new URL(url);
		const name = `sapar_restore_${Date.now()}`;
		const admin = new pg.Client({ connectionString: url });
		await admin.connect();
		await admin.query(`create database ${name}`);
		await admin.end();
		target.pathname = `/${name}`;
		try {
			const c = path.join(root, 'c');
			await use(c, target.toString());
			await restoreBackup(archive, PASSPHRASE, { kind: 'url', url: target.toString() });
			const after = await tableCounts(target.toString());
			// pg-boss keeps working in the source database while it is dumped; Sapar's own tables match.
			const own = (counts: Record<string, number>) => Object.fromEntries(Object.entries(counts).filter(([k]) => !k.startsWith('pgboss.')));
			expect(own(after)).toEqual(own(before));
			expect(readdirSync(c)).toEqual(expect.arrayContaining(['case-keys.json', 'index-key']));
			expect((await verifyAuditChain(getDb())).ok).toBe(true);
		} finally {
			await use(root);
			const drop = new pg.Client({ connectionString: url });
			await drop.connect();
			await drop.query(`drop database if exists ${name} with (force)`);
			await drop.end();
		}
	}, 180_000);
});
