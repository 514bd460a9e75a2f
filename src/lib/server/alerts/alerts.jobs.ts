import { onInbound, registerRenderer } from '../channels';
import type { Db } from '../db/client';
import { enqueue, scheduleJob, work } from '../jobs/queue';
import { log } from '../log';
import { dueAlerts, sendAlert, setAlertScheduler } from './alerts.service';
import { handleAnswer, renderFallback } from './answers.service';

declare module '../jobs/queue' {
	interface JobPayloads {
		'alert.send': { alertId: string };
		'alerts.sweep': Record<string, never>;
	}
}

/** What every process needs, workers or not: answers that come in, and how an alert falls back. */
export function registerAlertHandlers(db: Db): void {
	// Before the Telegram bot and other handlers: a reply to an alert is an answer first.
	onInbound('alerts', (_db, message) => handleAnswer(db, message), { channels: ['sms', 'telegram'], order: 10 });
	registerRenderer('alert', (original, channel) => renderFallback(db, original, channel));
}

/**
 * Approval queues one job per alert (now or at its time). The job is idempotent, so a retry after a
 * crash adds nobody twice; a sweep each minute sends any approved alert whose job was lost. Contacts
 * of alerts older than 7 days are cleared by the privacy retention job.
 */
export async function registerAlertJobs(db: Db): Promise<void> {
	registerAlertHandlers(db);
	setAlertScheduler((alertId, at) => enqueue('alert.send', { alertId }, at ?? undefined));
	await work('alert.send', async ({ alertId }) => {
		await sendAlert(db, alertId);
	});
	await work('alerts.sweep', async () => {
		for (const id of await dueAlerts(db, new Date(Date.now() - 60_000))) {
			log.warn('alert sent by the sweep', { alert: id });
			await sendAlert(db, id);
		}
	});
	await scheduleJob('alerts.sweep', '* * * * *', {});
}
