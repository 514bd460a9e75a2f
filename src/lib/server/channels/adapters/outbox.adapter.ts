import type { Channel } from '../channels.table';
import type { ChannelAdapter } from '../types';

/**
 * Development and test: nothing leaves the machine. The message row itself is the outbox
 * (/dev/outbox lists it); the send is accepted at once and counts as delivered.
 */
export function outboxAdapter(channel: Channel): ChannelAdapter {
	return {
		channel,
		name: 'outbox',
		window: 100,
		ratePerSecond: 0,
		async send(message) {
			return { ok: true, providerIds: [`outbox-${message.id}`], parts: 1, final: true };
		}
	};
}
