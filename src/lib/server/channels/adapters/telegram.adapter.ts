import { Api, GrammyError, HttpError } from 'grammy';
import type { InlineKeyboardButton, ReplyKeyboardMarkup, ReplyKeyboardRemove, InlineKeyboardMarkup, Update } from 'grammy/types';
import { log } from '../../log';
import { sleep } from '../rate';
import type { AdapterHooks, Buttons, ChannelAdapter, Inbound, InboundResult, SendResult } from '../types';

export interface TelegramOptions {
	token: string;
	/** The Bot API root (default https://api.telegram.org); tests point it at a loopback server. */
	apiRoot?: string;
	/** Messages per second over all chats (Telegram allows about 30). */
	ratePerSecond?: number;
	window?: number;
	/** How updates arrive: a webhook (set at start when `webhookUrl` is given), long polling, or not at all. */
	updates?: 'webhook' | 'polling' | 'off';
	webhookUrl?: string;
	webhookSecret?: string;
	/** Long-polling timeout in seconds (default 25). */
	pollTimeout?: number;
}

/** A Bot API client (grammY) for this token and API root. */
export function telegramApi(token: string, apiRoot?: string): Api {
	return new Api(token, { apiRoot: apiRoot || undefined, timeoutSeconds: 30 });
}

/** Our buttons as Telegram's reply_markup. */
export function replyMarkup(buttons: Buttons | null): InlineKeyboardMarkup | ReplyKeyboardMarkup | ReplyKeyboardRemove | undefined {
	if (!buttons) return undefined;
	if (buttons.kind === 'inline') {
		return {
			inline_keyboard: buttons.rows.map((row) =>
				row.map((b): InlineKeyboardButton => (b.url ? { text: b.text, url: b.url } : { text: b.text, callback_data: (b.data ?? b.text).slice(0, 64) }))
			)
		};
	}
	if (buttons.kind === 'contact') return { keyboard: [[{ text: buttons.text, request_contact: true }]], resize_keyboard: true, one_time_keyboard: true };
	return { remove_keyboard: true };
}

/** What a Bot API failure means for the message: wait (429), blocked (403), never (400), or try later. */
export function resultOfError(error: unknown): SendResult {
	if (error instanceof GrammyError) {
		const code = error.error_code;
		if (code === 429) {
			const seconds = error.parameters?.retry_after ?? 1;
			return { ok: false, permanent: false, reason: 'telegram_429', retryAfterMs: Math.max(1, seconds) * 1000 };
		}
		// Blocked by the person, or the account is gone: nothing more goes to this chat.
		if (code === 403) return { ok: false, permanent: true, unreachable: true, reason: 'telegram_403' };
		// Chat not found, bad request: sending again cannot help.
		if (code === 400) return { ok: false, permanent: true, reason: 'telegram_400' };
		if (code === 401 || code === 404) return { ok: false, permanent: false, reason: `telegram_${code}` };
		return { ok: false, permanent: false, reason: `telegram_${code}` };
	}
	if (error instanceof HttpError) return { ok: false, permanent: false, reason: 'telegram_unreachable' };
	return { ok: false, permanent: false, reason: 'telegram_error' };
}

/** An E.164 phone from what Telegram gives ("996700123456" or "+996…"), or null. */
export function phoneOf(raw: string | undefined): string | null {
	if (!raw) return null;
	const digits = raw.replace(/[^\d]/g, '');
	const e164 = `+${digits}`;
	return /^\+[1-9]\d{6,14}$/.test(e164) ? e164 : null;
}

/**
 * An update as the layer's Inbound (private chats only): text, a pressed button (callback data), or a
 * shared contact — only the person's own contact counts as their phone. Null for anything else.
 */
export function inboundOf(update: Update): { inbound: Inbound; callbackQueryId?: string } | null {
	const cq = update.callback_query;
	if (cq && typeof cq === 'object') {
		if (!cq.from || typeof cq.id !== 'string') return null;
		const chat = cq.message?.chat;
		if (!Number.isSafeInteger(chat?.id ?? cq.from.id)) return null;
		if (chat && chat.type !== 'private') return null;
		return {
			inbound: { channel: 'telegram', address: String(chat?.id ?? cq.from.id), callbackData: cq.data ?? '', languageCode: cq.from.language_code },
			callbackQueryId: cq.id
		};
	}
	const msg = update.message;
	if (!msg || typeof msg !== 'object' || !msg.chat || msg.chat.type !== 'private' || !Number.isSafeInteger(msg.chat.id)) return null;
	const inbound: Inbound = { channel: 'telegram', address: String(msg.chat.id), languageCode: msg.from?.language_code };
	if (msg.contact) {
		const own = msg.contact.user_id !== undefined && msg.contact.user_id === msg.from?.id;
		inbound.contactPhone = own ? (phoneOf(msg.contact.phone_number) ?? undefined) : undefined;
		if (!own) inbound.text = '[contact]';
		return { inbound };
	}
	if (typeof msg.text === 'string') {
		inbound.text = msg.text;
		return { inbound };
	}
	// A photo, sticker, voice…: passed on without text, so the bot can say what it understands.
	inbound.text = '';
	return { inbound };
}

/**
 * Handles one update: hands it to the layer (routeInbound through `inbound`) and answers a pressed
 * button with the handler's notice. Never throws.
 */
export async function processUpdate(api: Api | null, update: Update, inbound: (message: Inbound) => Promise<InboundResult | null>): Promise<void> {
	const mapped = inboundOf(update);
	if (!mapped) return;
	let result: InboundResult | null = null;
	try {
		result = await inbound(mapped.inbound);
	} catch (error) {
		log.error('telegram update failed', { error: error as Error });
	}
	if (mapped.callbackQueryId && api) {
		await api.answerCallbackQuery(mapped.callbackQueryId, result?.notice ? { text: result.notice.slice(0, 200) } : undefined).catch((error) => {
			log.warn('answerCallbackQuery failed', { error: (error as Error).message });
		});
	}
}

const ALLOWED_UPDATES = ['message', 'callback_query'] as const;

/**
 * Telegram through the Bot API (grammY). Accepted means delivered (there are no receipts). Limits:
 * about 30 messages a second over all chats, one a second per chat (the dispatcher's per-address
 * gate); a 429 is retried after its retry_after without using a try; 403 (blocked) suppresses the chat.
 */
export function telegramAdapter(opts: TelegramOptions): ChannelAdapter & { api: Api } {
	const api = telegramApi(opts.token, opts.apiRoot);
	let polling: Promise<void> | null = null;
	let abort: AbortController | null = null;

	async function poll(hooks: AdapterHooks, signal: AbortSignal) {
		let offset = 0;
		let failures = 0;
		while (!signal.aborted) {
			try {
				const updates = await api.getUpdates(
					{ offset, timeout: opts.pollTimeout ?? 25, allowed_updates: [...ALLOWED_UPDATES] },
					signal as Parameters<Api['getUpdates']>[1]
				);
				failures = 0;
				for (const update of updates) {
					offset = update.update_id + 1;
					await processUpdate(api, update, (m) => hooks.inbound(m));
				}
			} catch (error) {
				if (signal.aborted) break;
				failures++;
				log.warn('telegram polling failed', { error: (error as Error).message });
				await sleep(Math.min(30_000, 500 * 2 ** Math.min(failures, 6)));
			}
		}
	}

	return {
		channel: 'telegram',
		name: 'bot',
		window: opts.window ?? 30,
		ratePerSecond: opts.ratePerSecond ?? 25,
		perAddressPerSecond: 1,
		api,
		async start(hooks) {
			if (opts.updates === 'polling') {
				// Telegram refuses getUpdates while a webhook is set.
				await api.deleteWebhook().catch((error) => log.warn('telegram deleteWebhook failed', { error: (error as Error).message }));
				abort = new AbortController();
				polling = poll(hooks, abort.signal);
			} else if (opts.updates === 'webhook' && opts.webhookUrl) {
				await api
					.setWebhook(opts.webhookUrl, { secret_token: opts.webhookSecret || undefined, allowed_updates: [...ALLOWED_UPDATES] })
					.catch((error) => log.warn('telegram setWebhook failed', { error: (error as Error).message }));
			}
		},
		async send(message): Promise<SendResult> {
			try {
				const sent = await api.sendMessage(message.address, message.body, {
					reply_markup: replyMarkup(message.buttons),
					link_preview_options: { is_disabled: true }
				});
				return { ok: true, providerIds: [`${message.address}:${sent.message_id}`], parts: 1, final: true };
			} catch (error) {
				return resultOfError(error);
			}
		},
		async stop() {
			abort?.abort();
			await polling;
			polling = null;
		}
	};
}
