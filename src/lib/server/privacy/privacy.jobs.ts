import type { Db } from '../db/client';
import { getQueue, scheduleJob, work } from '../jobs/queue';
import { applyRetention } from './retention';
import { RETENTION_CRON } from './retention.rules';

declare module '../jobs/queue' {
	interface JobPayloads {
		'privacy.retention': Record<string, never>;
	}
}

/** The retention rules applied every hour (retention.rules.ts); it replaces the nightly channels.retention. */
export async function registerPrivacyJobs(db: Db): Promise<void> {
	await work('privacy.retention', async () => {
		await applyRetention(db);
	});
	await scheduleJob('privacy.retention', RETENTION_CRON, {});
	await (await getQueue()).unschedule('channels.retention').catch(() => undefined);
}
