import { readFile } from 'node:fs/promises';
import { and, desc, eq } from 'drizzle-orm';
import { requireRecentAuth, type Actor } from '../access/access';
import { auditedBy, recordAudit } from '../audit/audit.service';
import type { Db } from '../db/client';
import { AppError } from '../errors';
import { isUuid, type Validated } from '../validation';
import { loadCase, maySeeSensitive } from './case.service';
import { caseAttachment, caseEvent } from './cases.table';
import { checkFile, pathOf, safeName, storeFile } from './case-files';
import { decryptBytes, decryptField } from './field-crypto';

export async function addAttachment(db: Db, actor: Actor, caseId: string, file: File | null): Promise<Validated<{ id: string }>> {
	const { row } = await loadCase(db, actor, caseId, 'case.update');
	const checked = await checkFile(file);
	if (!checked.ok) return { ok: false, errors: { file: checked.error } };
	const f = checked.file;
	if (!f) return { ok: false, errors: { file: 'error_required' } };
	await db.transaction(async (tx) => {
		await storeFile(tx, row.id, f, { userId: actor.userId, fromPerson: false });
		await tx.insert(caseEvent).values({
			caseId: row.id,
			kind: 'attachment_added',
			actorUserId: actor.userId,
			actorOrganisationId: actor.organisationId,
			data: { type: f.mediaType, size: f.bytes.length }
		});
		await recordAudit(tx, { action: 'case.update', entityType: 'help_case', entityId: row.id, ...auditedBy(actor), data: { attachment: f.id } });
	});
	return { ok: true, data: { id: f.id } };
}

/** The attachments of a case the actor has opened (names only when the confidentiality level allows). */
export async function listAttachments(db: Db, caseId: string, sensitive: boolean) {
	const rows = await db.select().from(caseAttachment).where(eq(caseAttachment.caseId, caseId)).orderBy(desc(caseAttachment.createdAt));
	return rows.map((a) => ({
		id: a.id,
		fromPerson: a.fromPerson,
		mediaType: a.mediaType,
		size: a.size,
		createdAt: a.createdAt,
		name: sensitive ? decryptField(a.fileNameEnc, a.id, 'file_name') : null
	}));
}

/** A download: the confidentiality level applies, and it is audited as an export. */
export async function readAttachment(db: Db, actor: Actor, caseId: string, attachmentId: string) {
	const { row } = await loadCase(db, actor, caseId, 'case.read');
	if (!isUuid(attachmentId) || !maySeeSensitive(actor, row)) throw new AppError('not_found', 'attachment');
	const [a] = await db
		.select()
		.from(caseAttachment)
		.where(and(eq(caseAttachment.id, attachmentId), eq(caseAttachment.caseId, row.id)));
	if (!a) throw new AppError('not_found', 'attachment');
	requireRecentAuth(actor);
	const bytes = decryptBytes(await readFile(pathOf(a.id)), a.id, 'file');
	await db.transaction((tx) =>
		recordAudit(tx, { action: 'case.export', entityType: 'help_case', entityId: row.id, ...auditedBy(actor), data: { attachment: a.id } })
	);
	return { bytes, mediaType: a.mediaType, name: safeName(decryptField(a.fileNameEnc, a.id, 'file_name'), a.mediaType) };
}
