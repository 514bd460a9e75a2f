import type { IncomingMessage } from 'node:http';
import { Readable } from 'node:stream';
import busboy from 'busboy';
import type { RequestEvent } from '@sveltejs/kit';
import type { Actor } from '../access/access';
import type { Db } from '../db/client';
import type { Validated } from '../validation';
import { maxImportBytes, receiveUpload } from './imports.service';
import { TooLarge } from './storage';

/**
 * The body of an upload as a stream, whatever its size up to the import limit (docs/decisions/0017).
 * adapter-node refuses bodies over BODY_SIZE_LIMIT (6 MB here, for every other form) before reading a
 * byte of them, and hands the untouched Node request over as `platform.req`: a register file above the
 * general limit is read from there, counted against SAPAR_IMPORT_MAX_MB instead.
 */
function bodyOf(event: RequestEvent): Readable | null {
	const length = Number(event.request.headers.get('content-length') ?? NaN);
	const req = (event.platform as { req?: IncomingMessage } | undefined)?.req;
	const general = parseBytes(process.env.BODY_SIZE_LIMIT ?? '512K');
	if (req && Number.isFinite(length) && length > general && !req.readableEnded && req.listenerCount('data') === 0) return req;
	return event.request.body ? Readable.fromWeb(event.request.body as never) : null;
}

function parseBytes(value: string): number {
	const m = value.trim().match(/^(\d+(?:\.\d+)?)\s*([KMG]?)B?$/i);
	if (!m) return Number(value) || 512 * 1024;
	return Number(m[1]) * ({ '': 1, K: 1024, M: 1024 ** 2, G: 1024 ** 3 } as Record<string, number>)[m[2].toUpperCase()];
}

export type UploadResult = Validated<{ id: string }> | { ok: false; tooLarge: true; errors: Record<string, string> };

/** Streams the posted form (register first, then the file) into `receiveUpload`. */
export async function handleUpload(db: Db, actor: Actor, event: RequestEvent): Promise<UploadResult> {
	const max = maxImportBytes();
	const length = Number(event.request.headers.get('content-length') ?? NaN);
	const tooLarge = { ok: false as const, tooLarge: true as const, errors: { file: 'import_error_too_large' } };
	if (Number.isFinite(length) && length > max + 64 * 1024) return tooLarge;
	const type = event.request.headers.get('content-type') ?? '';
	const body = bodyOf(event);
	if (!body || !type.startsWith('multipart/form-data')) return { ok: false, errors: { file: 'import_error_file_required' } };
	return new Promise<UploadResult>((resolve, reject) => {
		let register = '';
		let work: Promise<UploadResult> | null = null;
		let parser: busboy.Busboy;
		try {
			parser = busboy({ headers: { 'content-type': type }, limits: { files: 1, fields: 10, fieldSize: 200, fileSize: max + 1 } });
		} catch {
			resolve({ ok: false, errors: { file: 'import_error_file_required' } });
			return;
		}
		parser.on('field', (name, value) => {
			if (name === 'register') register = value;
		});
		parser.on('file', (name, file, info) => {
			if (name !== 'file' || work) {
				file.resume();
				return;
			}
			work = receiveUpload(db, actor, { register, fileName: info.filename ?? 'file', source: file }).catch((error) => {
				file.resume();
				if (error instanceof TooLarge) return tooLarge;
				throw error;
			});
		});
		parser.on('error', () => resolve({ ok: false, errors: { file: 'import_error_damaged' } }));
		parser.on('close', () => {
			if (!work) resolve(register ? { ok: false, errors: { file: 'import_error_file_required' } } : { ok: false, errors: { register: 'error_choose_one' } });
			else work.then(resolve, reject);
		});
		body.on('error', (error) => parser.destroy(error));
		body.pipe(parser);
	});
}
