import { eq } from 'drizzle-orm';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '../db/client';
import { smtpEmail } from './adapters';
import { devOutbox } from './messaging.table';
import { queueEmail, queueSms } from './messaging.service';
import { registerMessagingJobs } from './messaging.jobs';

async function waitFor<T>(probe: () => Promise<T | undefined>, timeoutMs = 15_000): Promise<T> {
	const until = Date.now() + timeoutMs;
	for (;;) {
		const value = await probe();
		if (value !== undefined) return value;
		if (Date.now() > until) throw new Error('timed out waiting');
		await new Promise((r) => setTimeout(r, 100));
	}
}

describe('SMTP adapter against a real SMTP server on loopback', () => {
	const received: { from: string; to: string[]; raw: string }[] = [];
	let server: SMTPServer;
	let port = 0;

	beforeAll(async () => {
		server = new SMTPServer({
			authOptional: true,
			disabledCommands: ['STARTTLS'],
			onData(stream, session, callback) {
				let raw = '';
				stream.on('data', (chunk) => (raw += chunk.toString()));
				stream.on('end', () => {
					received.push({
						from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
						to: session.envelope.rcptTo.map((r) => r.address),
						raw
					});
					callback();
				});
			}
		});
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		port = (server.server.address() as { port: number }).port;
	});
	afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

	it('delivers a UTF-8 message with envelope and subject', async () => {
		const sender = smtpEmail(`smtp://127.0.0.1:${port}`, 'Sapar <no-reply@sapar.test>');
		await sender.send({ to: 'officer@example.kg', subject: 'Чакыруу — приглашение', text: 'Саламатсызбы! Здравствуйте!' });
		expect(received).toHaveLength(1);
		expect(received[0].from).toBe('no-reply@sapar.test');
		expect(received[0].to).toEqual(['officer@example.kg']);
		expect(received[0].raw).toMatch(/^Subject: /m);
		expect(received[0].raw).toContain('charset=utf-8');
	});
});

describe('background delivery through pg-boss', () => {
	beforeAll(async () => {
		await registerMessagingJobs(getDb());
	});

	it('queued SMS and email land in the development outbox', async () => {
		const phone = `+99670${String(Date.now()).slice(-7)}`;
		await queueSms(phone, 'Sapar: тест');
		await queueEmail('queue@example.kg', 'Subject', 'Body');
		const sms = await waitFor(async () => (await getDb().select().from(devOutbox).where(eq(devOutbox.recipient, phone)))[0]);
		expect(sms.channel).toBe('sms');
		expect(sms.body).toBe('Sapar: тест');
		const mail = await waitFor(async () => (await getDb().select().from(devOutbox).where(eq(devOutbox.recipient, 'queue@example.kg')))[0]);
		expect(mail.subject).toBe('Subject');
	});
});
