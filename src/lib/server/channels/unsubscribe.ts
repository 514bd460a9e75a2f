import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';
import { config } from '../config';
import type { Tx } from '../db/client';
import { isSuppressed, suppress } from './consent.service';
import { ADDRESS } from './message.service';

/**
 * The one-click unsubscribe link in every e-mail (docs/decisions/0014, RFC 8058): `/{lang}/unsubscribe/{token}`.
 * The token is the address encrypted and authenticated (AES-256-GCM, key derived from AUTH_SECRET), so
 * the link needs no sign-in and no stored row, cannot be forged for another address, and shows no
 * address in a URL or a log. Changing AUTH_SECRET retires old links (the page then says so).
 */
const key = () => createHmac('sha256', config.authSecret).update('sapar:unsubscribe:v1').digest();

export function unsubscribeToken(address: string): string {
	const iv = randomBytes(12);
	const cipher = createCipheriv('aes-256-gcm', key(), iv);
	const sealed = Buffer.concat([cipher.update(address, 'utf8'), cipher.final()]);
	return Buffer.concat([iv, sealed, cipher.getAuthTag()]).toString('base64url');
}

/** The address a token was made for, or null when it is not one of ours (or is damaged). */
export function addressOfToken(token: string): string | null {
	if (!/^[A-Za-z0-9_-]{40,400}$/.test(token)) return null;
	const raw = Buffer.from(token, 'base64url');
	if (raw.length < 12 + 16 + 3) return null;
	try {
		const decipher = createDecipheriv('aes-256-gcm', key(), raw.subarray(0, 12));
		decipher.setAuthTag(raw.subarray(raw.length - 16));
		const address = Buffer.concat([decipher.update(raw.subarray(12, raw.length - 16)), decipher.final()]).toString('utf8');
		return ADDRESS.email.test(address) ? address : null;
	} catch {
		return null;
	}
}

const LANGS = new Set(['ky', 'ru', 'en']);

/** The absolute link for an address, in the message's language. */
export function unsubscribeUrl(address: string, locale: string): string {
	const lang = LANGS.has(locale) ? locale : 'ky';
	return `${config.origin.replace(/\/$/, '')}/${lang}/unsubscribe/${unsubscribeToken(address)}`;
}

/** "o•••r@example.kg": enough for the person to recognise the address, not enough to read it off a screen. */
export function maskEmail(address: string): string {
	const [local, domain] = address.split('@');
	const shown = local.length <= 2 ? `${local[0]}•••` : `${local[0]}•••${local[local.length - 1]}`;
	return `${shown}@${domain}`;
}

export interface UnsubscribeView {
	valid: boolean;
	masked: string | null;
	suppressed: boolean;
}

/** What the page shows for a token (GET): nothing changes. */
export async function unsubscribeView(db: Tx, token: string): Promise<UnsubscribeView> {
	const address = addressOfToken(token);
	if (!address) return { valid: false, masked: null, suppressed: false };
	return { valid: true, masked: maskEmail(address), suppressed: await isSuppressed(db, 'email', address) };
}

/** The person confirmed (POST, or a mail provider's one-click POST): nothing more is sent to the address. */
export async function unsubscribeByToken(db: Tx, token: string): Promise<UnsubscribeView> {
	const address = addressOfToken(token);
	if (!address) return { valid: false, masked: null, suppressed: false };
	await suppress(db, 'email', address, 'unsubscribe_link');
	return { valid: true, masked: maskEmail(address), suppressed: true };
}
