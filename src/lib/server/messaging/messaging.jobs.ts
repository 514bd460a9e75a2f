import type { Db } from '../db/client';
import { work } from '../jobs/queue';
import { log } from '../log';
import { chooseSenders } from './messaging.service';

declare module '../jobs/queue' {
	interface JobPayloads {
		'message.sms': { to: string; body: string };
		'message.email': { to: string; subject: string; text: string };
	}
}

/** Delivery workers for queued SMS and e-mail. */
export async function registerMessagingJobs(db: Db): Promise<void> {
	const senders = chooseSenders(db);
	await work('message.sms', async (m) => {
		await senders.sms.send(m);
		log.info('sms delivered', { channel: 'sms' });
	});
	await work('message.email', async (m) => {
		await senders.email.send(m);
		log.info('email delivered', { channel: 'email' });
	});
}
