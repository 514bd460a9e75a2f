import { eq } from 'drizzle-orm';
import { isLocale } from '#lib/i18n';
import { m } from '#lib/paraglide/messages.js';
import { authUser } from '../auth/auth.table';
import type { Db } from '../db/client';
import { log } from '../log';
import { inboundMessage, telegramLink, type Channel } from './channels.table';
import { suppress, unsuppress } from './consent.service';
import { enqueueMessage } from './message.service';
import { linkTelegramByCode } from './settings.service';
import type { Inbound, InboundResult } from './types';

/**
 * Opt-out and opt-in words, compared with the whole message (case, spaces and end punctuation
 * ignored): English, Russian, Kyrgyz, their Latin spellings, and Telegram's /stop.
 */
const STOP_WORDS = new Set([
	'STOP',
	'STOPALL',
	'UNSUBSCRIBE',
	'END',
	'QUIT',
	'CANCEL',
	'СТОП',
	'ОТПИСАТЬСЯ',
	'ОТПИСКА',
	'OTPISATSYA',
	'OTPISKA',
	'ТОКТОТ',
	'ТОКТОТУУ',
	'ТОКТО',
	'ТОКТОТУҢУЗ',
	'TOKTOT',
	'TOKTOTUU',
	'TOKTOTUNUZ',
	'/STOP'
]);
const START_WORDS = new Set(['START', 'UNSTOP', 'СТАРТ', 'БАШТА', 'БАШТОО', 'BASHTA', '/START']);

export function keyword(text: string | undefined): string {
	if (!text) return '';
	return text
		.trim()
		.toUpperCase()
		.replace(/@\w+$/, '') // /stop@SaparBot
		.replace(/[\s.!,;:]+$/u, '')
		.replace(/\s+/g, ' ');
}
export const isStop = (text: string | undefined) => STOP_WORDS.has(keyword(text));
/** START, or Telegram's /start with or without a payload (/start <code>). */
export const isStart = (text: string | undefined) => START_WORDS.has(keyword(text).split(' ')[0]);

export type InboundHandler = (db: Db, message: Inbound) => Promise<InboundResult | null | undefined | void>;
interface Registered {
	name: string;
	handler: InboundHandler;
	channels: Channel[] | null;
	order: number;
}
const state = globalThis as Record<symbol, unknown>;
const REGISTRY = Symbol.for('sapar.inbound');
const handlers = (state[REGISTRY] ??= new Map<string, Registered>()) as Map<string, Registered>;

/**
 * A domain registers to receive what comes in (after the opt-out check): alert answers, the
 * Telegram bot. Handlers are asked in `order` (lower first) until one says handled. Registering the
 * same name again replaces it.
 */
export function onInbound(name: string, handler: InboundHandler, opts: { channels?: Channel[]; order?: number } = {}): void {
	handlers.set(name, { name, handler, channels: opts.channels ?? null, order: opts.order ?? 100 });
}
export function offInbound(name: string): void {
	handlers.delete(name);
}

async function userOf(db: Db, channel: Channel, address: string): Promise<string | null> {
	if (channel === 'telegram') {
		const [row] = await db.select({ userId: telegramLink.userId }).from(telegramLink).where(eq(telegramLink.chatId, address));
		return row?.userId ?? null;
	}
	if (channel === 'sms') {
		const [row] = await db.select({ id: authUser.id }).from(authUser).where(eq(authUser.phoneNumber, address));
		return row?.id ?? null;
	}
	return null;
}

const localeOf = (code: string | undefined) => {
	const l = code?.slice(0, 2);
	return isLocale(l) ? l : 'ky';
};

export interface Routed {
	/** opt_out, opt_in, a handler's name, or ignored. */
	handledBy: string;
	result: InboundResult | null;
}

/**
 * Everything that comes in passes here: the opt-out check first (STOP and its equivalents suppress
 * the address on that channel), then the registered handlers. Replies go out through the queue.
 * Nothing is lost: every message is recorded with what handled it (address and text for 7 days).
 */
export async function routeInbound(db: Db, input: Inbound): Promise<Routed> {
	const text = input.text?.slice(0, 2000).replace(/\u0000/g, '');
	const msg: Inbound = { ...input, text, userId: await userOf(db, input.channel, input.address) };
	const record = (handledBy: string) =>
		db.insert(inboundMessage).values({
			channel: msg.channel,
			address: msg.address,
			body: text ?? msg.callbackData ?? (msg.contactPhone ? '[contact]' : null),
			userId: msg.userId,
			handledBy
		});

	if (!msg.callbackData && isStop(text)) {
		await suppress(db, msg.channel, msg.address, msg.channel === 'telegram' ? 'telegram_stop' : msg.channel === 'email' ? 'unsubscribe_link' : 'stop_reply');
		await record('opt_out');
		log.info('opted out', { channel: msg.channel });
		// Telegram gets a confirmation (the person is talking to the bot); an SMS STOP gets silence.
		if (msg.channel === 'telegram') {
			const locale = localeOf(msg.languageCode);
			await enqueueMessage(db, {
				channel: 'telegram',
				address: msg.address,
				purpose: 'consent',
				locale,
				body: m.channels_stopped({}, { locale }),
				buttons: { kind: 'remove' }
			});
		}
		return { handledBy: 'opt_out', result: { handled: true } };
	}
	let optedIn = false;
	if (!msg.callbackData && isStart(text)) {
		optedIn = await unsuppress(db, msg.channel, msg.address, ['stop_reply', 'telegram_stop', 'telegram_blocked']);
		if (optedIn) log.info('opted in', { channel: msg.channel });
		if (msg.channel !== 'telegram') {
			await record('opt_in');
			return { handledBy: 'opt_in', result: { handled: true } };
		}
	}

	// `/start CODE` (or a t.me/bot?start=CODE link): the one-time code from the account page links this chat.
	const payload = msg.channel === 'telegram' && !msg.callbackData && isStart(text) ? keyword(text).split(' ').slice(1).join('') : '';
	if (payload) {
		const locale = localeOf(msg.languageCode);
		const userId = await linkTelegramByCode(db, msg.address, payload);
		if (userId) {
			await unsuppress(db, 'telegram', msg.address, ['telegram_stop', 'telegram_blocked', 'account_setting']);
			msg.userId = userId;
			log.info('telegram chat linked', { via: 'code' });
		}
		await record(userId ? 'telegram_link' : 'telegram_link_refused');
		await enqueueMessage(db, {
			channel: 'telegram',
			address: msg.address,
			purpose: 'reply',
			locale,
			userId,
			body: userId ? m.telegram_linked({}, { locale }) : m.telegram_link_code_wrong({}, { locale })
		});
		return { handledBy: userId ? 'telegram_link' : 'telegram_link_refused', result: { handled: true } };
	}

	const chosen = [...handlers.values()].filter((h) => !h.channels || h.channels.includes(msg.channel)).sort((a, b) => a.order - b.order);
	for (const h of chosen) {
		let result: InboundResult | null | undefined | void;
		try {
			result = await h.handler(db, msg);
		} catch (error) {
			log.error('inbound handler failed', { handler: h.name, channel: msg.channel, error: error as Error });
			continue;
		}
		if (!result?.handled) continue;
		await record(h.name);
		if (result.reply) {
			await enqueueMessage(db, {
				channel: msg.channel,
				address: msg.address,
				purpose: 'reply',
				locale: localeOf(msg.languageCode),
				userId: msg.userId,
				body: result.reply.body,
				buttons: result.reply.buttons ?? null
			});
		}
		return { handledBy: h.name, result };
	}
	await record(optedIn ? 'opt_in' : 'ignored');
	if (!optedIn) log.info('inbound message not handled', { channel: msg.channel, known: !!msg.userId });
	// Someone writing to the bot always hears back, even when nothing here knows the chat.
	if (msg.channel === 'telegram' && !msg.callbackData) {
		const locale = localeOf(msg.languageCode);
		await enqueueMessage(db, {
			channel: 'telegram',
			address: msg.address,
			purpose: 'reply',
			locale,
			userId: msg.userId,
			body: m.telegram_unhandled({}, { locale })
		});
	}
	return { handledBy: optedIn ? 'opt_in' : 'ignored', result: null };
}
