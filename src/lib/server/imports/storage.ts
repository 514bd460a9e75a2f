import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, open, rm, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { streamCipher, streamDecipher } from '../cases/field-crypto';
import { dataPath } from '../config';

/**
 * Uploaded files, encrypted at rest like case attachments (docs/decisions/0013): outside the web root
 * (SAPAR_IMPORT_DIR or imports/ under SAPAR_DATA_DIR), written as a stream, so memory does not grow with the file.
 * Layout: [key id length][key id][IV 12][ciphertext][tag 16].
 */
export const importDir = () => resolve(process.env.SAPAR_IMPORT_DIR ?? dataPath('imports'));
const directory = importDir;
const pathOf = (batchId: string) => join(directory(), `${batchId}.bin`);
const SAMPLE_BYTES = 64 * 1024;
/** a zip's end record sits in the last 22 to 65,557 bytes */
const TAIL_BYTES = 65_557;

export class TooLarge extends Error {
	constructor() {
		super('upload over the limit');
	}
}

/** Streams an upload to disk, encrypted; returns its size and first 64 KB (for sniffing). */
export async function storeUpload(
	batchId: string,
	source: Readable | AsyncIterable<Uint8Array>,
	maxBytes: number
): Promise<{ size: number; sample: Buffer; tail: Buffer }> {
	await mkdir(directory(), { recursive: true, mode: 0o700 });
	const { keyId, iv, cipher } = streamCipher(batchId, 'import_file');
	const id = Buffer.from(keyId);
	const out = createWriteStream(pathOf(batchId), { mode: 0o600 });
	out.write(Buffer.concat([Buffer.from([id.length]), id, iv]));
	let size = 0;
	const head: Buffer[] = [];
	let headBytes = 0;
	let tail = Buffer.alloc(0);
	const counter = new Transform({
		transform(chunk: Buffer, _enc, done) {
			size += chunk.length;
			if (size > maxBytes) return done(new TooLarge());
			if (headBytes < SAMPLE_BYTES) {
				head.push(chunk.subarray(0, SAMPLE_BYTES - headBytes));
				headBytes += Math.min(chunk.length, SAMPLE_BYTES - headBytes);
			}
			tail = Buffer.concat([
				tail.length + chunk.length > TAIL_BYTES ? tail.subarray(Math.max(0, tail.length + chunk.length - TAIL_BYTES)) : tail,
				chunk
			]).subarray(-TAIL_BYTES);
			done(null, chunk);
		}
	});
	try {
		await pipeline(Readable.from(source as AsyncIterable<Uint8Array>), counter, cipher, out, { end: false });
		await new Promise<void>((ok, fail) => out.end(cipher.getAuthTag(), (e?: Error | null) => (e ? fail(e) : ok())));
	} catch (error) {
		out.destroy();
		await discardUpload(batchId);
		throw error;
	}
	return { size, sample: Buffer.concat(head), tail };
}

/** The plain bytes of a stored upload, as a stream (the tag is checked at the end). */
export async function openUpload(batchId: string): Promise<Readable> {
	const path = pathOf(batchId);
	const { size } = await stat(path);
	const handle = await open(path, 'r');
	let keyId: string;
	let iv: Buffer;
	let tag: Buffer;
	let start: number;
	try {
		const first = Buffer.alloc(1);
		await handle.read(first, 0, 1, 0);
		const idLength = first[0];
		const header = Buffer.alloc(idLength + 12);
		await handle.read(header, 0, header.length, 1);
		keyId = header.subarray(0, idLength).toString();
		iv = header.subarray(idLength);
		tag = Buffer.alloc(16);
		await handle.read(tag, 0, 16, size - 16);
		start = 1 + idLength + 12;
	} finally {
		await handle.close();
	}
	const decipher = streamDecipher(keyId, iv, tag, batchId, 'import_file');
	if (size - 16 <= start) {
		decipher.end();
		return decipher;
	}
	const raw = createReadStream(path, { start, end: size - 17, highWaterMark: 256 * 1024 });
	raw.on('error', (error) => decipher.destroy(error));
	return raw.pipe(decipher);
}

export async function discardUpload(batchId: string): Promise<void> {
	await rm(pathOf(batchId), { force: true });
}
