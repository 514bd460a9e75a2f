import type { Db } from '../db/client';
import { scheduleJob, work } from '../jobs/queue';
import { sendExpiryReminders } from './agency.service';

declare module '../jobs/queue' {
	interface JobPayloads {
		'licence.expiry-sweep': Record<string, never>;
	}
}

/** Every morning in Bishkek (03:00 UTC), agencies whose licence expires within 30 days are reminded. */
export async function registerAgencyJobs(db: Db): Promise<void> {
	await work('licence.expiry-sweep', async () => {
		await sendExpiryReminders(db);
	});
	await scheduleJob('licence.expiry-sweep', '0 3 * * *', {});
}
