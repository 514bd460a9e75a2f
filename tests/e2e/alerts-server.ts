// The app as `npm start` runs it, with SMS over SMPP to a loopback SMSC and Telegram through a fake
// Bot API (long polling), both real protocol servers in this process. A small control endpoint lets
// the browser test read what they received, send a reply from a phone, and add people to reach.
import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { TestSmsc } from '../support/smsc';
import { startFakeBotApi } from '../support/fake-bot-api';

// Always its own embedded database: never share one with the other test server.
delete process.env.DATABASE_URL;

const smsc = await new TestSmsc().start(Number(process.env.E2E_SMSC_PORT ?? 0));
smsc.autoReceipt = 'DELIVRD';
const bot = await startFakeBotApi();
Object.assign(process.env, {
	SMS: 'smpp',
	SMPP_URL: smsc.url(),
	TELEGRAM: 'bot',
	TELEGRAM_UPDATES: 'polling',
	TELEGRAM_BOT_TOKEN: bot.token,
	TELEGRAM_API_ROOT: bot.apiRoot
});
if (process.env.SAPAR_DATA_DIR) rmSync(process.env.SAPAR_DATA_DIR, { recursive: true, force: true });
await import('../../scripts/start');

const { getDb } = await import('../../src/lib/server/db/client');
const { authUser } = await import('../../src/lib/server/auth/auth.table');
const { telegramLink } = await import('../../src/lib/server/channels/channels.table');
const { consularRegistration, migrantProfile } = await import('../../src/lib/server/migrant/migrant.table');
const { findOrganisationBySlug } = await import('../../src/lib/server/org/org.repository');

let seq = 0;
/** People registered with the Moscow mission in one city: { locale, telegram? } each. */
async function seed(city: string, people: { locale: string; telegram?: boolean }[]) {
	const db = getDb();
	const mission = await findOrganisationBySlug(db, 'consulate-moscow');
	if (!mission) throw new Error('consulate-moscow missing');
	const out = [];
	for (const p of people) {
		const id = randomUUID();
		const phone = `+99677${String(Date.now() % 100_000).padStart(5, '0')}${String(seq++ % 100).padStart(2, '0')}`;
		await db
			.insert(authUser)
			.values({ id, name: '', email: `${id}@phone.sapar.invalid`, kind: 'migrant', phoneNumber: phone, phoneNumberVerified: true, locale: p.locale });
		await db.insert(migrantProfile).values({ userId: id, fullName: `Test ${p.locale} ${phone.slice(-4)}` });
		await db.insert(consularRegistration).values({
			userId: id,
			missionId: mission.id,
			countryIso2: 'RU',
			city,
			address: 'ул. Тестовая, 1',
			arrivalDate: '2026-10-01',
			stayMonths: 6,
			status: 'confirmed'
		});
		const chat = p.telegram ? String(8_000_000_000 + Math.floor(Math.random() * 1e8)) : null;
		if (chat) await db.insert(telegramLink).values({ userId: id, chatId: chat });
		out.push({ phone, chat, locale: p.locale });
	}
	return out;
}

const read = async (req: import('node:http').IncomingMessage) => {
	let text = '';
	for await (const chunk of req) text += chunk;
	return text ? JSON.parse(text) : {};
};
createServer(async (req, res) => {
	const send = (status: number, body: unknown) => {
		res.writeHead(status, { 'content-type': 'application/json' });
		res.end(JSON.stringify(body));
	};
	try {
		if (req.method === 'GET' && req.url === '/smsc')
			return send(
				200,
				smsc.messages().map((m) => ({ to: `+${m.to}`, text: m.text, encoding: m.encoding, parts: m.parts.length }))
			);
		if (req.method === 'GET' && req.url === '/bot')
			return send(
				200,
				bot.calls
					.filter((c) => c.method === 'sendMessage')
					.map((c) => ({ chat: String(c.payload.chat_id), text: c.payload.text, markup: c.payload.reply_markup ?? null }))
			);
		if (req.method === 'POST' && req.url === '/smsc/mo') {
			const { from, text } = await read(req);
			smsc.mo(from, text);
			return send(200, { ok: true });
		}
		if (req.method === 'POST' && req.url === '/seed') {
			const { city, people } = await read(req);
			return send(200, await seed(city, people));
		}
		send(404, { error: 'not found' });
	} catch (e) {
		send(500, { error: String(e) });
	}
}).listen(Number(process.env.E2E_CONTROL_PORT), '127.0.0.1');
