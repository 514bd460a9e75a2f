import type { Db } from '../db/client';
import { work } from '../jobs/queue';
import { sendRegistrationReminder } from './registration.service';

declare module '../jobs/queue' {
	interface JobPayloads {
		'registration.reminder': { registrationId: string; locale: string };
	}
}

/** Reminds an unconfirmed registrant shortly before the 15-day deadline. */
export async function registerRegistrationJobs(db: Db): Promise<void> {
	await work('registration.reminder', ({ registrationId, locale }) => sendRegistrationReminder(db, registrationId, locale));
}
