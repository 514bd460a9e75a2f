/**
 * Re-encrypts case data under the current key (the first in SAPAR_CASE_KEY, or "current" in the key
 * file). Rotate: put a new key first, keep the old ones, run this, then drop the old keys.
 */
import { closeDb, getDb } from '#lib/server/db/client';
import { postgresDir } from '#lib/server/config';
import { startEmbedded } from '#lib/server/db/embedded';
import { rekeyCases } from '#lib/server/cases/rekey';
import { currentKeyId } from '#lib/server/cases/field-crypto';

const embedded = process.env.DATABASE_URL ? undefined : await startEmbedded(postgresDir(), 'sapar');
if (embedded) process.env.DATABASE_URL = embedded.url;
let code = 0;
try {
	const report = await rekeyCases(getDb());
	console.log(
		`case data now under key ${currentKeyId()}: ${report.values} values and ${report.files} files re-encrypted; ${report.missingFiles} attachment files missing`
	);
	if (report.missingFiles) code = 1;
} catch (e) {
	console.error(`re-encryption stopped: ${(e as Error).message}. Nothing half-written; fix the key ring and run it again.`);
	code = 1;
}
await closeDb();
await embedded?.stop();
process.exit(code);
