import { can } from '#lib/server/access/access';
import { getDb } from '#lib/server/db/client';
import { addEvidence, closeListing, decideProceeding, proceedingDetail, sendNotice, submitForDecision } from '#lib/server/employers/employers.service';
import type { Validated } from '#lib/server/validation';
import { formFailure, invalid, requireStaffActor } from '#lib/server/http/forms';
import type { Actor } from '#lib/server/access/access';
import type { Db } from '#lib/server/db/client';
import { formValues } from '#lib/server/validation';
import type { RequestEvent } from './$types';

export const load = async (event) => {
	const actor = requireStaffActor(event);
	try {
		const detail = await proceedingDetail(getDb(), actor, event.params.id);
		return { ...detail, canDecide: can(actor, 'employer.decide'), isReviewer: detail.proceeding.reviewerUserId === actor.userId };
	} catch (e) {
		return formFailure(e) as never;
	}
};

type Step = (db: Db, actor: Actor, id: string, input: unknown) => Promise<Validated<unknown>>;

/** Each form posts to its own action; the reasons are checkboxes (several values). */
function step(name: string, run: Step) {
	return async (event: RequestEvent) => {
		const actor = requireStaffActor(event);
		const data = await event.request.formData();
		const values = formValues(data);
		const reasons = data.getAll('reasons').filter((v): v is string => typeof v === 'string');
		try {
			const result = await run(getDb(), actor, event.params.id, { ...values, reasons });
			if (!result.ok) return invalid({ ...values, reasons: reasons.join(','), action: name }, result.errors);
			return { done: name };
		} catch (e) {
			return formFailure(e, { ...values, action: name });
		}
	};
}

export const actions = {
	evidence: step('evidence', addEvidence),
	notify: step('notify', sendNotice),
	submit: step('submit', submitForDecision),
	decide: step('decide', decideProceeding),
	close: step('close', closeListing)
};
