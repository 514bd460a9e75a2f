import { desc } from 'drizzle-orm';
import { config, isProduction } from '../config';
import type { Db } from '../db/client';
import { enqueue } from '../jobs/queue';
import { outboxEmail, outboxSms, smtpEmail, type EmailSender, type SmsSender } from './adapters';
import { devOutbox } from './messaging.table';

/** Queue an SMS; it is delivered by the 'message.sms' worker. */
export const queueSms = (to: string, body: string) => enqueue('message.sms', { to, body });
/** Queue an email; it is delivered by the 'message.email' worker. */
export const queueEmail = (to: string, subject: string, text: string) =>
	enqueue('message.email', { to, subject, text });

export function chooseSenders(db: Db): { sms: SmsSender; email: EmailSender } {
	if (config.useOutbox) return { sms: outboxSms(db), email: outboxEmail(db) };
	if (!config.smtpUrl) throw new Error('SMTP_URL must be set in production');
	return {
		email: smtpEmail(config.smtpUrl, config.mailFrom),
		// No SMS gateway is contracted yet: production refuses to pretend it sent one.
		sms: {
			async send() {
				throw new Error('no SMS gateway configured');
			}
		}
	};
}

/** The development outbox (never in production). */
export async function listOutbox(db: Db, limit = 100) {
	if (isProduction()) return [];
	return db.select().from(devOutbox).orderBy(desc(devOutbox.createdAt)).limit(limit);
}
