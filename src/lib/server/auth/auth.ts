import { betterAuth } from 'better-auth';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import { phoneNumber } from 'better-auth/plugins/phone-number';
import { twoFactor } from 'better-auth/plugins/two-factor';
import { config } from '../config';
import { getDb } from '../db/client';
import { enqueueMessage } from '../channels/message.service';
import { getLocale } from '#lib/paraglide/runtime.js';
import { authAccount, authSession, authTwoFactor, authUser, authVerification } from './auth.table';
import { normalisePhone } from './phone';
import { codeMessage } from './texts';

/** Placeholder email for accounts created from a phone number (never used to send mail). */
export const phoneEmail = (phone: string) => `${phone.replace(/\D/g, '')}@phone.sapar.invalid`;

function create() {
	return betterAuth({
		appName: 'Sapar',
		baseURL: config.origin,
		secret: config.authSecret,
		database: drizzleAdapter(getDb(), {
			provider: 'pg',
			schema: {
				user: authUser,
				session: authSession,
				account: authAccount,
				verification: authVerification,
				twoFactor: authTwoFactor
			}
		}),
		// Our own limits apply (http/rate-limit.ts); the auth HTTP handler is not mounted.
		rateLimit: { enabled: false },
		emailAndPassword: { enabled: true, minPasswordLength: 12, maxPasswordLength: 128 },
		session: { expiresIn: 60 * 60 * 12, updateAge: 60 * 60 },
		user: {
			additionalFields: {
				kind: { type: 'string', required: false, defaultValue: 'migrant', input: false },
				locale: { type: 'string', required: false, input: false }
			}
		},
		advanced: {
			useSecureCookies: config.origin.startsWith('https:'),
			cookiePrefix: 'sapar',
			defaultCookieAttributes: { sameSite: 'lax', httpOnly: true }
		},
		logger: { disabled: config.mode === 'test' },
		telemetry: { enabled: false },
		plugins: [
			phoneNumber({
				otpLength: 6,
				expiresIn: 300,
				allowedAttempts: 3,
				phoneNumberValidator: (value) => normalisePhone(value) === value,
				signUpOnVerification: { getTempEmail: phoneEmail, getTempName: () => '' },
				sendOTP: async ({ phoneNumber: to, code }) => {
					// A sign-in code the person just asked for: first in the queue, sent even to an opted-out number.
					await enqueueMessage(getDb(), { channel: 'sms', address: to, purpose: 'otp', body: codeMessage(code), locale: getLocale() });
				}
			}),
			twoFactor({ issuer: 'Sapar', totpOptions: { digits: 6, period: 30 } })
		]
	});
}

let instance: ReturnType<typeof create> | undefined;
export function getAuth() {
	instance ??= create();
	return instance;
}
export type Auth = ReturnType<typeof create>;
