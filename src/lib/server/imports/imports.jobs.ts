import type { Db } from '../db/client';
import { scheduleJob, work } from '../jobs/queue';
import type { ImportPhase } from './imports.table';
import { purgeOldFiles } from './imports.service';
import { runPhase } from './pipeline';

declare module '../jobs/queue' {
	interface JobPayloads {
		'import.run': { batchId: string; phase: ImportPhase };
		'import.purge': Record<string, never>;
	}
}

/**
 * Imports run as jobs (docs/decisions/0017): a batch is queued in the database, so a restart loses
 * nothing — the job runs again, and since each phase is one transaction, a half-done run left no trace.
 */
export async function registerImportJobs(db: Db): Promise<void> {
	await work('import.run', ({ batchId, phase }) => runPhase(db, batchId, phase));
	await work('import.purge', async () => {
		await purgeOldFiles(db);
	});
	await scheduleJob('import.purge', '30 2 * * *', {});
}
