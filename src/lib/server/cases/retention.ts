import { rm } from 'node:fs/promises';
import { and, eq, inArray, isNull, lt, type SQL } from 'drizzle-orm';
import type { Db } from '../db/client';
import { pathOf } from './case-files';
import { caseAttachment, caseMessage, caseTransition, helpCase } from './cases.table';

const SLICE = 200;

/**
 * Minimises cases closed before `cutoff` (privacy retention, docs/decisions/0032): the narrative,
 * contact, identity document, outcome note, referral notes, messages and files go; type, country,
 * city, dates, outcomes, wages, the timeline and the case number stay, so every figure and count is
 * unchanged. Works in slices; a case reopened meanwhile is left alone. Returns how many cases.
 */
export async function minimiseClosedCases(db: Db, cutoff: Date, now = new Date()): Promise<number> {
	return minimiseWhere(db, lt(helpCase.closedAt, cutoff), now);
}

/** Minimises these closed cases at once (the person who opened them deleted their data). */
export async function minimiseCases(db: Db, ids: string[], now = new Date()): Promise<number> {
	return ids.length ? minimiseWhere(db, inArray(helpCase.id, ids), now) : 0;
}

async function minimiseWhere(db: Db, which: SQL, now: Date): Promise<number> {
	let total = 0;
	for (;;) {
		const files: string[] = [];
		const done = await db.transaction(async (tx) => {
			const rows = await tx
				.select({ id: helpCase.id })
				.from(helpCase)
				.where(and(eq(helpCase.status, 'closed'), isNull(helpCase.minimisedAt), which))
				.limit(SLICE)
				.for('update', { skipLocked: true });
			if (!rows.length) return 0;
			const ids = rows.map((r) => r.id);
			await tx
				.update(helpCase)
				.set({ narrativeEnc: null, contactEnc: null, idDocumentEnc: null, outcomeNoteEnc: null, minimisedAt: now })
				.where(inArray(helpCase.id, ids));
			await tx.update(caseTransition).set({ noteEnc: null }).where(inArray(caseTransition.caseId, ids));
			await tx.delete(caseMessage).where(inArray(caseMessage.caseId, ids));
			const gone = await tx.delete(caseAttachment).where(inArray(caseAttachment.caseId, ids)).returning({ id: caseAttachment.id });
			files.push(...gone.map((a) => a.id));
			return ids.length;
		});
		// Files go after the commit: a failed transaction keeps them; a crash here leaves only unreadable ciphertext.
		await Promise.all(files.map((id) => rm(pathOf(id), { force: true })));
		total += done;
		if (done < SLICE) return total;
	}
}
