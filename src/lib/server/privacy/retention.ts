import { sql } from 'drizzle-orm';
import { purgeAlertContacts } from '../alerts/alerts.service';
import { recordAudit } from '../audit/audit.service';
import { minimiseClosedCases } from '../cases/retention';
import { purgeOldMessages } from '../channels/retention';
import { minimiseOldCalls } from '../hotline/retention';
import type { Db } from '../db/client';
import { log } from '../log';
import { closedCaseDays, HOTLINE_CALL_DAYS } from './retention.rules';

export interface RetentionReport {
	casesMinimised: number;
	hotlineCallsMinimised: number;
	messagesCleared: number;
	inboundCleared: number;
	alertContactsCleared: number;
	signInCodes: number;
	sessions: number;
	rateLimits: number;
	telegramCodes: number;
	botDialogues: number;
}

const DAY = 86_400_000;

/**
 * Applies every rule of retention.rules.ts once; each domain's own purge does its part (cases,
 * channels, alerts), the sign-in and device records are removed here. Idempotent; the run and its
 * counts (never what was removed) are audited.
 */
export async function applyRetention(db: Db, now = new Date()): Promise<RetentionReport> {
	const casesMinimised = await minimiseClosedCases(db, new Date(now.getTime() - closedCaseDays() * DAY), now);
	const hotlineCallsMinimised = await minimiseOldCalls(db, new Date(now.getTime() - HOTLINE_CALL_DAYS * DAY));
	const { messages, inbound } = await purgeOldMessages(db, now);
	const alertContactsCleared = await purgeAlertContacts(db, now);
	const rows = async (query: ReturnType<typeof sql>) => (await db.execute(query)).rowCount ?? 0;
	// Sign-in codes (better-auth's verification rows: phone-number codes, staff second-factor state).
	const signInCodes = await rows(sql`delete from auth_verification where expires_at < ${now}`);
	// Device records: expired sessions (address and browser), rate-limit counters (hashed address,
	// device or phone keys) whose window is over, Telegram link codes, bot dialogues left for an hour.
	const sessions = await rows(sql`delete from auth_session where expires_at < ${now}`);
	const rateLimits = await rows(sql`delete from rate_limit where expire is not null and expire < ${now.getTime()}`);
	const telegramCodes = await rows(sql`delete from telegram_link_code where expires_at < ${now}`);
	const botDialogues = await rows(sql`delete from bot_dialogue where updated_at < ${new Date(now.getTime() - 3_600_000)}`);
	const report = {
		casesMinimised,
		hotlineCallsMinimised,
		messagesCleared: messages,
		inboundCleared: inbound,
		alertContactsCleared,
		signInCodes,
		sessions,
		rateLimits,
		telegramCodes,
		botDialogues
	};
	await db.transaction((tx) => recordAudit(tx, { action: 'privacy.retention', entityType: 'retention', data: { ...report } }));
	log.info('privacy retention', { ...report });
	return report;
}
