import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { dataPath, isProduction } from '../config';

/**
 * Field-level encryption (docs/decisions/0013): AES-256-GCM, a fresh 12-byte IV per value, the
 * record id and field name as associated data (a value copied to another row or column fails to
 * decrypt), and the key id in front of the ciphertext so keys can rotate:
 * `v1.<keyId>.<iv>.<tag>.<ciphertext>` (base64url).
 *
 * Keys come from SAPAR_CASE_KEY (`id:base64key[,id:base64key…]`, the first encrypts) or from the JSON
 * file SAPAR_CASE_KEY_FILE (`{ "current": id, "keys": { id: base64key } }`), never from the database.
 * Outside production a key file is generated under SAPAR_DATA_DIR (.data/) on first use.
 */
interface KeyRing {
	current: string;
	keys: Map<string, Buffer>;
}

let ring: KeyRing | undefined;

function parseKey(id: string, b64: string): [string, Buffer] {
	const key = Buffer.from(b64, 'base64');
	if (!/^[A-Za-z0-9_-]{1,32}$/.test(id) || key.length !== 32) throw new Error(`case key ${id} must be 32 bytes (base64)`);
	return [id, key];
}

function loadRing(): KeyRing {
	const env = process.env.SAPAR_CASE_KEY;
	if (env) {
		const pairs = env.split(',').map((p) => parseKey(...(p.trim().split(':') as [string, string])));
		return { current: pairs[0][0], keys: new Map(pairs) };
	}
	const file = process.env.SAPAR_CASE_KEY_FILE ?? (isProduction() ? '' : dataPath('case-keys.json'));
	if (!file) throw new Error('SAPAR_CASE_KEY or SAPAR_CASE_KEY_FILE must be set in production');
	if (!existsSync(file)) {
		if (isProduction()) throw new Error(`case key file ${file} is missing`);
		mkdirSync(dirname(file), { recursive: true });
		const id = `dev${Date.now().toString(36)}`;
		writeFileSync(file, JSON.stringify({ current: id, keys: { [id]: randomBytes(32).toString('base64') } }), { mode: 0o600, flag: 'wx' });
	}
	const json = JSON.parse(readFileSync(file, 'utf8')) as { current: string; keys: Record<string, string> };
	try {
		chmodSync(file, 0o600);
	} catch {
		/* read-only mounts are fine */
	}
	return { current: json.current, keys: new Map(Object.entries(json.keys).map(([id, k]) => parseKey(id, k))) };
}

function keys(): KeyRing {
	ring ??= loadRing();
	return ring;
}

/** For tests and key rotation tooling. */
export function resetKeyRing(): void {
	ring = undefined;
}

/** The whole key ring, for the encrypted backup (ops/backup.ts) only. */
export function exportKeyRing(): { current: string; keys: Record<string, string> } {
	const ring = keys();
	return { current: ring.current, keys: Object.fromEntries([...ring.keys].map(([id, key]) => [id, key.toString('base64')])) };
}

export function currentKeyId(): string {
	return keys().current;
}

const b64 = (b: Buffer) => b.toString('base64url');

/** IVs from a pool filled by the CSPRNG 4 KB at a time (a million-row import asks for a million). */
let ivPool = Buffer.alloc(0);
let ivAt = 0;
function nextIv(): Buffer {
	if (ivAt + 12 > ivPool.length) {
		ivPool = randomBytes(12 * 341);
		ivAt = 0;
	}
	const iv = ivPool.subarray(ivAt, ivAt + 12);
	ivAt += 12;
	return iv;
}

export function encryptField(plain: string, recordId: string, field: string): string {
	const { current, keys: all } = keys();
	const iv = nextIv();
	const cipher = createCipheriv('aes-256-gcm', all.get(current)!, iv);
	cipher.setAAD(Buffer.from(`${recordId}:${field}`));
	const ct = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
	return ['v1', current, b64(iv), b64(cipher.getAuthTag()), b64(ct)].join('.');
}

export function decryptField(value: string, recordId: string, field: string): string {
	const [version, keyId, iv, tag, ct] = value.split('.');
	const key = keys().keys.get(keyId);
	if (version !== 'v1' || !key) throw new Error(`no case key ${keyId}`);
	const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
	decipher.setAAD(Buffer.from(`${recordId}:${field}`));
	decipher.setAuthTag(Buffer.from(tag, 'base64url'));
	return Buffer.concat([decipher.update(Buffer.from(ct, 'base64url')), decipher.final()]).toString('utf8');
}

export const encryptNullable = (plain: string | null | undefined, id: string, field: string) => (plain ? encryptField(plain, id, field) : null);
export const decryptNullable = (value: string | null, id: string, field: string) => (value ? decryptField(value, id, field) : null);

/** Whole files: the same scheme, as bytes `[keyId length][keyId][iv 12][tag 16][ciphertext]`. */
export function encryptBytes(plain: Buffer, recordId: string, field: string): Buffer {
	const { current, keys: all } = keys();
	const iv = randomBytes(12);
	const cipher = createCipheriv('aes-256-gcm', all.get(current)!, iv);
	cipher.setAAD(Buffer.from(`${recordId}:${field}`));
	const ct = Buffer.concat([cipher.update(plain), cipher.final()]);
	const id = Buffer.from(current);
	return Buffer.concat([Buffer.from([id.length]), id, iv, cipher.getAuthTag(), ct]);
}

export function decryptBytes(stored: Buffer, recordId: string, field: string): Buffer {
	const idLength = stored[0];
	const keyId = stored.subarray(1, 1 + idLength).toString();
	const key = keys().keys.get(keyId);
	if (!key) throw new Error(`no case key ${keyId}`);
	const at = 1 + idLength;
	const decipher = createDecipheriv('aes-256-gcm', key, stored.subarray(at, at + 12));
	decipher.setAAD(Buffer.from(`${recordId}:${field}`));
	decipher.setAuthTag(stored.subarray(at + 12, at + 28));
	return Buffer.concat([decipher.update(stored.subarray(at + 28)), decipher.final()]);
}

/**
 * Large files as streams (imports): the same key ring and scheme; the caller stores the key id and IV
 * in front and the 16-byte tag after the ciphertext.
 */
export function streamCipher(recordId: string, field: string) {
	const { current, keys: all } = keys();
	const iv = randomBytes(12);
	const cipher = createCipheriv('aes-256-gcm', all.get(current)!, iv);
	cipher.setAAD(Buffer.from(`${recordId}:${field}`));
	return { keyId: current, iv, cipher };
}

export function streamDecipher(keyId: string, iv: Buffer, tag: Buffer, recordId: string, field: string) {
	const key = keys().keys.get(keyId);
	if (!key) throw new Error(`no case key ${keyId}`);
	const decipher = createDecipheriv('aes-256-gcm', key, iv);
	decipher.setAAD(Buffer.from(`${recordId}:${field}`));
	decipher.setAuthTag(tag);
	return decipher;
}
