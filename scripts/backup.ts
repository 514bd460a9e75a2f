/**
 * npm run backup -- FILE: one archive with the database, the attachments and the keys (encrypted with
 * SAPAR_BACKUP_PASSPHRASE or a passphrase typed at the prompt). Works while Sapar runs.
 * docs/operations.md, "Backup and restore".
 */
import { postgresDir } from '#lib/server/config';
import { runningEmbedded, startEmbedded } from '#lib/server/db/embedded';
import { checkPassphrase, createBackup, type DatabaseTarget } from '#lib/server/ops/backup';
import { passphrase } from './passphrase';

const file = process.argv[2];
if (!file) {
	console.error('usage: npm run backup -- FILE');
	process.exit(2);
}
let code = 0;
let stop: (() => Promise<void>) | undefined;
try {
	const secret = checkPassphrase(await passphrase('Backup passphrase (needed to restore the keys): '));
	let target: DatabaseTarget;
	if (process.env.DATABASE_URL) target = { kind: 'url', url: process.env.DATABASE_URL };
	else {
		const dir = postgresDir();
		let url = runningEmbedded(dir, 'sapar');
		if (!url) {
			const started = await startEmbedded(dir, 'sapar');
			url = started.url;
			stop = () => started.stop();
		}
		target = { kind: 'embedded', dir, url };
	}
	const began = Date.now();
	const manifest = await createBackup(file, secret, target);
	const rows = Object.values(manifest.counts).reduce((a, b) => a + b, 0);
	console.log(
		`backup written to ${file} in ${((Date.now() - began) / 1000).toFixed(1)} s: PostgreSQL ${manifest.database.serverVersion} (${manifest.database.kind}), ` +
			`${rows} rows in ${Object.keys(manifest.counts).length} tables, ${manifest.files.attachments} attachments, ${manifest.files.imports} import files, keys encrypted`
	);
} catch (e) {
	console.error(`backup failed: ${(e as Error).message}`);
	code = 1;
}
await stop?.();
process.exit(code);
