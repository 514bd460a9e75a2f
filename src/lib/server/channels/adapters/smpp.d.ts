/** The parts of the `smpp` package (v0.5) that Sapar uses; the package ships no types. */
declare module 'smpp' {
	import type { EventEmitter } from 'node:events';
	import type { Server as NetServer } from 'node:net';

	export interface Pdu {
		command: string;
		command_id: number;
		command_status: number;
		sequence_number: number;
		isResponse(): boolean;
		response(options?: Record<string, unknown>): Pdu;
		[field: string]: unknown;
	}
	export class PDU implements Pdu {
		constructor(command: string, options?: Record<string, unknown>);
		command: string;
		command_id: number;
		command_status: number;
		sequence_number: number;
		isResponse(): boolean;
		response(options?: Record<string, unknown>): Pdu;
		toBuffer(): Buffer;
		[field: string]: unknown;
	}
	export interface Session extends EventEmitter {
		socket: import('node:net').Socket;
		server?: Server;
		send(pdu: Pdu, onResponse?: (pdu: Pdu) => void, onSent?: (pdu: Pdu) => void): boolean;
		close(callback?: () => void): void;
		destroy(callback?: () => void): void;
		pause(): void;
		resume(): void;
		bind_transceiver(options: Record<string, unknown>, onResponse?: (pdu: Pdu) => void): boolean;
		submit_sm(options: Record<string, unknown>, onResponse?: (pdu: Pdu) => void): boolean;
		deliver_sm(options: Record<string, unknown>, onResponse?: (pdu: Pdu) => void): boolean;
		enquire_link(options?: Record<string, unknown> | ((pdu: Pdu) => void), onResponse?: (pdu: Pdu) => void): boolean;
		unbind(options?: Record<string, unknown> | ((pdu: Pdu) => void), onResponse?: (pdu: Pdu) => void): boolean;
	}
	export interface Server extends NetServer {
		sessions: Session[];
	}
	interface Smpp {
		PDU: typeof PDU;
		connect(options: { url?: string; host?: string; port?: number; tls?: boolean; [k: string]: unknown }, listener?: () => void): Session;
		createServer(listener: (session: Session) => void): Server;
		createServer(options: Record<string, unknown>, listener: (session: Session) => void): Server;
		ESME_ROK: number;
		ESME_RTHROTTLED: number;
		ESME_RMSGQFUL: number;
		ESME_RINVDSTADR: number;
		ESME_RBINDFAIL: number;
		ESME_RSYSERR: number;
		ESME_RX_T_APPN: number;
	}
	const smpp: Smpp;
	export default smpp;
}
