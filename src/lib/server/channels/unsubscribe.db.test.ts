import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSmtpServer } from '../../../../tests/support/smtp-server';
import { getDb } from '../db/client';
import { message } from './channels.table';
import { channelsConfig, createAdapters } from './config';
import { isSuppressed } from './consent.service';
import { enqueueMessage } from './message.service';
import { addressOfToken, unsubscribeByToken, unsubscribeToken, unsubscribeView } from './unsubscribe';

/** The text part of a raw mail, quoted-printable decoded. */
const textOf = (raw: string) => {
	const body = raw.slice(raw.indexOf('\r\n\r\n') + 4).replace(/=\r\n/g, '');
	return Buffer.from(
		body.replace(/=([0-9A-F]{2})/g, (_, h) => String.fromCharCode(parseInt(h, 16))),
		'latin1'
	).toString('utf8');
};

describe('one-click unsubscribe in every e-mail', () => {
	let server: Awaited<ReturnType<typeof startSmtpServer>>;
	beforeAll(async () => {
		server = await startSmtpServer();
	});
	afterAll(() => server.close());

	it('the SMTP adapter Sapar makes puts the link in the header and the text; the link suppresses that address', async () => {
		const db = getDb();
		const address = `person.${Date.now()}@example.kg`;
		const { email } = await createAdapters(
			channelsConfig({ EMAIL: 'smtp', SMTP_URL: server.url, MAIL_FROM: 'no-reply@sapar.test', SMS: 'off', TELEGRAM: 'off' })
		);
		const result = await email!.send({
			id: 'm1',
			channel: 'email',
			address,
			locale: 'ru',
			subject: 'Sapar',
			body: 'Ваше обращение принято.',
			buttons: null,
			purpose: 'case'
		});
		await email!.stop?.();
		expect(result).toMatchObject({ ok: true });

		const mail = server.received.find((r) => r.to.includes(address))!;
		const header = /^List-Unsubscribe:\s*<([^>]+)>/m.exec(mail.raw)?.[1];
		expect(header).toMatch(/^http:\/\/[^/]+\/ru\/unsubscribe\/[A-Za-z0-9_-]{40,}$/);
		expect(mail.raw).toMatch(/^List-Unsubscribe-Post:\s*List-Unsubscribe=One-Click/m);
		const text = textOf(mail.raw);
		expect(text).toContain('Ваше обращение принято.');
		expect(text).toContain(`Чтобы больше не получать письма от Sapar, откройте: ${header}`);
		expect(header).not.toContain(address.split('@')[0]); // no address readable in the link

		const token = header!.split('/').pop()!;
		const queued = await enqueueMessage(db, { channel: 'email', address, subject: 'x', body: 'later', purpose: 'case' });
		expect(await unsubscribeView(db, token)).toEqual({ valid: true, masked: expect.stringMatching(/^p•••\d@example\.kg$/), suppressed: false });
		expect(await isSuppressed(db, 'email', address)).toBe(false); // looking changes nothing
		expect(await unsubscribeByToken(db, token)).toMatchObject({ valid: true, suppressed: true });
		expect(await isSuppressed(db, 'email', address)).toBe(true);
		const [row] = await db.select().from(message).where(eq(message.id, queued!));
		expect(row.status).toBe('suppressed');
		// twice is fine
		expect(await unsubscribeByToken(db, token)).toMatchObject({ valid: true, suppressed: true });
	});

	it('a damaged, forged or foreign token changes nothing', async () => {
		const db = getDb();
		const token = unsubscribeToken('someone@example.kg');
		expect(addressOfToken(token)).toBe('someone@example.kg');
		const flipped = token.slice(0, 20) + (token[20] === 'A' ? 'B' : 'A') + token.slice(21);
		for (const bad of [flipped, token.slice(0, -4), 'x'.repeat(60), '../../etc', '']) {
			expect(await unsubscribeByToken(db, bad)).toEqual({ valid: false, masked: null, suppressed: false });
		}
		expect(await isSuppressed(db, 'email', 'someone@example.kg')).toBe(false);
	});
});
