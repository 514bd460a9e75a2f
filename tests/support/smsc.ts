import type { AddressInfo } from 'node:net';
import smpp, { type Pdu, type Session } from 'smpp';

/** One submit_sm as the SMSC saw it (decoded by the smpp package, independently of our encoder). */
export interface SubmittedPart {
	messageId: string;
	to: string;
	from: string;
	encoding: 'gsm7' | 'ucs2' | 'other';
	dataCoding: number;
	text: string;
	/** Concatenation header of a long message's part. */
	concat: { ref: number; total: number; seq: number } | null;
	registeredDelivery: number;
}

/** A whole message: its parts put together. */
export interface SubmittedMessage {
	to: string;
	text: string;
	encoding: SubmittedPart['encoding'];
	parts: SubmittedPart[];
}

/**
 * A loopback SMSC for tests, on the smpp package's server: accepts a transceiver bind (optionally
 * checking the password), records every PDU, answers submit_sm with ids, sends delivery receipts
 * and mobile-originated messages, and can be told to fail, stay silent or drop the connection.
 */
export class TestSmsc {
	readonly pdus: { command: string; status: number }[] = [];
	readonly parts: SubmittedPart[] = [];
	readonly binds: { systemId: string; ok: boolean }[] = [];
	/** Answer the next submit_sm PDUs with these statuses (then ESME_ROK again). */
	failNext: number[] = [];
	/** Do not answer submit_sm at all (a hung SMSC). */
	silent = false;
	/** Send a delivery receipt for every accepted part with this stat (e.g. 'DELIVRD'), or none. */
	autoReceipt: string | null = null;
	password = 'secret';
	private server = smpp.createServer((session) => this.accept(session));
	private sessions = new Set<Session>();
	private nextId = 1000;

	async start(port = 0): Promise<this> {
		await new Promise<void>((resolve) => this.server.listen(port, '127.0.0.1', resolve));
		return this;
	}

	get port(): number {
		return (this.server.address() as AddressInfo).port;
	}

	url(systemId = 'sapar', password = this.password): string {
		return `smpp://${systemId}:${password}@127.0.0.1:${this.port}`;
	}

	/** Sessions currently bound. */
	get bound(): number {
		return [...this.sessions].filter((s) => (s as Session & { bound?: boolean }).bound).length;
	}

	private accept(session: Session) {
		this.sessions.add(session);
		session.on('close', () => this.sessions.delete(session));
		session.on('error', () => session.destroy());
		session.on('pdu', (pdu: Pdu) => this.pdus.push({ command: pdu.command, status: pdu.command_status }));
		session.on('bind_transceiver', (pdu: Pdu) => {
			const ok = pdu.password === this.password;
			this.binds.push({ systemId: String(pdu.system_id), ok });
			if (!ok) {
				session.send(pdu.response({ command_status: smpp.ESME_RBINDFAIL }));
				session.close();
				return;
			}
			(session as Session & { bound?: boolean }).bound = true;
			session.send(pdu.response({ system_id: 'loopback-smsc' }));
		});
		session.on('enquire_link', (pdu: Pdu) => session.send(pdu.response()));
		session.on('unbind', (pdu: Pdu) => {
			session.send(pdu.response());
			session.close();
		});
		session.on('submit_sm', (pdu: Pdu) => this.submit(session, pdu));
	}

	private submit(session: Session, pdu: Pdu) {
		if (this.silent) return;
		const status = this.failNext.shift();
		if (status) {
			session.send(pdu.response({ command_status: status }));
			return;
		}
		const sm = pdu.short_message as { message: string | Buffer; udh?: Buffer[] };
		const dc = Number(pdu.data_coding);
		const concat = (sm.udh ?? []).map((u) => (u[0] === 0 && u[1] === 3 ? { ref: u[2], total: u[3], seq: u[4] } : null)).find(Boolean) ?? null;
		const part: SubmittedPart = {
			messageId: String(this.nextId++),
			to: String(pdu.destination_addr),
			from: String(pdu.source_addr),
			encoding: dc === 8 ? 'ucs2' : dc === 0 || dc === 1 ? 'gsm7' : 'other',
			dataCoding: dc,
			text: typeof sm.message === 'string' ? sm.message : sm.message.toString('hex'),
			concat,
			registeredDelivery: Number(pdu.registered_delivery)
		};
		this.parts.push(part);
		session.send(pdu.response({ message_id: part.messageId }));
		if (this.autoReceipt) this.receipt(part.messageId, this.autoReceipt);
	}

	/** The messages received, parts put together (by reference and number). */
	messages(): SubmittedMessage[] {
		const out: SubmittedMessage[] = [];
		const long = new Map<string, SubmittedPart[]>();
		for (const p of this.parts) {
			if (!p.concat) {
				out.push({ to: p.to, text: p.text, encoding: p.encoding, parts: [p] });
				continue;
			}
			const key = `${p.to}:${p.concat.ref}`;
			const list = long.get(key) ?? [];
			list.push(p);
			long.set(key, list);
			if (list.length === p.concat.total) {
				list.sort((a, b) => a.concat!.seq - b.concat!.seq);
				out.push({ to: p.to, text: list.map((x) => x.text).join(''), encoding: p.encoding, parts: list });
				long.delete(key);
			}
		}
		return out;
	}

	messagesTo(phone: string): SubmittedMessage[] {
		const to = phone.replace(/^\+/, '');
		return this.messages().filter((m) => m.to === to);
	}

	private any(): Session {
		const session = [...this.sessions].find((s) => (s as Session & { bound?: boolean }).bound);
		if (!session) throw new Error('no bound session');
		return session;
	}

	/** A delivery receipt (deliver_sm, esm_class 0x04) in the usual text form, with the TLVs. */
	receipt(messageId: string, stat = 'DELIVRD', opts: { tlv?: boolean } = {}): void {
		const part = this.parts.find((p) => p.messageId === messageId);
		const state = { DELIVRD: 2, EXPIRED: 3, DELETED: 4, UNDELIV: 5, ACCEPTD: 6, UNKNOWN: 7, REJECTD: 8 }[stat] ?? 7;
		this.any().deliver_sm({
			source_addr: part?.to ?? '996000000000',
			destination_addr: part?.from ?? 'Sapar',
			esm_class: 0x04,
			short_message: `id:${messageId} sub:001 dlvrd:${stat === 'DELIVRD' ? '001' : '000'} submit date:2612020000 done date:2612020001 stat:${stat} err:000 text:`,
			...(opts.tlv === false ? {} : { receipted_message_id: messageId, message_state: state })
		});
	}

	/** A message from a phone (mobile originated); UCS-2 unless the text is plain GSM. */
	mo(from: string, text: string): void {
		this.any().deliver_sm({
			source_addr_ton: 1,
			source_addr_npi: 1,
			source_addr: from.replace(/^\+/, ''),
			destination_addr: 'Sapar',
			esm_class: 0,
			short_message: text
		});
	}

	/** Any deliver_sm fields (malformed or odd ones). */
	deliver(fields: Record<string, unknown>): void {
		this.any().deliver_sm(fields);
	}

	/** Bytes that are no PDU at all (a broken SMSC). */
	garbage(bytes = Buffer.from([0xff, 0xff, 0xff, 0xff, 0, 0, 0, 4, 0, 0, 0, 0, 0, 0, 0, 1])): void {
		this.any().socket.write(bytes);
	}

	/** Cuts every connection (the SMSC restarts). */
	drop(): void {
		for (const s of this.sessions) s.destroy();
	}

	async stop(): Promise<void> {
		this.drop();
		await new Promise<void>((resolve) => this.server.close(() => resolve()));
	}
}

/** Waits until a probe holds (a loopback server has seen something); no timing assertions. */
export async function until<T>(probe: () => T | undefined | false | Promise<T | undefined | false>, timeoutMs = 15_000): Promise<T> {
	const end = Date.now() + timeoutMs;
	for (;;) {
		const value = await probe();
		if (value) return value;
		if (Date.now() > end) throw new Error('timed out waiting');
		await new Promise((r) => setTimeout(r, 20));
	}
}
