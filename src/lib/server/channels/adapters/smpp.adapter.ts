import smpp, { type Pdu, type Session } from 'smpp';
import { log } from '../../log';
import { concatHeader, decodeShortMessage, encodeSegment, splitSms } from '../sms-encoding';
import { Semaphore, sleep } from '../rate';
import type { AdapterHooks, ChannelAdapter, OutgoingMessage, Receipt, SendResult } from '../types';

export interface SmppOptions {
	/** smpp://system_id:password@host:port (ssmpp:// for TLS). */
	url: string;
	/** Sender: alphanumeric (e.g. "Sapar") or a number. */
	source: string;
	systemType?: string;
	/** submit_sm PDUs awaiting their response at once (the SMSC's window). Default 10. */
	window?: number;
	/** Messages per second (the contract with the SMSC). Default 50. */
	ratePerSecond?: number;
	/** enquire_link every this often while bound. Default 30 s. */
	enquireLinkMs?: number;
	/** A request without a response this long counts as lost (the link is then reset). Default 30 s. */
	responseTimeoutMs?: number;
	/** Reconnect back-off: first wait, doubled per failure up to the last. Default 1 s … 60 s. */
	reconnectMinMs?: number;
	reconnectMaxMs?: number;
	/** How long a send waits for a bind before it is put back (without using a try). Default 5 s. */
	bindWaitMs?: number;
}

/** submit_sm_resp statuses after which a message can never go (bad number, bad text). */
const PERMANENT = new Set([0x01, 0x0a, 0x0b, 0x50, 0x51, 0x52, 0x53, 0x61, 0x62, 0x66]);
/** The SMSC asks us to slow down. */
const THROTTLED = new Set([smpp.ESME_RTHROTTLED, smpp.ESME_RMSGQFUL]);

/** Receipt `stat:` words and message_state values (SMPP 3.4 appendix B, 5.2.28). */
const STAT: Record<string, Receipt['state'] | null> = {
	DELIVRD: 'delivered',
	UNDELIV: 'failed',
	REJECTD: 'failed',
	DELETED: 'failed',
	EXPIRED: 'expired',
	UNKNOWN: 'unknown',
	ACCEPTD: null,
	ENROUTE: null
};
const STATE: Record<number, Receipt['state'] | null> = { 1: null, 2: 'delivered', 3: 'expired', 4: 'failed', 5: 'failed', 6: null, 7: 'unknown', 8: 'failed' };

interface Outstanding {
	resolve: (pdu: Pdu | null) => void;
	timer: NodeJS.Timeout;
}

interface MoParts {
	parts: Map<number, string>;
	total: number;
	timer: NodeJS.Timeout;
}

/**
 * SMS over SMPP 3.4 (docs/decisions/0014, 0018): one transceiver bind; submit_sm within a window of
 * outstanding PDUs; GSM-7 or UCS-2 per message, long ones as concatenated parts (UDH); deliver_sm
 * receipts to the dispatcher and mobile-originated messages to routeInbound; enquire_link keepalive;
 * reconnect with back-off; unbind on shutdown.
 */
export class SmppAdapter implements ChannelAdapter {
	readonly channel = 'sms' as const;
	readonly name = 'smpp';
	readonly window: number;
	readonly ratePerSecond: number;
	private readonly o: Required<SmppOptions>;
	private readonly pduWindow: Semaphore;
	private session: Session | null = null;
	private hooks: AdapterHooks | null = null;
	private stopping = false;
	private bound = false;
	private boundWaiters: (() => void)[] = [];
	private failures = 0;
	private reconnectTimer: NodeJS.Timeout | null = null;
	private enquireTimer: NodeJS.Timeout | null = null;
	private outstanding = new Map<number, Outstanding>();
	private concatRef = Math.floor(Math.random() * 256);
	private mo = new Map<string, MoParts>();
	/** Binds made so far (tests: a reconnect is a second bind). */
	binds = 0;

	constructor(options: SmppOptions) {
		this.o = {
			systemType: '',
			window: 10,
			ratePerSecond: 50,
			enquireLinkMs: 30_000,
			responseTimeoutMs: 30_000,
			reconnectMinMs: 1000,
			reconnectMaxMs: 60_000,
			bindWaitMs: 5000,
			...options
		};
		this.window = this.o.window;
		this.ratePerSecond = this.o.ratePerSecond;
		this.pduWindow = new Semaphore(this.o.window);
	}

	get isBound(): boolean {
		return this.bound;
	}

	async start(hooks: AdapterHooks): Promise<void> {
		this.hooks = hooks;
		this.stopping = false;
		this.connect();
		// Do not hold up the start: messages wait for the bind (bindWaitMs) and are put back if it is late.
		await this.whenBound(this.o.bindWaitMs);
	}

	/** Resolves true once bound, false after `ms`. */
	whenBound(ms: number): Promise<boolean> {
		if (this.bound) return Promise.resolve(true);
		return new Promise((resolve) => {
			const done = () => {
				clearTimeout(timer);
				resolve(this.bound);
			};
			const timer = setTimeout(() => {
				this.boundWaiters = this.boundWaiters.filter((w) => w !== done);
				resolve(false);
			}, ms);
			this.boundWaiters.push(done);
		});
	}

	// ─── Connection ──────────────────────────────────────────────────────────

	private connect(): void {
		if (this.stopping) return;
		const url = new URL(this.o.url);
		const tls = url.protocol === 'ssmpp:';
		const session = smpp.connect({ host: url.hostname, port: Number(url.port) || (tls ? 3550 : 2775), tls });
		this.session = session;
		session.on(tls ? 'secureConnect' : 'connect', () => this.bind(session, decodeURIComponent(url.username), decodeURIComponent(url.password)));
		session.on('error', (error: Error) => {
			// A socket error or a PDU the library cannot parse: the stream is not trustworthy any more.
			if (!this.stopping) log.warn('smpp link error', { reason: error.message.slice(0, 120) });
			session.destroy();
		});
		session.on('close', () => this.closed(session));
		session.on('deliver_sm', (pdu: Pdu) => this.deliver(session, pdu));
		session.on('enquire_link', (pdu: Pdu) => session.send(pdu.response()));
		session.on('unbind', (pdu: Pdu) => {
			session.send(pdu.response());
			session.close();
		});
		session.on('unknown', (pdu: Pdu) => {
			log.warn('smpp unknown pdu ignored', { commandId: pdu.command_id });
			session.send(pdu.response());
		});
		session.on('pdu', (pdu: Pdu) => {
			if (!pdu.isResponse()) return;
			const waiting = this.outstanding.get(pdu.sequence_number);
			if (!waiting) return;
			this.outstanding.delete(pdu.sequence_number);
			clearTimeout(waiting.timer);
			waiting.resolve(pdu);
		});
	}

	private bind(session: Session, systemId: string, password: string): void {
		void this.request(
			session,
			new smpp.PDU('bind_transceiver', { system_id: systemId, password, system_type: this.o.systemType, interface_version: 0x34 })
		).then((resp) => {
			if (session !== this.session) return;
			if (!resp || resp.command_status !== 0) {
				log.warn('smpp bind refused', { status: resp?.command_status ?? 'no response' });
				session.destroy();
				return;
			}
			this.bound = true;
			this.binds++;
			this.failures = 0;
			log.info('smpp bound', { host: new URL(this.o.url).hostname });
			this.enquireTimer = setInterval(() => void this.keepAlive(session), this.o.enquireLinkMs);
			for (const w of this.boundWaiters.splice(0)) w();
		});
	}

	private async keepAlive(session: Session): Promise<void> {
		const resp = await this.request(session, new smpp.PDU('enquire_link', {}));
		if (!resp && session === this.session && !this.stopping) {
			log.warn('smpp enquire_link unanswered: reconnecting');
			session.destroy();
		}
	}

	private closed(session: Session): void {
		if (session !== this.session) return;
		this.session = null;
		this.bound = false;
		if (this.enquireTimer) clearInterval(this.enquireTimer);
		this.enquireTimer = null;
		// What was waiting for a response will not get one on this link.
		for (const [seq, w] of this.outstanding) {
			clearTimeout(w.timer);
			this.outstanding.delete(seq);
			w.resolve(null);
		}
		if (this.stopping) return;
		const wait = Math.min(this.o.reconnectMaxMs, this.o.reconnectMinMs * 2 ** this.failures);
		this.failures++;
		log.warn('smpp link closed: reconnecting', { inMs: wait });
		this.reconnectTimer = setTimeout(() => {
			this.reconnectTimer = null;
			this.connect();
		}, wait);
	}

	/**
	 * PDUs written in one turn of the event loop leave in one write: the socket is corked on the
	 * first and uncorked on the next tick (pipelined submits without a syscall each).
	 */
	private corked = false;
	private cork(session: Session): void {
		if (this.corked || !session.socket) return;
		this.corked = true;
		session.socket.cork();
		process.nextTick(() => {
			this.corked = false;
			session.socket.uncork();
		});
	}

	/** Sends a request; resolves with its response, or null (no link, closed, timed out). */
	private request(session: Session, pdu: Pdu): Promise<Pdu | null> {
		return new Promise((resolve) => {
			this.cork(session);
			if (!session.send(pdu)) return resolve(null);
			const seq = pdu.sequence_number;
			const timer = setTimeout(() => {
				this.outstanding.delete(seq);
				resolve(null);
			}, this.o.responseTimeoutMs);
			this.outstanding.set(seq, { resolve, timer });
		});
	}

	// ─── Sending ─────────────────────────────────────────────────────────────

	async send(message: OutgoingMessage): Promise<SendResult> {
		if (!this.bound && !(await this.whenBound(this.o.bindWaitMs))) {
			// The link is down: not the message's fault, so it waits without using up a try.
			return { ok: false, permanent: false, reason: 'smpp_not_bound', retryAfterMs: this.o.bindWaitMs };
		}
		const { encoding, segments } = splitSms(message.body);
		const total = segments.length;
		const ref = total > 1 ? (this.concatRef = (this.concatRef + 1) & 0xff) : 0;
		const numericSource = /^\+?\d{3,15}$/.test(this.o.source);
		const responses = await Promise.all(
			segments.map(async (segment, i) => {
				const text = encodeSegment(segment, encoding);
				const pdu = new smpp.PDU('submit_sm', {
					source_addr_ton: numericSource ? 1 : 5,
					source_addr_npi: numericSource ? 1 : 0,
					source_addr: this.o.source.replace(/^\+/, ''),
					dest_addr_ton: 1,
					dest_addr_npi: 1,
					destination_addr: message.address.replace(/^\+/, ''),
					esm_class: total > 1 ? 0x40 : 0,
					registered_delivery: 1,
					data_coding: encoding === 'ucs2' ? 0x08 : 0x00,
					short_message: total > 1 ? Buffer.concat([concatHeader(ref, total, i + 1), text]) : text
				});
				await this.pduWindow.acquire();
				try {
					const session = this.session;
					return session && this.bound ? await this.request(session, pdu) : null;
				} finally {
					this.pduWindow.release();
				}
			})
		);
		const ids: string[] = [];
		for (const resp of responses) {
			if (!resp) return { ok: false, permanent: false, reason: 'smpp_no_response' };
			const status = resp.command_status;
			if (status !== 0) {
				const reason = `smpp_0x${status.toString(16).padStart(2, '0')}`;
				if (THROTTLED.has(status)) return { ok: false, permanent: false, reason, retryAfterMs: 1000 };
				return { ok: false, permanent: PERMANENT.has(status), reason };
			}
			ids.push(String(resp.message_id ?? ''));
		}
		return { ok: true, providerIds: ids, parts: total, final: false };
	}

	// ─── Receiving ───────────────────────────────────────────────────────────

	private deliver(session: Session, pdu: Pdu): void {
		// Answer first: a deliver_sm left unanswered is sent again by the SMSC.
		session.send(pdu.response());
		try {
			const esm = Number(pdu.esm_class ?? 0);
			const kind = esm & 0x3c;
			if (kind === 0x04 || kind === 0x08 || pdu.receipted_message_id) this.receiptFrom(pdu);
			else if (kind === 0) this.moFrom(pdu);
			else log.info('smpp deliver_sm ignored', { esmClass: esm });
		} catch (error) {
			log.warn('smpp deliver_sm not understood: ignored', { reason: (error as Error).message.slice(0, 120) });
		}
	}

	private textOf(pdu: Pdu): { text: string; udh: Buffer[] } {
		const dc = Number(pdu.data_coding ?? 0);
		const sm = pdu.short_message as { message?: string | Buffer; udh?: Buffer[] } | Buffer | string | undefined;
		const payload = pdu.message_payload as { message?: string | Buffer } | Buffer | undefined;
		const pick = (v: typeof sm | typeof payload): { text: string; udh: Buffer[] } | null => {
			if (v == null) return null;
			if (typeof v === 'string') return { text: v, udh: [] };
			if (Buffer.isBuffer(v)) return v.length ? { text: decodeShortMessage(v, dc), udh: [] } : null;
			const m = v.message;
			const udh = 'udh' in v && v.udh ? v.udh : [];
			if (m == null || m.length === 0) return null;
			return { text: typeof m === 'string' ? m : decodeShortMessage(m, dc), udh };
		};
		return pick(sm) ?? pick(payload) ?? { text: '', udh: [] };
	}

	private receiptFrom(pdu: Pdu): void {
		const { text } = this.textOf(pdu);
		const id = (pdu.receipted_message_id as string | undefined) || /\bid:(\S+)/i.exec(text)?.[1];
		const stat = /\bstat:(\w+)/i.exec(text)?.[1]?.toUpperCase();
		const state = pdu.message_state != null ? STATE[Number(pdu.message_state)] : stat ? STAT[stat] : undefined;
		if (!id || state === undefined) {
			log.warn('smpp receipt not understood: ignored');
			return;
		}
		if (state === null) return; // intermediate (accepted, en route)
		this.hooks?.receipt({ channel: 'sms', providerId: String(id), state });
	}

	private moFrom(pdu: Pdu): void {
		const raw = String(pdu.source_addr ?? '').trim();
		const digits = raw.replace(/^\+/, '');
		if (!/^[1-9]\d{6,14}$/.test(digits)) {
			log.warn('smpp message from an unusable address: ignored', { ton: pdu.source_addr_ton });
			return;
		}
		const address = `+${digits}`;
		const { text, udh } = this.textOf(pdu);
		const concat = udh.map(parseConcat).find((c) => c !== null);
		if (!concat) return this.route(address, text);
		const key = `${address}:${concat.ref}`;
		let entry = this.mo.get(key);
		if (!entry) {
			entry = {
				parts: new Map(),
				total: concat.total,
				timer: setTimeout(() => {
					this.mo.delete(key);
					log.warn('smpp long message incomplete: dropped', { parts: entry!.parts.size, of: entry!.total });
				}, 300_000)
			};
			this.mo.set(key, entry);
		}
		entry.parts.set(concat.seq, text);
		if (entry.parts.size < entry.total) return;
		clearTimeout(entry.timer);
		this.mo.delete(key);
		this.route(
			address,
			[...entry.parts.entries()]
				.sort((a, b) => a[0] - b[0])
				.map(([, t]) => t)
				.join('')
		);
	}

	private route(address: string, text: string): void {
		if (!this.hooks) return;
		this.hooks.inbound({ channel: 'sms', address, text }).catch((error: Error) => log.error('smpp inbound failed', { error }));
	}

	// ─── Shutdown ────────────────────────────────────────────────────────────

	/** Waits (a little) for responses in flight, unbinds and closes; no reconnect after this. */
	async stop(): Promise<void> {
		this.stopping = true;
		if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
		if (this.enquireTimer) clearInterval(this.enquireTimer);
		for (const entry of this.mo.values()) clearTimeout(entry.timer);
		this.mo.clear();
		const until = Date.now() + 5000;
		while (this.outstanding.size > 0 && Date.now() < until) await sleep(20);
		const session = this.session;
		if (!session) return;
		if (this.bound) {
			this.bound = false;
			await this.request(session, new smpp.PDU('unbind', {}));
		}
		await new Promise<void>((resolve) => {
			const timer = setTimeout(() => {
				session.destroy();
				resolve();
			}, 2000);
			session.close(() => {
				clearTimeout(timer);
				resolve();
			});
		});
		this.session = null;
	}
}

/** The concatenation element of a UDH (IEI 0x00, 8-bit reference, or 0x08, 16-bit). */
function parseConcat(element: Buffer): { ref: number; total: number; seq: number } | null {
	if (element[0] === 0x00 && element[1] === 3) return { ref: element[2], total: element[3], seq: element[4] };
	if (element[0] === 0x08 && element[1] === 4) return { ref: element.readUInt16BE(2), total: element[4], seq: element[5] };
	return null;
}

export const smppAdapter = (options: SmppOptions) => new SmppAdapter(options);
