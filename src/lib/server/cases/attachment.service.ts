import { randomUUID } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { and, desc, eq } from 'drizzle-orm';
import type { Actor } from '../access/access';
import { auditedBy, recordAudit } from '../audit/audit.service';
import type { Db } from '../db/client';
import { AppError } from '../errors';
import { isUuid, type Validated } from '../validation';
import { loadCase, maySeeSensitive } from './case.service';
import { caseAttachment, caseEvent } from './cases.table';
import { decryptBytes, decryptField, encryptBytes, encryptField } from './field-crypto';

export const MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024;

/** Accepted files, recognised by their first bytes (the browser's claimed type is not trusted). */
const SIGNATURES: { type: string; ext: string; magic: number[] }[] = [
	{ type: 'application/pdf', ext: 'pdf', magic: [0x25, 0x50, 0x44, 0x46, 0x2d] },
	{ type: 'image/jpeg', ext: 'jpg', magic: [0xff, 0xd8, 0xff] },
	{ type: 'image/png', ext: 'png', magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] }
];

export const sniffType = (bytes: Buffer) => SIGNATURES.find((s) => s.magic.every((b, i) => bytes[i] === b)) ?? null;

/** Outside the web root: SAPAR_ATTACHMENT_DIR, or .data/attachments. */
const directory = () => resolve(process.env.SAPAR_ATTACHMENT_DIR ?? '.data/attachments');
const pathOf = (id: string) => join(directory(), `${id}.bin`);

export async function addAttachment(db: Db, actor: Actor, caseId: string, file: File | null): Promise<Validated<{ id: string }>> {
	const { row } = await loadCase(db, actor, caseId, 'case.update');
	if (!file || file.size === 0) return { ok: false, errors: { file: 'error_required' } };
	if (file.size > MAX_ATTACHMENT_BYTES) return { ok: false, errors: { file: 'error_case_file_large' } };
	const bytes = Buffer.from(await file.arrayBuffer());
	const kind = sniffType(bytes);
	if (!kind) return { ok: false, errors: { file: 'error_case_file_type' } };
	const id = randomUUID();
	const name = (file.name || `file.${kind.ext}`).replace(/[\\/\r\n"]/g, '_').slice(0, 120);
	await mkdir(directory(), { recursive: true, mode: 0o700 });
	await writeFile(pathOf(id), encryptBytes(bytes, id, 'file'), { mode: 0o600 });
	await db.transaction(async (tx) => {
		await tx.insert(caseAttachment).values({ id, caseId: row.id, fileNameEnc: encryptField(name, id, 'file_name'), mediaType: kind.type, size: bytes.length, uploadedBy: actor.userId });
		await tx.insert(caseEvent).values({ caseId: row.id, kind: 'attachment_added', actorUserId: actor.userId, actorOrganisationId: actor.organisationId, data: { type: kind.type, size: bytes.length } });
		await recordAudit(tx, { action: 'case.update', entityType: 'help_case', entityId: row.id, ...auditedBy(actor), data: { attachment: id } });
	});
	return { ok: true, data: { id } };
}

/** The attachments of a case the actor has opened (names only when the confidentiality level allows). */
export async function listAttachments(db: Db, caseId: string, sensitive: boolean) {
	const rows = await db.select().from(caseAttachment).where(eq(caseAttachment.caseId, caseId)).orderBy(desc(caseAttachment.createdAt));
	return rows.map((a) => ({ id: a.id, mediaType: a.mediaType, size: a.size, createdAt: a.createdAt, name: sensitive ? decryptField(a.fileNameEnc, a.id, 'file_name') : null }));
}

/** A download: the confidentiality level applies, and it is audited as an export. */
export async function readAttachment(db: Db, actor: Actor, caseId: string, attachmentId: string) {
	const { row } = await loadCase(db, actor, caseId, 'case.read');
	if (!isUuid(attachmentId) || !maySeeSensitive(actor, row)) throw new AppError('not_found', 'attachment');
	const [a] = await db.select().from(caseAttachment).where(and(eq(caseAttachment.id, attachmentId), eq(caseAttachment.caseId, row.id)));
	if (!a) throw new AppError('not_found', 'attachment');
	const bytes = decryptBytes(await readFile(pathOf(a.id)), a.id, 'file');
	await db.transaction((tx) => recordAudit(tx, { action: 'case.export', entityType: 'help_case', entityId: row.id, ...auditedBy(actor), data: { attachment: a.id } }));
	return { bytes, mediaType: a.mediaType, name: decryptField(a.fileNameEnc, a.id, 'file_name') };
}
