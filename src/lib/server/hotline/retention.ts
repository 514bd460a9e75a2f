import { and, lt, ne, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { hotlineCall } from './hotline.table';

/**
 * Minimises hotline calls logged before `cutoff` (privacy retention, docs/decisions/0032): the caller's
 * phone, the question and the answer go; organisation, topic, language, destination, date, SMS count
 * and the case or referral made from it stay, so the counts by topic are unchanged. An emptied
 * question ('') marks a minimised call. Returns how many calls.
 */
export async function minimiseOldCalls(db: Db, cutoff: Date): Promise<number> {
	const { rowCount } = await db.execute(sql`
		update ${hotlineCall} set phone_enc = null, phone_index = null, answer_enc = null, question_enc = ''
		where ${and(lt(hotlineCall.createdAt, cutoff), ne(hotlineCall.questionEnc, ''))}`);
	return rowCount ?? 0;
}
