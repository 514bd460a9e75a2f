import { discardDeadLetter, DEAD_LETTER_SHOWN, listDeadLetters, queueDepths, retryDeadLetter } from '#lib/server/jobs/dead-letter.service';
import { getDb } from '#lib/server/db/client';
import { formFailure, requireStaffActor } from '#lib/server/http/forms';

/** Queue depths and the dead-letter list (issue 14): administrators retry or discard a failed job. */
export const load = async (event) => {
	const actor = requireStaffActor(event);
	try {
		const dead = await listDeadLetters(actor);
		return { queues: await queueDepths(actor), dead: dead.jobs, total: dead.total, shown: DEAD_LETTER_SHOWN };
	} catch (e) {
		return formFailure(e) as never;
	}
};

export const actions = {
	retry: async (event) => {
		const actor = requireStaffActor(event);
		const id = String((await event.request.formData()).get('id') ?? '');
		try {
			return { retried: (await retryDeadLetter(getDb(), actor, id)).queue };
		} catch (e) {
			return formFailure(e);
		}
	},
	discard: async (event) => {
		const actor = requireStaffActor(event);
		const id = String((await event.request.formData()).get('id') ?? '');
		try {
			await discardDeadLetter(getDb(), actor, id);
			return { discarded: true };
		} catch (e) {
			return formFailure(e);
		}
	}
};
