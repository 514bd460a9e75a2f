import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { symmetricEncrypt } from 'better-auth/crypto';
import { base32 } from '@better-auth/utils/base32';
import { createOTP } from '@better-auth/utils/otp';
import { describe, expect, it } from 'vitest';
import { makeOrganisation } from '../../../../tests/support/factories';
import { REAUTH_MINUTES, requireRecentAuth } from '../access/access';
import { getDb } from '../db/client';
import { exportRegistrations } from '../migrant/registration.service';
import { membership } from '../org/org.table';
import { getAuth } from './auth';
import { signInStaff, verifyStaffTotp } from './auth.service';
import { authSession, authTwoFactor, authUser, staffSession } from './auth.table';
import { loadViewer } from './session';
import { reauthenticate } from './staff-session';

const PASSWORD = 'correct horse battery staple';
const SECRET = 'KRSXG5CTMVRXEZLUKRSXG5CTMVRXEZLU';

/** A consular officer with password and TOTP, as the demo seed makes them. */
async function officer() {
	const org = await makeOrganisation('consulate', 'RU');
	const email = `officer-${randomUUID().slice(0, 8)}@example.kg`;
	const created = await getAuth().api.signUpEmail({ body: { email, password: PASSWORD, name: 'Officer' } });
	const ctx = await getAuth().$context;
	await getDb().delete(authSession).where(eq(authSession.userId, created.user.id)); // sign-up's own session
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
	await getDb().insert(membership).values({ userId: created.user.id, organisationId: org.id, role: 'consular_officer' });
	return { email, userId: created.user.id };
}

const cookieOf = (setCookie: string[]) =>
	new Headers({
		cookie: setCookie
			.map((c) => c.split(';')[0])
			.filter((c) => !/=$/.test(c))
			.join('; ')
	});

/** Signs in with password and code (the code of a given time step, so two sign-ins never reuse one). */
async function signIn(email: string, ip: string): Promise<Headers> {
	const first = await signInStaff(email, PASSWORD, { headers: new Headers(), ip });
	const step = await verifyStaffTotp(await createOTP(base32.decode(SECRET)).totp(), { headers: cookieOf(first.setCookie), ip });
	return cookieOf(step.setCookie);
}

const ago = (minutes: number) => new Date(Date.now() - minutes * 60_000);

describe('staff sessions (issue 15, finding 7)', () => {
	it('end after 30 minutes without use, and 12 hours after sign-in however busy; a recent sign-in is noted', async () => {
		const { email, userId } = await officer();
		const headers = await signIn(email, '10.7.0.1');
		const viewer = await loadViewer(headers, '10.7.0.1');
		expect(viewer?.actor?.authenticatedAt).toBeInstanceOf(Date);
		expect(Date.now() - viewer!.actor!.authenticatedAt!.getTime()).toBeLessThan(60_000);

		// idle for 31 minutes: over, and the session row is gone
		await getDb()
			.update(staffSession)
			.set({ lastSeenAt: ago(31) })
			.where(eq(staffSession.sessionId, viewer!.sessionId));
		expect(await loadViewer(headers, '10.7.0.1')).toBeNull();
		expect(await getDb().select().from(authSession).where(eq(authSession.id, viewer!.sessionId))).toHaveLength(0);

		// in use all along, but signed in 12 h 1 min ago: over too (better-auth's sliding expiry is no limit)
		await getDb().execute(sql`delete from auth_totp_step where user_id = ${userId}`);
		const again = await signIn(email, '10.7.0.2');
		const second = await loadViewer(again, '10.7.0.2');
		expect(second).not.toBeNull();
		await getDb()
			.update(authSession)
			.set({ createdAt: ago(12 * 60 + 1), expiresAt: new Date(Date.now() + 3600_000) })
			.where(eq(authSession.id, second!.sessionId));
		expect(await loadViewer(again, '10.7.0.2')).toBeNull();
	});

	it('sensitive actions need a sign-in or re-authentication within the last minutes', async () => {
		const { email, userId } = await officer();
		const headers = await signIn(email, '10.7.1.1');
		const viewer = (await loadViewer(headers, '10.7.1.1'))!;
		const actor = viewer.actor!;
		await expect(exportRegistrations(getDb(), actor)).resolves.toContain('arrival_date');

		const stale = { ...actor, authenticatedAt: ago(REAUTH_MINUTES + 1) };
		expect(() => requireRecentAuth(stale)).toThrow(expect.objectContaining({ code: 'reauth_required' }));
		await expect(exportRegistrations(getDb(), stale)).rejects.toMatchObject({ code: 'reauth_required', status: 401 });

		await getDb()
			.update(staffSession)
			.set({ authenticatedAt: ago(REAUTH_MINUTES + 1) })
			.where(eq(staffSession.sessionId, viewer.sessionId));
		const later = (await loadViewer(headers, '10.7.1.1'))!;
		await expect(exportRegistrations(getDb(), later.actor!)).rejects.toMatchObject({ code: 'reauth_required' });

		const client = { headers, ip: '10.7.1.1' };
		await expect(reauthenticate(userId, viewer.sessionId, { password: 'not my password at all' }, client)).rejects.toMatchObject({
			userMessage: 'error_password_wrong'
		});
		// the code that signed in was used once already
		await expect(reauthenticate(userId, viewer.sessionId, { code: await createOTP(base32.decode(SECRET)).totp() }, client)).rejects.toMatchObject({
			userMessage: 'error_code_wrong'
		});
		await reauthenticate(userId, viewer.sessionId, { password: PASSWORD }, client);
		const fresh = (await loadViewer(headers, '10.7.1.1'))!;
		await expect(exportRegistrations(getDb(), fresh.actor!)).resolves.toContain('arrival_date');
	});
});
