/**
 * The channels layer (docs/decisions/0014): everything that leaves or enters Sapar by SMS, Telegram or
 * e-mail. Domains import from here; this layer never imports a domain.
 */
export { CHANNELS, MESSAGE_STATUSES, message, suppression, channelPreference, channelContact, telegramLink, inboundMessage } from './channels.table';
export type { Buttons, Channel, MessageStatus } from './channels.table';
export type { ChannelAdapter, Inbound, InboundResult, OutgoingMessage, Receipt, SendResult } from './types';
export {
	enqueueMessage,
	enqueueForPerson,
	wakeDispatchers,
	cancelBatch,
	batchCounts,
	contactsOf,
	priorityOf,
	WAKE,
	type EnqueueInput,
	type PersonMessage
} from './message.service';
export { onInbound, offInbound, routeInbound, isStop, isStart, keyword, type InboundHandler } from './inbound';
export { registerRenderer, type FallbackRenderer } from './dispatcher';
export { suppress, unsuppress, isSuppressed, preferencesOf, writePreferences, nextSafeTime, type Preferences } from './consent.service';
export { smsParts, smsEncoding, LIMITS as SMS_LIMITS } from './sms-encoding';
