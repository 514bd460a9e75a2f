import { and, eq } from 'drizzle-orm';
import { isAPIError } from 'better-auth/api';
import { getDb } from '../db/client';
import { AppError } from '../errors';
import { recordAuditNow } from '../audit/audit.service';
import { addressKey, check, consume, penalise } from '../http/rate-limit';
import { getAuth } from './auth';
import { authAccount, authSession, staffSession } from './auth.table';
import { claimTotpStep } from './auth.service';

/**
 * Staff session limits (issue 15, finding 7; docs/decisions/0024-staff-sign-in-hardening.md): a staff
 * session ends 12 hours after sign-in whatever its use (better-auth's sliding expiry is not an
 * upper bound), and after 30 minutes without a request. Sensitive actions also need a recent
 * sign-in or re-authentication (access.ts requireRecentAuth).
 */
export const STAFF_SESSION_ABSOLUTE_MS = 12 * 60 * 60_000;
export const STAFF_SESSION_IDLE_MS = 30 * 60_000;
/** last-seen is written at most this often (one write per minute per session, not per request) */
const TOUCH_EVERY_MS = 60_000;

/**
 * Checks a staff session and notes its use. Returns when its owner last proved who they are, or
 * null when the session is over (too old or idle too long): it is then removed.
 */
export async function checkStaffSession(sessionId: string, createdAt: Date, now = new Date()): Promise<Date | null> {
	const db = getDb();
	const [state] = await db
		.insert(staffSession)
		.values({ sessionId, lastSeenAt: now, authenticatedAt: createdAt })
		.onConflictDoUpdate({ target: staffSession.sessionId, set: { sessionId } })
		.returning();
	const over = now.getTime() - createdAt.getTime() > STAFF_SESSION_ABSOLUTE_MS || now.getTime() - state.lastSeenAt.getTime() > STAFF_SESSION_IDLE_MS;
	if (over) {
		await db.delete(authSession).where(eq(authSession.id, sessionId));
		return null;
	}
	if (now.getTime() - state.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
		await db.update(staffSession).set({ lastSeenAt: now }).where(eq(staffSession.sessionId, sessionId));
	}
	return state.authenticatedAt;
}

interface Client {
	headers: Headers;
	ip: string | null;
}

/**
 * Re-authentication inside a session: the password or a TOTP code (a code works once). Wrong answers
 * count against the same per-address tier as sign-in; the result is audited either way.
 */
export async function reauthenticate(userId: string, sessionId: string, input: { password?: string; code?: string }, client: Client): Promise<void> {
	const pair = `reauth:${userId}|${addressKey(client.ip)}`;
	await consume('signInIp', addressKey(client.ip));
	await check('staffAccountAddress', pair);
	const code = input.code?.trim() ?? '';
	const password = input.password ?? '';
	let ok = false;
	let method = 'totp';
	if (/^\d{6}$/.test(code)) {
		ok = await claimTotpStep(userId, code);
	} else if (password) {
		method = 'password';
		const [account] = await getDb()
			.select({ hash: authAccount.password })
			.from(authAccount)
			.where(and(eq(authAccount.userId, userId), eq(authAccount.providerId, 'credential')));
		const ctx = await getAuth().$context;
		try {
			ok = !!account?.hash && (await ctx.password.verify({ hash: account.hash, password }));
		} catch (error) {
			if (!isAPIError(error)) throw error;
		}
	} else {
		throw new AppError('bad_request', 'nothing given', { userMessage: 'error_reauth_missing' });
	}
	await recordAuditNow(getDb(), {
		action: ok ? 'auth.reauthenticated' : 'auth.sign_in_failed',
		entityType: 'user',
		entityId: userId,
		actorUserId: userId,
		ip: client.ip,
		data: ok ? { method } : { method: `reauth_${method}`, reason: 'wrong' }
	});
	if (!ok) {
		await penalise('staffAccountAddress', pair);
		throw new AppError('bad_request', 'reauth rejected', { userMessage: method === 'totp' ? 'error_code_wrong' : 'error_password_wrong' });
	}
	await getDb().update(staffSession).set({ authenticatedAt: new Date(), lastSeenAt: new Date() }).where(eq(staffSession.sessionId, sessionId));
}
