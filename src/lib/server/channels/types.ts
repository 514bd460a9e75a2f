import type { Buttons, Channel } from './channels.table';

export type { Buttons, Channel };

/** What an adapter is given to send (one row of `message`). */
export interface OutgoingMessage {
	id: string;
	channel: Channel;
	address: string;
	locale: string;
	subject: string | null;
	body: string;
	buttons: Buttons | null;
	purpose: string;
}

/**
 * The outcome of one send. `final` means the provider gives no receipts and acceptance is delivery
 * (Telegram, e-mail, the outbox); otherwise the message is `sent` until a receipt moves it.
 */
export type SendResult =
	| { ok: true; providerIds: string[]; parts: number; final: boolean }
	| {
			ok: false;
			/** The address can never get it (bad number, unknown chat): no retry. */
			permanent: boolean;
			/** Short reason code for the row (never personal data). */
			reason: string;
			/** The provider asked us to wait (throttling): retried after this, without using up an attempt. */
			retryAfterMs?: number;
			/** The person blocked us (Telegram 403): the address is suppressed. */
			unreachable?: boolean;
	  };

/** A delivery receipt (SMPP deliver_sm) by the provider's message id. */
export interface Receipt {
	channel: Channel;
	providerId: string;
	state: 'delivered' | 'failed' | 'expired' | 'unknown';
}

/** Something a person sent us: an SMS reply, a Telegram message, button press or shared contact. */
export interface Inbound {
	channel: Channel;
	/** Phone (E.164) or chat id. */
	address: string;
	text?: string;
	/** Telegram inline button data. */
	callbackData?: string;
	/** Telegram: the person shared their own contact (phone in E.164). */
	contactPhone?: string;
	/** Telegram: the language their app is set to (e.g. 'ru'). */
	languageCode?: string;
	/** Filled in by the layer: the account behind the address, if any. */
	userId?: string | null;
}

/** What an inbound handler answers: handled or not, and an optional reply on the same channel. */
export interface InboundResult {
	handled: boolean;
	reply?: { body: string; buttons?: Buttons | null };
	/** Telegram: a short notice shown on the pressed button (answerCallbackQuery). */
	notice?: string;
}

/** Hooks a receiving adapter calls (receipts and inbound messages). */
export interface AdapterHooks {
	receipt(receipt: Receipt): void;
	inbound(message: Inbound): Promise<InboundResult | null>;
}

/**
 * One adapter per channel, chosen by configuration (channels/config.ts). It declares how many sends
 * may be in flight at once (`window`) and how fast it may go (`ratePerSecond`, and per address).
 */
export interface ChannelAdapter {
	readonly channel: Channel;
	readonly name: string;
	readonly window: number;
	readonly ratePerSecond: number;
	readonly perAddressPerSecond?: number;
	/** Connect, bind, start receiving; receipts and inbound go to the hooks. */
	start?(hooks: AdapterHooks): Promise<void>;
	send(message: OutgoingMessage): Promise<SendResult>;
	stop?(): Promise<void>;
}
