import { fork, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeOrganisation, makeStaff } from '../../../../tests/support/factories';
import { TestSmsc, until } from '../../../../tests/support/smsc';
import { authUser } from '../auth/auth.table';
import { batchCounts } from '../channels';
import { SmppAdapter } from '../channels/adapters/smpp.adapter';
import { Dispatcher } from '../channels/dispatcher';
import { getDb } from '../db/client';
import { consularRegistration } from '../migrant/migrant.table';
import { approveAlert, createAlert, sendAlert } from './alerts.service';

const db = getDb();
const WINDOW = 20;
const PEOPLE = 300;
let smsc: TestSmsc;
let child: ChildProcess | null = null;

beforeAll(async () => {
	smsc = await new TestSmsc().start();
});
afterAll(async () => {
	child?.kill('SIGKILL');
	await smsc.stop();
});

describe('kill -9 of the sending process mid-alert', () => {
	it('after a restart everyone has the alert; repeats are at most the window, and counted as in doubt', async () => {
		const city = `Крашград-${randomUUID().slice(0, 6)}`;
		const mission = await makeOrganisation('consulate', 'RU');
		const author = await makeStaff(mission.id, 'consular_officer');
		const approver = await makeStaff(mission.id, 'consular_officer');
		const base = 99_660_000_000 + Math.floor(Math.random() * 9_000_000) * 100;
		const phones = Array.from({ length: PEOPLE }, (_, i) => `+${base + i}`);
		const ids = phones.map(() => randomUUID());
		await db
			.insert(authUser)
			.values(ids.map((id, i) => ({ id, name: '', email: `${id}@phone.sapar.invalid`, kind: 'migrant', phoneNumber: phones[i], locale: 'ru' })));
		await db
			.insert(consularRegistration)
			.values(ids.map((userId) => ({ userId, missionId: mission.id, countryIso2: 'RU', city, address: '-', arrivalDate: '2026-10-01', stayMonths: 6 })));
		const created = await createAlert(db, author, {
			title_ky: 'Сынак',
			title_ru: 'Проверка',
			title_en: 'Test',
			body_ky: '{city}: текшерүү.',
			body_ru: '{city}: проверка.',
			body_en: '{city}: inspection.',
			cities: city,
			asksAnswer: ''
		});
		if (!created.ok) throw new Error(JSON.stringify(created.errors));
		const id = created.data.id;
		await approveAlert(db, approver, id);
		expect(await sendAlert(db, id)).toBe(PEOPLE);

		// The sending process, throttled so it is mid-alert when it dies.
		child = fork('tests/support/dispatch-child.ts', [], {
			execArgv: ['--import', 'tsx'],
			env: { ...process.env, SMSC_URL: smsc.url(), WINDOW: String(WINDOW), RATE: '100', LOG_LEVEL: 'error' },
			stdio: ['ignore', 'ignore', 'inherit', 'ipc']
		});
		await until(() => smsc.messages().filter((m) => phones.includes(`+${m.to}`)).length >= 60, 240_000);
		child.kill('SIGKILL');
		await new Promise((r) => child!.once('exit', r));
		child = null;
		const beforeRestart = smsc.messages().filter((m) => phones.includes(`+${m.to}`)).length;
		expect(beforeRestart).toBeLessThan(PEOPLE);

		// Restart: another process picks up, and resends once what the dead one held.
		const d = new Dispatcher(db, {
			adapters: { sms: new SmppAdapter({ url: smsc.url(), source: 'Sapar', window: 10, reconnectMinMs: 50 }) },
			window: WINDOW,
			pollMs: 50,
			flushMs: 10,
			sweepMs: 200,
			throttle: false
		});
		await d.start();
		try {
			await until(async () => {
				const [{ left }] = (
					await db.execute<{ left: number }>(sql`select count(*)::int as left from message where batch_id = ${id} and status in ('created', 'sending')`)
				).rows;
				return left === 0;
			}, 240_000);
		} finally {
			await d.stop();
		}
		const perPerson = new Map<string, number>();
		for (const m of smsc.messages()) if (phones.includes(`+${m.to}`)) perPerson.set(m.to, (perPerson.get(m.to) ?? 0) + 1);
		const skipped = phones.filter((p) => !perPerson.has(p.slice(1))).length;
		const duplicates = [...perPerson.values()].reduce((s, n) => s + n - 1, 0);
		const inDoubt = (await batchCounts(db, id)).reduce((s, c) => s + c.inDoubt, 0);
		console.log(JSON.stringify({ people: PEOPLE, before_kill: beforeRestart, skipped, duplicates, in_doubt: inDoubt, window: WINDOW }));
		expect(skipped).toBe(0);
		expect(duplicates).toBeLessThanOrEqual(WINDOW);
		expect(inDoubt).toBeGreaterThanOrEqual(duplicates);
	}, 600_000);
});
