import { sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { log } from '../log';
import { MESSAGE_DAYS } from '../privacy/retention.rules';

export const RETENTION_DAYS = MESSAGE_DAYS;

/**
 * Recipient data is kept 7 days (GOV.UK Notify's rule): then address, subject, body and buttons of
 * messages, and address and text of inbound messages, are cleared; status, counts and links to the
 * domain rows stay. Anything still queued by then is given up. Works in slices, so a million-row
 * alert does not hold one long transaction. Run by the privacy retention job (privacy/privacy.jobs.ts).
 */
export async function purgeOldMessages(db: Db, now = new Date(), days = RETENTION_DAYS): Promise<{ messages: number; inbound: number }> {
	const cutoff = new Date(now.getTime() - days * 86_400_000);
	let messages = 0;
	for (;;) {
		const { rowCount } = await db.execute(sql`
			update message set address = null, subject = null, body = null, buttons = null,
				status = case when status in ('created', 'sending') then 'cancelled' else status end,
				error = case when status in ('created', 'sending') then 'expired_in_queue' else error end
			where id in (
				select id from message where created_at < ${cutoff} and (address is not null or body is not null) limit 10000
			)`);
		messages += rowCount ?? 0;
		if (!rowCount) break;
	}
	const inbound = await db.execute(
		sql`update inbound_message set address = null, body = null where received_at < ${cutoff} and (address is not null or body is not null)`
	);
	await db.execute(sql`delete from message_receipt_pending where received_at < ${new Date(now.getTime() - 86_400_000)}`);
	log.info('message retention', { messages, inbound: inbound.rowCount ?? 0 });
	return { messages, inbound: inbound.rowCount ?? 0 };
}
