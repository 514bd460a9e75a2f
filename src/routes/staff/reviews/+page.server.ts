import { getDb } from '#lib/server/db/client';
import { formFailure, invalid, requireStaffActor } from '#lib/server/http/forms';
import { moderateReview, pendingReviews } from '#lib/server/recruitment/review.service';
import { formValues } from '#lib/server/validation';

export const load = async (event) => {
	const actor = requireStaffActor(event);
	try {
		return { reviews: await pendingReviews(getDb(), actor) };
	} catch (e) {
		return formFailure(e) as never;
	}
};

export const actions = {
	default: async (event) => {
		const actor = requireStaffActor(event);
		const values = formValues(await event.request.formData());
		const id = values.id ?? '';
		try {
			const result = await moderateReview(getDb(), actor, id, { decision: values.decision, note: values[`note-${id}`] ?? '' });
			// Field names carry the review id, so each card keeps its own errors.
			if (!result.ok) return invalid(values, Object.fromEntries(Object.entries(result.errors).map(([k, v]) => [`${k}-${id}`, v])));
			return { moderated: values.decision };
		} catch (e) {
			return formFailure(e, values);
		}
	}
};
