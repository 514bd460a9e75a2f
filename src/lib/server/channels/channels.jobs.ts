import type { Db } from '../db/client';
import { scheduleJob, work } from '../jobs/queue';
import { purgeOldMessages } from './retention';

declare module '../jobs/queue' {
	interface JobPayloads {
		'channels.retention': Record<string, never>;
	}
}

/** Every night in Bishkek (02:30 local, 20:30 UTC), recipient data older than 7 days is cleared. */
export async function registerChannelsJobs(db: Db): Promise<void> {
	await work('channels.retention', async () => {
		await purgeOldMessages(db);
	});
	await scheduleJob('channels.retention', '30 20 * * *', {});
}
