/** Verifies the audit log's hash chain: exit code 0 when intact, 1 when a row does not verify. */
import { closeDb, getDb } from '#lib/server/db/client';
import { verifyAuditChain } from '#lib/server/audit/audit.service';
import { postgresDir } from '#lib/server/config';
import { startEmbedded } from '#lib/server/db/embedded';

const embedded = process.env.DATABASE_URL ? undefined : await startEmbedded(postgresDir(), 'sapar');
if (embedded) process.env.DATABASE_URL = embedded.url;
const report = await verifyAuditChain(getDb());
console.log(report.ok ? `audit chain intact: ${report.rows} rows` : `audit chain BROKEN at row ${report.brokenAt} (after ${report.rows} good rows)`);
await closeDb();
await embedded?.stop();
process.exit(report.ok ? 0 : 1);
