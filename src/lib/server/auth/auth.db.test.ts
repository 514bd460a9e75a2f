import { and, desc, eq, like } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import { symmetricEncrypt } from 'better-auth/crypto';
import { base32 } from '@better-auth/utils/base32';
import { createOTP } from '@better-auth/utils/otp';
import { describe, expect, it, vi } from 'vitest';
import { auditLog } from '../audit/audit.table';
import { message } from '../channels/channels.table';
import { getDb } from '../db/client';
import { AppError } from '../errors';
import { getAuth } from './auth';
import { requestPhoneCode, signInStaff, verifyPhoneCode, verifyStaffTotp } from './auth.service';
import { authSession, authTwoFactor, authUser, authVerification } from './auth.table';

const client = (ip = '10.9.8.7') => ({ headers: new Headers(), ip });
const uniquePhone = () => `+99677${String(Date.now() + Math.floor(Math.random() * 1000)).slice(-7)}`;

async function latestCode(phone: string): Promise<string> {
	// better-auth keeps the current code in its verification table as "<code>:<attempts>"
	const [row] = await getDb()
		.select()
		.from(authVerification)
		.where(eq(authVerification.identifier, `phone-number-otp-${phone}`))
		.orderBy(desc(authVerification.createdAt))
		.limit(1);
	return row.value.split(':')[0];
}

describe('migrant sign-in with a phone code', () => {
	it('with SMS=off refuses to send a code, cleanly and before anything is queued', async () => {
		const phone = uniquePhone();
		const before = process.env.SMS;
		process.env.SMS = 'off';
		try {
			await expect(requestPhoneCode(phone, client())).rejects.toMatchObject({ code: 'bad_request', userMessage: 'error_phone_sign_in_off' });
		} finally {
			if (before === undefined) delete process.env.SMS;
			else process.env.SMS = before;
		}
		const rows = await getDb()
			.select()
			.from(authVerification)
			.where(eq(authVerification.identifier, `phone-number-otp-${phone}`));
		expect(rows).toHaveLength(0);
	});

	it('signs in (creating the account) with the right code, audited', async () => {
		const phone = uniquePhone();
		await requestPhoneCode(phone.replace('+996', '0'), client());
		const step = await verifyPhoneCode(phone, await latestCode(phone), client());
		expect(step.setCookie.join(';')).toMatch(/sapar\.session_token=/);
		const [user] = await getDb().select().from(authUser).where(eq(authUser.phoneNumber, phone));
		expect(user.kind).toBe('migrant');
		const audit = await getDb()
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.entityId, user.id), eq(auditLog.action, 'auth.sign_in')));
		expect(audit).toHaveLength(1);
		expect(JSON.stringify(audit[0])).not.toContain(phone);
	});

	it('refuses a wrong code and records the failure', async () => {
		const phone = uniquePhone();
		await requestPhoneCode(phone, client());
		const right = await latestCode(phone);
		const wrong = right === '000000' ? '111111' : '000000';
		await expect(verifyPhoneCode(phone, wrong, client())).rejects.toMatchObject({ code: 'bad_request', userMessage: 'error_code_wrong' });
		expect(await getDb().select().from(authUser).where(eq(authUser.phoneNumber, phone))).toHaveLength(0);
	});

	it('sends no more than three codes an hour to one phone', async () => {
		const phone = uniquePhone();
		for (let i = 0; i < 3; i++) await requestPhoneCode(phone, client(`10.1.1.${i}`));
		await expect(requestPhoneCode(phone, client('10.1.1.9'))).rejects.toMatchObject({ code: 'rate_limited' });
	});

	it('wrong codes slow the address that sends them, never lock the phone for its owner (issue 15)', async () => {
		const phone = uniquePhone();
		await requestPhoneCode(phone, client('10.5.1.1'));
		const right = await latestCode(phone);
		const wrong = right === '000000' ? '111111' : '000000';
		for (let i = 0; i < 5; i++) await expect(verifyPhoneCode(phone, wrong, client('10.5.1.1'))).rejects.toMatchObject({ code: 'bad_request' });
		// That address waits, and is told for how long.
		const waiting = await verifyPhoneCode(phone, right, client('10.5.1.1')).catch((e: AppError) => e);
		expect(waiting).toMatchObject({ code: 'rate_limited' });
		expect((waiting as AppError).retryAfterSeconds).toBeGreaterThan(800);
		// Twelve failures from as many addresses (more than the old lock of ten) do not lock the number:
		// the owner asks for a new code and signs in.
		for (let i = 0; i < 12; i++) await expect(verifyPhoneCode(phone, wrong, client(`10.5.2.${i}`))).rejects.toMatchObject({ code: 'bad_request' });
		await requestPhoneCode(phone, client('10.5.3.1'));
		const step = await verifyPhoneCode(phone, await latestCode(phone), client('10.5.3.1'));
		expect(step.setCookie.join(';')).toMatch(/sapar\.session_token=/);
	});

	it('refuses malformed numbers before anything is sent', async () => {
		await expect(requestPhoneCode('not a phone', client())).rejects.toBeInstanceOf(AppError);
	});
});

describe('staff sign-in', () => {
	it('asks for the second factor after a right password; audits a wrong one', async () => {
		const email = `staff-${Date.now()}@example.kg`;
		const password = 'correct horse battery staple';
		const created = await getAuth().api.signUpEmail({ body: { email, password, name: 'Test Staff' } });
		await getDb().update(authUser).set({ kind: 'staff' }).where(eq(authUser.id, created.user.id));

		const first = await signInStaff(email, password, client('10.2.2.2'));
		expect(first.next).toBe('enrol_two_factor'); // no second factor yet: must enrol now

		await expect(signInStaff(email, 'wrong password!!', client('10.2.2.2'))).rejects.toMatchObject({ userMessage: 'error_credentials' });
		const failures = await getDb()
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.entityId, created.user.id), eq(auditLog.action, 'auth.sign_in_failed')));
		expect(failures).toHaveLength(1);
		expect(JSON.stringify(failures[0])).not.toContain('wrong password');
	});

	it('does not let a migrant account in through the staff door', async () => {
		await expect(signInStaff('nobody@example.kg', 'whatever password', client())).rejects.toMatchObject({ userMessage: 'error_credentials' });
		const rows = await getDb().select().from(authUser).where(like(authUser.email, 'nobody@%'));
		expect(rows).toHaveLength(0);
	});
});

const PASSWORD = 'correct horse battery staple';
const SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
const totpNow = () => createOTP(base32.decode(SECRET)).totp();

/** A staff member with a password and an enrolled TOTP secret, as the demo seed makes them. */
async function staffWithTotp() {
	const email = `staff-${randomUUID().slice(0, 8)}@example.kg`;
	const created = await getAuth().api.signUpEmail({ body: { email, password: PASSWORD, name: 'Test Staff' } });
	const ctx = await getAuth().$context;
	await getDb().update(authUser).set({ kind: 'staff', twoFactorEnabled: true }).where(eq(authUser.id, created.user.id));
	await getDb()
		.insert(authTwoFactor)
		.values({
			id: randomUUID(),
			userId: created.user.id,
			secret: await symmetricEncrypt({ key: ctx.secretConfig, data: `base32:${SECRET}` }),
			backupCodes: await symmetricEncrypt({ key: ctx.secretConfig, data: '[]' }),
			verified: true
		});
	return { email, userId: created.user.id };
}

/** The cookies a browser would send back after a step. */
const withCookies = (setCookie: string[], ip: string) => {
	const headers = new Headers({ cookie: setCookie.map((c) => c.split(';')[0]).join('; ') });
	return { headers, ip };
};

describe('staff second factor (issue 15, finding 6)', () => {
	it('a TOTP code opens one sign-in; the same code again is refused and leaves no session', async () => {
		const { email, userId } = await staffWithTotp();
		const code = await totpNow();
		const first = await signInStaff(email, PASSWORD, client('10.6.6.1'));
		expect(first.next).toBe('two_factor');
		const done = await verifyStaffTotp(code, withCookies(first.setCookie, '10.6.6.1'));
		expect(done.setCookie.join(';')).toMatch(/sapar\.session_token=/);
		const sessions = async () => (await getDb().select().from(authSession).where(eq(authSession.userId, userId))).length;
		const before = await sessions();

		const again = await signInStaff(email, PASSWORD, client('10.6.6.2'));
		await expect(verifyStaffTotp(code, withCookies(again.setCookie, '10.6.6.2'))).rejects.toMatchObject({ userMessage: 'error_code_wrong' });
		expect(await sessions()).toBe(before);
		const reused = await getDb()
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.entityId, userId), eq(auditLog.action, 'auth.sign_in_failed')));
		expect(reused.map((r) => (r.data as { reason: string }).reason)).toContain('code_reused');
	});
});

describe('staff e-mail enumeration (issue 15, finding 5)', () => {
	it('an unknown e-mail costs the same password-hash check as a known one', async () => {
		const { email } = await staffWithTotp();
		const ctx = await getAuth().$context;
		await signInStaff('warm-up@example.kg', 'wrong password!!', client('10.5.5.0')).catch(() => undefined);
		const verify = vi.spyOn(ctx.password, 'verify');
		try {
			await expect(signInStaff(email, 'wrong password!!', client('10.5.5.1'))).rejects.toMatchObject({ userMessage: 'error_credentials' });
			const known = verify.mock.calls.length;
			expect(known).toBe(1);
			await expect(signInStaff(`nobody-${randomUUID()}@example.kg`, 'wrong password!!', client('10.5.5.2'))).rejects.toMatchObject({
				userMessage: 'error_credentials'
			});
			expect(verify.mock.calls.length).toBe(known * 2);
		} finally {
			verify.mockRestore();
		}
	});
});

describe('wrong staff passwords slow the attacker, not the owner (issue 15, finding 4)', () => {
	const wrong = (email: string, ip: string) => signInStaff(email, 'wrong password!!', client(ip));

	it('one address gets five tries per account, then waits; the owner elsewhere is not affected', async () => {
		const { email } = await staffWithTotp();
		for (let i = 0; i < 5; i++) await expect(wrong(email, '10.4.1.1')).rejects.toMatchObject({ userMessage: 'error_credentials' });
		await expect(wrong(email, '10.4.1.1')).rejects.toMatchObject({ code: 'rate_limited' });
		await expect(signInStaff(email, PASSWORD, client('10.4.1.1'))).rejects.toMatchObject({ code: 'rate_limited' });
		expect((await signInStaff(email, PASSWORD, client('10.4.1.2'))).next).toBe('two_factor');
	});

	it('many addresses do not lock the account: the owner signs in with password and code together, and is told by e-mail', async () => {
		const { email, userId } = await staffWithTotp();
		for (let i = 0; i < 10; i++) await expect(wrong(email, `10.4.2.${i}`)).rejects.toMatchObject({ userMessage: 'error_credentials' });
		// Guarded now: the password alone is not enough (and says nothing about whether it was right).
		await expect(wrong(email, '10.4.2.50')).rejects.toMatchObject({ userMessage: 'error_signin_code_needed' });
		await expect(signInStaff(email, PASSWORD, client('10.4.2.51'))).rejects.toMatchObject({ userMessage: 'error_signin_code_needed' });
		const code = await totpNow();
		const other = code === '000000' ? '111111' : '000000';
		await expect(signInStaff(email, PASSWORD, client('10.4.2.52'), other)).rejects.toMatchObject({ userMessage: 'error_credentials' });
		await expect(signInStaff(email, 'wrong password!!', client('10.4.2.53'), code)).rejects.toMatchObject({ userMessage: 'error_credentials' });
		const done = await signInStaff(email, PASSWORD, client('10.4.2.54'), code);
		expect(done.next).toBe('done');
		expect(done.setCookie.filter((c) => /^sapar\.session_token=[^;]+/.test(c))).toHaveLength(1);

		const alerts = await getDb()
			.select()
			.from(message)
			.where(and(eq(message.address, email), eq(message.purpose, 'security')));
		expect(alerts).toHaveLength(1);
		expect(alerts[0].channel).toBe('email');
		expect(alerts[0].body).not.toContain('wrong password');
		const guarded = await getDb()
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.entityId, userId), eq(auditLog.action, 'auth.account_guarded')));
		expect(guarded).toHaveLength(1);
	});

	it('an unknown e-mail behaves the same way (the guard tells nothing about who is staff)', async () => {
		const email = `nobody-${randomUUID().slice(0, 8)}@example.kg`;
		for (let i = 0; i < 10; i++) await expect(wrong(email, `10.4.3.${i}`)).rejects.toMatchObject({ userMessage: 'error_credentials' });
		await expect(wrong(email, '10.4.3.50')).rejects.toMatchObject({ userMessage: 'error_signin_code_needed' });
		expect(await getDb().select().from(message).where(eq(message.address, email))).toHaveLength(0);
	});
});
