import { createHmac, hash, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { dataPath, isProduction } from '../config';

/**
 * Blind indexes (docs/decisions/0017): a keyed HMAC-SHA256 of a normalised personal value (a personal
 * number, a passport number), so a register can be matched on it and kept unique without storing it in
 * clear. Encrypted fields cannot be compared (a fresh IV per value); their HMAC can.
 *
 * The key is apart from the case keys because it must never rotate silently (every index would change):
 * SAPAR_INDEX_KEY (base64, 32 bytes), or the file SAPAR_INDEX_KEY_FILE; outside production a file is
 * generated under SAPAR_DATA_DIR (.data/) on first use.
 */
let key: Buffer | undefined;

function loadKey(): Buffer {
	const env = process.env.SAPAR_INDEX_KEY;
	let b64 = env;
	if (!b64) {
		const file = process.env.SAPAR_INDEX_KEY_FILE ?? (isProduction() ? '' : dataPath('index-key'));
		if (!file) throw new Error('SAPAR_INDEX_KEY or SAPAR_INDEX_KEY_FILE must be set in production');
		if (!existsSync(file)) {
			if (isProduction()) throw new Error(`index key file ${file} is missing`);
			mkdirSync(dirname(file), { recursive: true });
			try {
				writeFileSync(file, randomBytes(32).toString('base64'), { mode: 0o600, flag: 'wx' });
			} catch (e) {
				if ((e as { code?: string }).code !== 'EEXIST') throw e;
			}
		}
		b64 = readFileSync(file, 'utf8').trim();
		try {
			chmodSync(file, 0o600);
		} catch {
			/* read-only mounts are fine */
		}
	}
	const k = Buffer.from(b64, 'base64');
	if (k.length !== 32) throw new Error('the index key must be 32 bytes (base64)');
	return k;
}

/** The key's HMAC pads (RFC 2104), so an index costs two one-shot hashes instead of a new HMAC context. */
let pads: { inner: Buffer; outer: Buffer } | undefined;
function padsOf(k: Buffer) {
	const inner = Buffer.alloc(64, 0x36);
	const outer = Buffer.alloc(64, 0x5c);
	for (let i = 0; i < k.length; i++) {
		inner[i] ^= k[i];
		outer[i] ^= k[i];
	}
	return { inner, outer };
}

/** HMAC of `purpose` and value, as base64url (43 characters). The purpose keeps registers apart. */
export function blindIndex(purpose: string, value: string): string {
	key ??= loadKey();
	if (typeof hash !== 'function') return createHmac('sha256', key).update(purpose).update('\0').update(value).digest('base64url');
	pads ??= padsOf(key);
	const inner = hash('sha256', Buffer.concat([pads.inner, Buffer.from(`${purpose}\0${value}`)]), 'buffer') as unknown as Buffer;
	return hash('sha256', Buffer.concat([pads.outer, inner]), 'base64url');
}

/** The key in base64, for the encrypted backup (ops/backup.ts) only. */
export function exportIndexKey(): string {
	key ??= loadKey();
	return key.toString('base64');
}

/** For tests. */
export function resetIndexKey(): void {
	key = undefined;
	pads = undefined;
}
