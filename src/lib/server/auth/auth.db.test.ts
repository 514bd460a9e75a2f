import { and, desc, eq, like } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog } from '../audit/audit.table';
import { getDb } from '../db/client';
import { AppError } from '../errors';
import { getAuth } from './auth';
import { requestPhoneCode, signInStaff, verifyPhoneCode } from './auth.service';
import { authUser, authVerification } from './auth.table';

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
		const rows = await getDb().select().from(authVerification).where(eq(authVerification.identifier, `phone-number-otp-${phone}`));
		expect(rows).toHaveLength(0);
	});

	it('signs in (creating the account) with the right code, audited', async () => {
		const phone = uniquePhone();
		await requestPhoneCode(phone.replace('+996', '0'), client());
		const step = await verifyPhoneCode(phone, await latestCode(phone), client());
		expect(step.setCookie.join(';')).toMatch(/sapar\.session_token=/);
		const [user] = await getDb().select().from(authUser).where(eq(authUser.phoneNumber, phone));
		expect(user.kind).toBe('migrant');
		const audit = await getDb().select().from(auditLog).where(and(eq(auditLog.entityId, user.id), eq(auditLog.action, 'auth.sign_in')));
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
