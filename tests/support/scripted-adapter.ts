import type { Channel } from '../../src/lib/server/channels/channels.table';
import type { AdapterHooks, ChannelAdapter, OutgoingMessage, SendResult } from '../../src/lib/server/channels/types';

/**
 * A provider whose answers a test scripts (accept, fail for a while, throttle, block), recording
 * every send. For the dispatcher's rules; the real protocols have loopback servers of their own.
 */
export class ScriptedAdapter implements ChannelAdapter {
	readonly name = 'scripted';
	readonly sent: OutgoingMessage[] = [];
	hooks: AdapterHooks | null = null;
	/** Answer for a send; default: accepted and delivered. */
	script: (message: OutgoingMessage, attempt: number) => SendResult | Promise<SendResult> = (m) => ({
		ok: true,
		providerIds: [`p-${m.id}`],
		parts: 1,
		final: true
	});
	private attempts = new Map<string, number>();
	constructor(
		readonly channel: Channel,
		readonly window = 20,
		readonly ratePerSecond = 0,
		readonly perAddressPerSecond?: number
	) {}
	async start(hooks: AdapterHooks) {
		this.hooks = hooks;
	}
	async send(message: OutgoingMessage): Promise<SendResult> {
		const attempt = (this.attempts.get(message.id) ?? 0) + 1;
		this.attempts.set(message.id, attempt);
		this.sent.push(message);
		return this.script(message, attempt);
	}
	countTo(address: string) {
		return this.sent.filter((m) => m.address === address).length;
	}
}
