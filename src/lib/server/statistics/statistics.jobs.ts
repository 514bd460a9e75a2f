import type { Db } from '../db/client';
import { enqueue, scheduleJob, work } from '../jobs/queue';
import { refreshStatistics } from './statistics.service';

declare module '../jobs/queue' {
	interface JobPayloads {
		'statistics.refresh': Record<string, never>;
	}
}

/** The cube (and what is built from it) is rebuilt every hour at :15, and on demand (`requestRefresh`). */
export async function registerStatisticsJobs(db: Db): Promise<void> {
	await work('statistics.refresh', async () => {
		await refreshStatistics(db);
	});
	await scheduleJob('statistics.refresh', '15 * * * *', {});
	// A fresh installation has figures at once.
	await enqueue('statistics.refresh', {});
}

export const requestRefresh = () => enqueue('statistics.refresh', {});
