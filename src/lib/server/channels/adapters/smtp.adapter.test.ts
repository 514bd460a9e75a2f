import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSmtpServer } from '../../../../../tests/support/smtp-server';
import { smtpAdapter } from './smtp.adapter';

describe('SMTP adapter against a real SMTP server on loopback', () => {
	let server: Awaited<ReturnType<typeof startSmtpServer>>;
	beforeAll(async () => {
		server = await startSmtpServer({ reject: (a) => (a.startsWith('gone@') ? 550 : a.startsWith('busy@') ? 451 : null) });
	});
	afterAll(() => server.close());

	const msg = (address: string) => ({
		id: 'm1',
		channel: 'email' as const,
		address,
		locale: 'ru',
		subject: 'Чакыруу — приглашение',
		body: 'Саламатсызбы! Здравствуйте!',
		buttons: null,
		purpose: 'invitation'
	});

	it('delivers a UTF-8 message with envelope, subject and an unsubscribe link', async () => {
		const adapter = smtpAdapter({
			url: server.url,
			from: 'Sapar <no-reply@sapar.test>',
			unsubscribeUrl: (address, locale) => `https://sapar.test/${locale}/unsubscribe/${Buffer.from(address).toString('base64url')}`,
			footer: (url) => `Unsubscribe: ${url}`
		});
		const result = await adapter.send(msg('officer@example.kg'));
		await adapter.stop?.();
		expect(result).toMatchObject({ ok: true, parts: 1, final: true });
		const mail = server.received.at(-1)!;
		expect(mail.from).toBe('no-reply@sapar.test');
		expect(mail.to).toEqual(['officer@example.kg']);
		expect(mail.raw).toMatch(/^Subject: /m);
		expect(mail.raw).toContain('charset=utf-8');
		expect(mail.raw).toMatch(/^List-Unsubscribe:\s+<https:\/\/sapar\.test\/ru\/unsubscribe\//m);
		expect(mail.raw).toMatch(/^List-Unsubscribe-Post:\s+List-Unsubscribe=One-Click/m);
	});

	it('a refused mailbox (5xx) is permanent; a busy one (4xx) or no server is retried', async () => {
		const adapter = smtpAdapter({ url: server.url, from: 'no-reply@sapar.test' });
		expect(await adapter.send(msg('gone@example.kg'))).toMatchObject({ ok: false, permanent: true, reason: 'smtp_550' });
		expect(await adapter.send(msg('busy@example.kg'))).toMatchObject({ ok: false, permanent: false, reason: 'smtp_451' });
		await adapter.stop?.();
		const nowhere = smtpAdapter({ url: 'smtp://127.0.0.1:1', from: 'no-reply@sapar.test' });
		expect(await nowhere.send(msg('x@example.kg'))).toMatchObject({ ok: false, permanent: false });
		await nowhere.stop?.();
	});
});
