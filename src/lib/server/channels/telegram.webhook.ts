import { createHash, timingSafeEqual } from 'node:crypto';
import type { Api } from 'grammy';
import type { Update } from 'grammy/types';
import type { Db } from '../db/client';
import { log } from '../log';
import { processUpdate, telegramApi } from './adapters/telegram.adapter';
import { channelsConfig, type ChannelsConfig } from './config';
import { routeInbound } from './inbound';

/** Telegram sends small JSON updates; anything this big is not one. */
const MAX_UPDATE_BYTES = 1_000_000;

const state = globalThis as Record<symbol, unknown>;
const API = Symbol.for('sapar.telegram-api');

/** One Bot API client per token and root (answers to pressed buttons from the webhook). */
function apiFor(cfg: ChannelsConfig): Api | null {
	if (cfg.telegram !== 'bot' || !cfg.telegramToken) return null;
	const key = `${cfg.telegramApiRoot}|${cfg.telegramToken}`;
	const cached = state[API] as { key: string; api: Api } | undefined;
	if (cached?.key === key) return cached.api;
	const api = telegramApi(cfg.telegramToken, cfg.telegramApiRoot);
	state[API] = { key, api };
	return api;
}

const digest = (value: string) => createHash('sha256').update(value).digest();
const text = (status: number, body: string) => new Response(body, { status, headers: { 'content-type': 'text/plain; charset=utf-8' } });

/**
 * POST /telegram/webhook. Open only when Telegram updates come by webhook (TELEGRAM_UPDATES=webhook,
 * the default) with a secret; outside production the outbox adapter may use it too, so the bot can
 * be tried without Telegram. Wrong secret → 403, not JSON or not an update → 400, too big → 413;
 * a handled update (or one that failed inside) → 200, so Telegram never re-sends it in a loop.
 */
export async function handleTelegramWebhook(db: Db, request: Request, cfg: ChannelsConfig = channelsConfig()): Promise<Response> {
	if (cfg.telegram === 'off' || cfg.telegramUpdates !== 'webhook' || !cfg.telegramWebhookSecret) return text(404, 'Not found');
	const given = request.headers.get('x-telegram-bot-api-secret-token') ?? '';
	if (!timingSafeEqual(digest(given), digest(cfg.telegramWebhookSecret))) return text(403, 'Wrong secret token');
	const length = Number(request.headers.get('content-length') ?? 0);
	if (length > MAX_UPDATE_BYTES) return text(413, 'Update too large');
	let update: Update;
	try {
		const raw = await request.text();
		if (raw.length > MAX_UPDATE_BYTES) return text(413, 'Update too large');
		update = JSON.parse(raw) as Update;
	} catch {
		return text(400, 'Body is not JSON');
	}
	if (!update || typeof update !== 'object' || !Number.isSafeInteger(update.update_id)) return text(400, 'Not a Telegram update (no update_id)');
	try {
		await processUpdate(apiFor(cfg), update, (message) => routeInbound(db, message).then((r) => r.result));
	} catch (error) {
		log.error('telegram webhook failed', { error: error as Error });
	}
	return text(200, 'ok');
}
