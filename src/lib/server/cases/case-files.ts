import { randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { MAX_ATTACHMENT_MB } from '#lib/cases';
import { dataPath } from '../config';
import type { Tx } from '../db/client';
import { caseAttachment } from './cases.table';
import { encryptBytes, encryptField } from './field-crypto';

export const MAX_ATTACHMENT_BYTES = MAX_ATTACHMENT_MB * 1024 * 1024;

/** Accepted files, recognised by their first bytes (the browser's claimed type is not trusted). */
const SIGNATURES: { type: string; ext: string; magic: number[] }[] = [
	{ type: 'application/pdf', ext: 'pdf', magic: [0x25, 0x50, 0x44, 0x46, 0x2d] },
	{ type: 'image/jpeg', ext: 'jpg', magic: [0xff, 0xd8, 0xff] },
	{ type: 'image/png', ext: 'png', magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] }
];

export const sniffType = (bytes: Buffer) => SIGNATURES.find((s) => s.magic.every((b, i) => bytes[i] === b)) ?? null;

const EXTENSION: Record<string, string> = Object.fromEntries(SIGNATURES.map((s) => [s.type, s.ext]));

/**
 * The name a file is shown and downloaded under (issue 15, finding 8): the sender's name without its
 * own extension, plus the extension of the type its bytes show ("invoice.html" holding a PNG becomes
 * "invoice.png"), with no path, quote or control characters. On disk a file is only `<random id>.bin`.
 */
export function safeName(name: string | null | undefined, mediaType: string): string {
	const base = (name ?? '')
		.replace(/[\\/"\u0000-\u001f\u007f]/g, '_')
		.replace(/\.[^.]*$/, '')
		.replace(/^[.\s]+|\s+$/g, '')
		.slice(0, 100);
	return `${base || 'file'}.${EXTENSION[mediaType] ?? 'bin'}`;
}

/** Headers for serving a stored file: always a download, never rendered or sniffed by the browser. */
export function fileHeaders(name: string, mediaType: string): Record<string, string> {
	const safe = safeName(name, mediaType);
	return {
		'content-type': EXTENSION[mediaType] ? mediaType : 'application/octet-stream',
		'content-disposition': `attachment; filename="${safe.replace(/[^\x20-\x7e]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(safe)}`,
		'x-content-type-options': 'nosniff',
		'cache-control': 'private, no-store',
		'content-security-policy': "default-src 'none'; sandbox"
	};
}

/** Outside the web root: SAPAR_ATTACHMENT_DIR, or attachments/ under SAPAR_DATA_DIR. */
export const attachmentDir = () => resolve(process.env.SAPAR_ATTACHMENT_DIR ?? dataPath('attachments'));
const directory = attachmentDir;
export const pathOf = (id: string) => join(directory(), `${id}.bin`);

/** A checked file, ready to store: size and type by content, a safe name. */
export type CheckedFile = { id: string; name: string; mediaType: string; bytes: Buffer };

/** Checks an uploaded file; null when none was sent. */
export async function checkFile(file: File | null | undefined): Promise<{ ok: true; file: CheckedFile | null } | { ok: false; error: string }> {
	if (!file || file.size === 0) return { ok: true, file: null };
	if (file.size > MAX_ATTACHMENT_BYTES) return { ok: false, error: 'error_case_file_large' };
	const bytes = Buffer.from(await file.arrayBuffer());
	const kind = sniffType(bytes);
	if (!kind) return { ok: false, error: 'error_case_file_type' };
	const name = safeName(file.name, kind.type);
	return { ok: true, file: { id: randomUUID(), name, mediaType: kind.type, bytes } };
}

/** Writes the encrypted bytes outside the web root, then the row (the caller's transaction). */
export async function storeFile(tx: Tx, caseId: string, f: CheckedFile, by: { userId: string | null; fromPerson: boolean }) {
	await mkdir(directory(), { recursive: true, mode: 0o700 });
	await writeFile(pathOf(f.id), encryptBytes(f.bytes, f.id, 'file'), { mode: 0o600 });
	await tx.insert(caseAttachment).values({
		id: f.id,
		caseId,
		fileNameEnc: encryptField(f.name, f.id, 'file_name'),
		mediaType: f.mediaType,
		size: f.bytes.length,
		uploadedBy: by.userId,
		fromPerson: by.fromPerson
	});
}
