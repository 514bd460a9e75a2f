import nodemailer from 'nodemailer';
import type { Db } from '../db/client';
import { devOutbox } from './messaging.table';

/** Outgoing channels sit behind these interfaces; providers are chosen by configuration. */
export interface SmsSender {
	send(message: { to: string; body: string }): Promise<void>;
}
export interface EmailSender {
	send(message: { to: string; subject: string; text: string }): Promise<void>;
}

/** Development and test: keep the message in the outbox table instead of sending it. */
export function outboxSms(db: Db): SmsSender {
	return {
		async send({ to, body }) {
			await db.insert(devOutbox).values({ channel: 'sms', recipient: to, body });
		}
	};
}

export function outboxEmail(db: Db): EmailSender {
	return {
		async send({ to, subject, text }) {
			await db.insert(devOutbox).values({ channel: 'email', recipient: to, subject, body: text });
		}
	};
}

/** Real email over SMTP (smtp:// or smtps:// URL, e.g. smtp://user:pass@mail.example:587). */
export function smtpEmail(url: string, from: string): EmailSender {
	const transport = nodemailer.createTransport(url);
	return {
		async send({ to, subject, text }) {
			await transport.sendMail({ from, to, subject, text });
		}
	};
}
