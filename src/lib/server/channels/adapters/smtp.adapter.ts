import nodemailer from 'nodemailer';
import type { ChannelAdapter, SendResult } from '../types';

export interface SmtpOptions {
	url: string;
	from: string;
	window?: number;
	ratePerSecond?: number;
	/** The unsubscribe address for a recipient (link in the text and List-Unsubscribe header). */
	unsubscribeUrl?: (address: string, locale: string) => string;
	footer?: (url: string, locale: string) => string;
}

/** E-mail over SMTP (smtp:// or smtps:// URL, e.g. smtp://user:pass@mail.example:587). */
export function smtpAdapter(opts: SmtpOptions): ChannelAdapter {
	const window = opts.window ?? 5;
	// A pool of connections, as many as the window (nodemailer reads these from the URL).
	const transport = nodemailer.createTransport(`${opts.url}${opts.url.includes('?') ? '&' : '?'}pool=true&maxConnections=${window}`);
	return {
		channel: 'email',
		name: 'smtp',
		window,
		ratePerSecond: opts.ratePerSecond ?? 20,
		async send(message): Promise<SendResult> {
			const unsubscribe = opts.unsubscribeUrl?.(message.address, message.locale);
			const text = unsubscribe && opts.footer ? `${message.body}\n\n-- \n${opts.footer(unsubscribe, message.locale)}` : message.body;
			try {
				const info = await transport.sendMail({
					from: opts.from,
					to: message.address,
					subject: message.subject ?? 'Sapar',
					text,
					headers: unsubscribe ? { 'List-Unsubscribe': `<${unsubscribe}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' } : undefined
				});
				if (info.rejected?.length) return { ok: false, permanent: true, reason: 'smtp_rejected' };
				return { ok: true, providerIds: [String(info.messageId ?? message.id)], parts: 1, final: true };
			} catch (error) {
				const code = (error as { responseCode?: number }).responseCode;
				// 5xx: the server will never take it (unknown mailbox, refused); anything else may pass later.
				if (code && code >= 500) return { ok: false, permanent: true, reason: `smtp_${code}` };
				return { ok: false, permanent: false, reason: code ? `smtp_${code}` : 'smtp_unreachable' };
			}
		},
		async stop() {
			transport.close();
		}
	};
}
