/**
 * npm run restore -- FILE: restores a backup into an empty installation (SAPAR_DATA_DIR, and
 * DATABASE_URL when set). Nothing is overwritten; a wrong passphrase stops before anything is written.
 * docs/operations.md, "Backup and restore".
 */
import { postgresDir } from '#lib/server/config';
import { startEmbedded } from '#lib/server/db/embedded';
import { restoreBackup, tableCounts, type RestoreTarget } from '#lib/server/ops/backup';
import { passphrase } from './passphrase';

const file = process.argv[2];
if (!file) {
	console.error('usage: npm run restore -- FILE');
	process.exit(2);
}
let code = 0;
try {
	const secret = await passphrase('Backup passphrase: ');
	const target: RestoreTarget = process.env.DATABASE_URL ? { kind: 'url', url: process.env.DATABASE_URL } : { kind: 'embedded', dir: postgresDir() };
	const began = Date.now();
	const { manifest, notes } = await restoreBackup(file, secret, target, (dir) => startEmbedded(dir, 'sapar'));
	// Start it once: the embedded server recovers the base backup, and the counts show what came back.
	const embedded = target.kind === 'embedded' ? await startEmbedded(target.dir, 'sapar') : undefined;
	const counts = await tableCounts(embedded?.url ?? (target as { url: string }).url);
	await embedded?.stop();
	const rows = Object.values(counts).reduce((a, b) => a + b, 0);
	console.log(
		`restored ${file} (made ${manifest.createdAt}) in ${((Date.now() - began) / 1000).toFixed(1)} s: ${rows} rows in ${Object.keys(counts).length} tables ` +
			`(the backup counted ${Object.values(manifest.counts).reduce((a, b) => a + b, 0)}), ${manifest.files.attachments} attachments, keys written. ` +
			'Run `npm run audit:verify`, then start Sapar.'
	);
	for (const note of notes) console.log(`note: ${note}`);
} catch (e) {
	console.error(`restore failed: ${(e as Error).message}`);
	code = 1;
}
process.exit(code);
