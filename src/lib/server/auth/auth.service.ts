import { randomBytes } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { isAPIError } from 'better-auth/api';
import { symmetricDecrypt } from 'better-auth/crypto';
import { base32 } from '@better-auth/utils/base32';
import { createOTP } from '@better-auth/utils/otp';
import { getDb } from '../db/client';
import { AppError, isAppError } from '../errors';
import { recordAuditNow } from '../audit/audit.service';
import { addressKey, allowance, check, consume, penalise, reset, spent } from '../http/rate-limit';
import { enqueueMessage } from '../channels/message.service';
import { getAuth } from './auth';
import { authSession, authTwoFactor, authUser } from './auth.table';
import { normalisePhone } from './phone';
import { guardAlert } from './texts';
import { phoneSignInAvailable } from '../channels/config';

/** What a sign-in step hands back to the route: cookies to set and where to go next. */
export interface AuthStep {
	setCookie: string[];
	next: 'done' | 'two_factor' | 'enrol_two_factor';
}

interface Client {
	headers: Headers;
	ip: string | null;
}

const cookiesOf = (headers: Headers | null | undefined) => headers?.getSetCookie() ?? [];

const auditSignIn = (userId: string | null, client: Client, method: string, extra: Record<string, unknown> = {}) =>
	recordAuditNow(getDb(), {
		action: 'auth.sign_in',
		entityType: 'user',
		entityId: userId,
		actorUserId: userId,
		ip: client.ip,
		data: { method, ...extra }
	});

const auditSignInFailed = (userId: string | null, client: Client, method: string, reason: string) =>
	recordAuditNow(getDb(), {
		action: 'auth.sign_in_failed',
		entityType: 'user',
		entityId: userId,
		ip: client.ip,
		data: { method, reason }
	});

let dummyHash: Promise<string> | undefined;
/**
 * An unknown e-mail (or one that is not staff) costs the same password-hash check as a known one, so
 * the answer's timing does not tell which staff e-mails exist (issue 15, finding 5).
 */
export async function spendPasswordCheck(password: string): Promise<void> {
	const ctx = await getAuth().$context;
	dummyHash ??= ctx.password.hash(randomBytes(18).toString('base64url'));
	await ctx.password.verify({ hash: await dummyHash, password });
}

const TOTP_PERIOD = 30;

/** The time step whose code this is, for the user's TOTP secret (±2 steps around now), or null. */
async function totpStepOf(userId: string, code: string): Promise<number | null> {
	const [row] = await getDb().select({ secret: authTwoFactor.secret }).from(authTwoFactor).where(eq(authTwoFactor.userId, userId));
	if (!row) return null;
	const ctx = await getAuth().$context;
	const plain = await symmetricDecrypt({ key: ctx.secretConfig, data: row.secret });
	// Secrets imported from elsewhere are stored as "base32:<secret>" (as better-auth reads them).
	const secret = plain.startsWith('base32:') ? base32.decode(plain.slice(7).toUpperCase()) : plain;
	const otp = createOTP(secret as string, { digits: 6, period: TOTP_PERIOD });
	const now = Math.floor(Date.now() / (TOTP_PERIOD * 1000));
	for (const step of [now, now - 1, now + 1, now - 2, now + 2]) if ((await otp.hotp(step)) === code) return step;
	return null;
}

/**
 * Records the code's time step as the user's last accepted one; false when that step (or a later one)
 * was already used: a TOTP code works once (issue 15, finding 6). Atomic, so two requests racing with
 * the same code cannot both win.
 */
export async function claimTotpStep(userId: string, code: string): Promise<boolean> {
	const step = await totpStepOf(userId, code);
	if (step === null) return false;
	const rows = await getDb().execute(sql`
		insert into auth_totp_step (user_id, step) values (${userId}, ${step})
		on conflict (user_id) do update set step = excluded.step, updated_at = now()
		where auth_totp_step.step < excluded.step
		returning user_id`);
	return rows.rows.length === 1;
}

/** Step 1 for migrants: send a one-time code by SMS. Rate-limited per phone and per address. */
export async function requestPhoneCode(rawPhone: string, client: Client): Promise<string> {
	// SMS=off: no code could reach the phone (the sign-in page hides the form; this guards the action).
	if (!phoneSignInAvailable()) throw new AppError('bad_request', 'phone sign-in off', { userMessage: 'error_phone_sign_in_off' });
	const phone = normalisePhone(rawPhone);
	if (!phone) throw new AppError('bad_request', 'invalid phone', { userMessage: 'error_phone_invalid' });
	await consume('otpIp', addressKey(client.ip));
	await consume('otpPhone', phone);
	await getAuth().api.sendPhoneNumberOTP({ body: { phoneNumber: phone }, headers: client.headers });
	await recordAuditNow(getDb(), { action: 'auth.code_requested', entityType: 'phone', ip: client.ip });
	return phone;
}

/** Step 2 for migrants: check the code; signs in (creating the account on first use). */
export async function verifyPhoneCode(phone: string, code: string, client: Client): Promise<AuthStep> {
	const normalised = normalisePhone(phone);
	if (!normalised || !/^\d{6}$/.test(code.trim())) {
		throw new AppError('bad_request', 'malformed code', { userMessage: 'error_code_invalid' });
	}
	// Wrong codes slow the address that sends them, not the phone's owner (issue 15, like finding 4 for
	// staff): no lock per phone. Guessing stays bounded by the phone: a code allows 3 tries (better-auth)
	// and 3 codes an hour are sent (otpPhone), so at most 9 guesses an hour at one in a million each.
	const pair = `phone:${normalised}|${addressKey(client.ip)}`;
	await check('phoneCodeAddress', pair);
	await consume('signInIp', addressKey(client.ip));
	try {
		const { headers, response } = await getAuth().api.verifyPhoneNumber({
			body: { phoneNumber: normalised, code: code.trim() },
			headers: client.headers,
			returnHeaders: true
		});
		await reset('phoneCodeAddress', pair);
		await auditSignIn(response?.user?.id ?? null, client, 'phone_otp');
		return { setCookie: cookiesOf(headers), next: 'done' };
	} catch (error) {
		if (!isAPIError(error)) throw error;
		await penalise('phoneCodeAddress', pair);
		await auditSignInFailed(null, client, 'phone_otp', error.body?.code ?? 'invalid');
		throw new AppError('bad_request', 'otp rejected', { userMessage: 'error_code_wrong' });
	}
}

/** The cookies a browser would send back after a step (to chain two steps in one request). */
const asRequestHeaders = (setCookie: string[]) =>
	new Headers({
		cookie: setCookie
			.map((c) => c.split(';')[0])
			.filter((c) => !/=$/.test(c))
			.join('; ')
	});

/**
 * A wrong staff password: counted per e-mail (all addresses) and per e-mail and address. When the
 * account count reaches the guard, the owner is told by e-mail (once per window) and the attempt audited.
 */
async function noteStaffFailure(account: string, pair: string, user: { id: string; email: string; locale: string | null } | null, client: Client) {
	await penalise('staffAccountAddress', pair);
	const failures = await penalise('staffAccount', account);
	if (failures !== allowance('staffAccount') || !user) return;
	await recordAuditNow(getDb(), { action: 'auth.account_guarded', entityType: 'user', entityId: user.id, ip: client.ip, data: { failures } });
	const mail = guardAlert(user.locale);
	await enqueueMessage(getDb(), {
		channel: 'email',
		address: user.email,
		subject: mail.subject,
		body: mail.text,
		purpose: 'security',
		userId: user.id,
		locale: user.locale ?? 'ky'
	});
}

/**
 * Staff step 1: email and password; staff must then give a TOTP code (or enrol one).
 *
 * Wrong passwords slow the attacker, not the owner (issue 15, finding 4): one address gets a few
 * tries per account and then waits; when many addresses together reach the account's guard, the
 * account is not locked: the password is then accepted only together with the TOTP code in the
 * same step (`code`), which the owner has and a guesser does not, and the owner gets an e-mail.
 */
export async function signInStaff(rawEmail: string, password: string, client: Client, code?: string): Promise<AuthStep> {
	const email = rawEmail.trim().toLowerCase();
	const account = `email:${email}`;
	const pair = `${account}|${addressKey(client.ip)}`;
	await consume('signInIp', addressKey(client.ip));
	await check('staffAccountAddress', pair);
	// Counted for any e-mail, known or not, so the guard itself tells nothing about who is staff.
	const guarded = (await spent('staffAccount', account)) >= allowance('staffAccount');
	const totp = code?.trim() ?? '';
	if (guarded && !/^\d{6}$/.test(totp)) {
		throw new AppError('bad_request', 'second factor needed with the password', { userMessage: 'error_signin_code_needed' });
	}
	const db = getDb();
	const [user] = await db
		.select({ id: authUser.id, kind: authUser.kind, email: authUser.email, locale: authUser.locale })
		.from(authUser)
		.where(eq(authUser.email, email));
	const fail = async (reason: string) => {
		await auditSignInFailed(user?.id ?? null, client, 'password', reason);
		await noteStaffFailure(account, pair, user?.kind === 'staff' ? user : null, client);
		return new AppError('bad_request', 'bad credentials', { userMessage: 'error_credentials' });
	};
	if (!user || user.kind !== 'staff') {
		await spendPasswordCheck(password);
		throw await fail('unknown_or_not_staff');
	}
	let first: { setCookie: string[]; twoFactor: boolean; token: string | null };
	try {
		const { headers, response } = await getAuth().api.signInEmail({
			body: { email, password, rememberMe: false },
			headers: client.headers,
			returnHeaders: true
		});
		const twoFactor = !!(response && 'twoFactorRedirect' in response && response.twoFactorRedirect);
		first = { setCookie: cookiesOf(headers), twoFactor, token: !twoFactor && response && 'token' in response ? (response.token ?? null) : null };
	} catch (error) {
		if (!isAPIError(error)) throw error;
		throw await fail('wrong_password');
	}
	if (!guarded) {
		if (first.twoFactor) return { setCookie: first.setCookie, next: 'two_factor' };
		// Signed in without a second factor: the account has none yet and must enrol one now.
		await auditSignIn(user.id, client, 'password', { twoFactor: 'enrolment_pending' });
		return { setCookie: first.setCookie, next: 'enrol_two_factor' };
	}
	// Guarded: the password was right; the code must be too, in this same step.
	if (!first.twoFactor) {
		// No second factor enrolled: nothing but the password to go on, so the account waits out the window.
		if (first.token) await db.delete(authSession).where(eq(authSession.token, first.token));
		throw await fail('guarded_without_second_factor');
	}
	try {
		const done = await verifyStaffTotp(totp, { headers: asRequestHeaders(first.setCookie), ip: client.ip });
		return { setCookie: [...first.setCookie, ...done.setCookie], next: 'done' };
	} catch (error) {
		if (!isAppError(error) || error.code !== 'bad_request') throw error;
		throw await fail('guarded_wrong_code');
	}
}

/** Staff step 2: the TOTP code from the authenticator app. */
export async function verifyStaffTotp(code: string, client: Client): Promise<AuthStep> {
	if (!/^\d{6}$/.test(code.trim())) {
		throw new AppError('bad_request', 'malformed totp', { userMessage: 'error_code_invalid' });
	}
	await consume('signInIp', addressKey(client.ip));
	try {
		const { headers, response } = await getAuth().api.verifyTOTP({
			body: { code: code.trim() },
			headers: client.headers,
			returnHeaders: true
		});
		const userId = response?.user?.id ?? null;
		if (!userId || !(await claimTotpStep(userId, code.trim()))) {
			// A code already used (replayed): the session better-auth just made is removed, nothing is handed out.
			if (response?.token) await getDb().delete(authSession).where(eq(authSession.token, response.token));
			await auditSignInFailed(userId, client, 'totp', 'code_reused');
			throw new AppError('bad_request', 'totp reused', { userMessage: 'error_code_wrong' });
		}
		await auditSignIn(userId, client, 'password+totp');
		return { setCookie: cookiesOf(headers), next: 'done' };
	} catch (error) {
		if (!isAPIError(error)) throw error;
		await auditSignInFailed(null, client, 'totp', error.body?.code ?? 'invalid');
		throw new AppError('bad_request', 'totp rejected', { userMessage: 'error_code_wrong' });
	}
}

/** Enrolment, part 1: checks the password and returns a new TOTP secret (as an otpauth URI). */
export async function startTotpEnrolment(password: string, client: Client): Promise<{ totpURI: string; backupCodes: string[] }> {
	try {
		const result = await getAuth().api.enableTwoFactor({ body: { password }, headers: client.headers });
		if (!('totpURI' in result)) throw new Error('TOTP is not enabled in the auth configuration');
		return result;
	} catch (error) {
		if (!isAPIError(error)) throw error;
		throw new AppError('bad_request', 'enable 2fa rejected', { userMessage: 'error_credentials' });
	}
}

/** Enrolment, part 2: the first code from the app proves the secret was saved; 2FA is then on. */
export async function confirmTotpEnrolment(userId: string, code: string, client: Client): Promise<AuthStep> {
	if (!/^\d{6}$/.test(code.trim())) {
		throw new AppError('bad_request', 'malformed totp', { userMessage: 'error_code_invalid' });
	}
	try {
		const { headers } = await getAuth().api.verifyTOTP({
			body: { code: code.trim() },
			headers: client.headers,
			returnHeaders: true
		});
		// The enrolment code counts as used: it cannot open the next sign-in.
		await claimTotpStep(userId, code.trim());
		await recordAuditNow(getDb(), {
			action: 'auth.two_factor_enabled',
			entityType: 'user',
			entityId: userId,
			actorUserId: userId,
			ip: client.ip
		});
		return { setCookie: cookiesOf(headers), next: 'done' };
	} catch (error) {
		if (!isAPIError(error)) throw error;
		throw new AppError('bad_request', 'totp rejected', { userMessage: 'error_code_wrong' });
	}
}

export async function signOut(userId: string | null, client: Client): Promise<string[]> {
	const { headers } = await getAuth().api.signOut({ headers: client.headers, returnHeaders: true });
	if (userId) {
		await recordAuditNow(getDb(), {
			action: 'auth.sign_out',
			entityType: 'user',
			entityId: userId,
			actorUserId: userId,
			ip: client.ip
		});
	}
	return cookiesOf(headers);
}
