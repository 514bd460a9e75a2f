/**
 * Loopback peers for bench:alerts in their own process (so their bookkeeping does not count in
 * Sapar's memory): an SMPP server that accepts every submit_sm and counts messages per number, and a
 * Bot API that accepts every sendMessage and counts per chat. Reports counts over IPC when asked.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import smpp from 'smpp';

const sms = new Map<string, number>();
const tg = new Map<string, number>();
let nextId = 1;

const smsc = smpp.createServer((session) => {
	session.on('error', () => session.destroy());
	// Responses written in one turn go out in one write.
	let corked = false;
	const send = session.send.bind(session);
	session.send = (pdu, ...rest) => {
		if (!corked) {
			corked = true;
			session.socket.cork();
			process.nextTick(() => {
				corked = false;
				session.socket.uncork();
			});
		}
		return send(pdu, ...rest);
	};
	session.on('bind_transceiver', (pdu) => session.send(pdu.response({ system_id: 'bench-smsc' })));
	session.on('enquire_link', (pdu) => session.send(pdu.response()));
	session.on('unbind', (pdu) => {
		session.send(pdu.response());
		session.close();
	});
	session.on('submit_sm', (pdu) => {
		const sm = pdu.short_message as { udh?: Buffer[] };
		const concat = (sm.udh ?? []).find((u) => u[0] === 0 && u[1] === 3);
		// A long message counts once, on its first part.
		if (!concat || concat[4] === 1) sms.set(String(pdu.destination_addr), (sms.get(String(pdu.destination_addr)) ?? 0) + 1);
		session.send(pdu.response({ message_id: String(nextId++) }));
	});
});
await new Promise<void>((r) => smsc.listen(0, '127.0.0.1', r));

const bot = createServer((req, res) => {
	let body = '';
	req.on('data', (c) => (body += c));
	req.on('end', () => {
		let chat: string;
		try {
			chat = String((JSON.parse(body) as { chat_id?: unknown }).chat_id ?? '');
		} catch {
			chat = new URLSearchParams(body).get('chat_id') ?? '';
		}
		if (req.url?.endsWith('/sendMessage')) tg.set(chat, (tg.get(chat) ?? 0) + 1);
		res.writeHead(200, { 'content-type': 'application/json' });
		res.end(JSON.stringify({ ok: true, result: { message_id: nextId++, date: 0, chat: { id: Number(chat), type: 'private' } } }));
	});
});
await new Promise<void>((r) => bot.listen(0, '127.0.0.1', r));

const summary = () => {
	let messages = 0;
	let duplicates = 0;
	for (const m of [sms, tg])
		for (const n of m.values()) {
			messages += n;
			duplicates += n - 1;
		}
	return { sms: sms.size, telegram: tg.size, messages, duplicates };
};
process.on('message', (msg: { ask: string }) => {
	if (msg.ask === 'summary') process.send!({ summary: summary() });
	if (msg.ask === 'count') process.send!({ count: [...sms.values(), ...tg.values()].reduce((a, b) => a + b, 0) });
	if (msg.ask === 'reset') {
		sms.clear();
		tg.clear();
		process.send!({ reset: true });
	}
});
process.send!({ ready: { smpp: (smsc.address() as AddressInfo).port, bot: (bot.address() as AddressInfo).port } });
