import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One call the bot made: `/bot<token>/<method>` with its JSON (or form) payload. */
export interface BotCall {
	token: string;
	method: string;
	payload: Record<string, unknown>;
}

/** An error answer, as the Bot API gives it. */
export interface BotError {
	error_code: number;
	description: string;
	parameters?: { retry_after?: number; migrate_to_chat_id?: number };
}

type Script = (call: BotCall) => BotError | undefined;

/**
 * A fake Telegram Bot API on loopback (plain node http, port 0). It records every call, answers
 * sendMessage with a message id, can be scripted to fail (429 with retry_after, 403 blocked, 400 chat
 * not found), serves getUpdates from pushed updates (long polling), and can POST updates to a webhook.
 */
export async function startFakeBotApi(opts: { token?: string } = {}) {
	const token = opts.token ?? '123456:TEST-token';
	const calls: BotCall[] = [];
	const updates: Record<string, unknown>[] = [];
	let nextUpdateId = 1;
	let nextMessageId = 1;
	let scripts: Script[] = [];
	const pollWaiters: (() => void)[] = [];

	async function body(req: IncomingMessage): Promise<Record<string, unknown>> {
		const chunks: Buffer[] = [];
		for await (const chunk of req) chunks.push(chunk as Buffer);
		const text = Buffer.concat(chunks).toString('utf8');
		if (!text) return {};
		const type = req.headers['content-type'] ?? '';
		if (type.includes('application/json')) return JSON.parse(text) as Record<string, unknown>;
		return Object.fromEntries(new URLSearchParams(text));
	}
	const answer = (res: ServerResponse, status: number, json: unknown) => {
		res.writeHead(status, { 'content-type': 'application/json' });
		res.end(JSON.stringify(json));
	};

	const server = createServer(async (req, res) => {
		const match = /^\/bot([^/]+)\/(\w+)$/.exec(req.url?.split('?')[0] ?? '');
		if (!match) return answer(res, 404, { ok: false, error_code: 404, description: 'Not Found' });
		const [, callToken, method] = match;
		let payload: Record<string, unknown>;
		try {
			payload = await body(req);
		} catch {
			return answer(res, 400, { ok: false, error_code: 400, description: 'Bad Request: bad body' });
		}
		if (callToken !== token) return answer(res, 401, { ok: false, error_code: 401, description: 'Unauthorized' });
		const call = { token: callToken, method, payload };
		if (method !== 'getUpdates') calls.push(call);
		for (const script of scripts) {
			const error = script(call);
			if (error) return answer(res, error.error_code, { ok: false, ...error });
		}
		switch (method) {
			case 'getMe':
				return answer(res, 200, { ok: true, result: { id: 123456, is_bot: true, first_name: 'Sapar', username: 'SaparTestBot' } });
			case 'sendMessage':
				return answer(res, 200, {
					ok: true,
					result: {
						message_id: nextMessageId++,
						date: Math.floor(Date.now() / 1000),
						chat: { id: Number(payload.chat_id), type: 'private' },
						text: payload.text
					}
				});
			case 'getUpdates': {
				const offset = Number(payload.offset ?? 0);
				while (updates.length && Number(updates[0].update_id) < offset) updates.shift();
				if (!updates.length && Number(payload.timeout ?? 0) > 0) {
					// Long polling: wait for an update or a short while (the test server keeps it brief).
					await new Promise<void>((resolve) => {
						const timer = setTimeout(resolve, Math.min(Number(payload.timeout) * 1000, 500));
						pollWaiters.push(() => {
							clearTimeout(timer);
							resolve();
						});
					});
				}
				return answer(res, 200, { ok: true, result: updates.filter((u) => Number(u.update_id) >= offset) });
			}
			default:
				return answer(res, 200, { ok: true, result: true });
		}
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const apiRoot = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

	/** Builds an update around the given fields (message, callback_query…), with a fresh update_id. */
	const update = (fields: Record<string, unknown>) => ({ update_id: nextUpdateId++, ...fields });

	return {
		token,
		apiRoot,
		calls,
		/** Calls of one method (sendMessage by default). */
		sent(method = 'sendMessage') {
			return calls.filter((c) => c.method === method);
		},
		/** Messages sent to one chat, oldest first. */
		to(chatId: string | number) {
			return calls.filter((c) => c.method === 'sendMessage' && String(c.payload.chat_id) === String(chatId));
		},
		/** Answers matching calls with an error (first script that matches wins); returns a remover. */
		fail(when: (call: BotCall) => boolean, error: BotError, times = Infinity) {
			let left = times;
			const script: Script = (call) => {
				if (left <= 0 || !when(call)) return undefined;
				left--;
				return error;
			};
			scripts.push(script);
			return () => (scripts = scripts.filter((s) => s !== script));
		},
		reset() {
			calls.length = 0;
			scripts = [];
		},
		update,
		/** A text message from a private chat. */
		textUpdate(chatId: number, text: string, languageCode = 'ru') {
			return update({
				message: {
					message_id: nextMessageId++,
					date: Math.floor(Date.now() / 1000),
					chat: { id: chatId, type: 'private' },
					from: { id: chatId, is_bot: false, first_name: 'Test', language_code: languageCode },
					text
				}
			});
		},
		/** The person shares a contact (their own unless `userId` differs). */
		contactUpdate(chatId: number, phone: string, userId = chatId) {
			return update({
				message: {
					message_id: nextMessageId++,
					date: Math.floor(Date.now() / 1000),
					chat: { id: chatId, type: 'private' },
					from: { id: chatId, is_bot: false, first_name: 'Test', language_code: 'ru' },
					contact: { phone_number: phone, first_name: 'Test', user_id: userId }
				}
			});
		},
		/** The person presses an inline button. */
		callbackUpdate(chatId: number, data: string, languageCode = 'ru') {
			return update({
				callback_query: {
					id: `cq${nextUpdateId}`,
					from: { id: chatId, is_bot: false, first_name: 'Test', language_code: languageCode },
					chat_instance: 'ci',
					data,
					message: { message_id: 1, date: Math.floor(Date.now() / 1000), chat: { id: chatId, type: 'private' }, text: '…' }
				}
			});
		},
		/** Queues an update for getUpdates (long polling). */
		push(u: Record<string, unknown>) {
			updates.push(u);
			for (const w of pollWaiters.splice(0)) w();
		},
		/** POSTs an update to a webhook, as Telegram does, with the secret header. */
		async postWebhook(url: string, u: unknown, secret?: string) {
			return fetch(url, {
				method: 'POST',
				headers: { 'content-type': 'application/json', ...(secret ? { 'x-telegram-bot-api-secret-token': secret } : {}) },
				body: typeof u === 'string' ? u : JSON.stringify(u)
			});
		},
		close() {
			for (const w of pollWaiters.splice(0)) w();
			server.closeAllConnections();
			return new Promise<void>((resolve) => server.close(() => resolve()));
		}
	};
}
export type FakeBotApi = Awaited<ReturnType<typeof startFakeBotApi>>;
