import { redirect } from '@sveltejs/kit';
import { getDb } from '#lib/server/db/client';
import { formFailure, invalid } from '#lib/server/http/forms';
import { requireMigrant } from '#lib/server/migrant/migrant.routes';
import { reviewablePlacement, submitReview } from '#lib/server/recruitment/review.service';
import { formValues } from '#lib/server/validation';

export const load = async (event) => {
	const actor = requireMigrant(event);
	try {
		const p = await reviewablePlacement(getDb(), actor, event.params.id);
		if (p.reviewId) redirect(303, `/${event.params.lang}/account/applications`);
		return { agencyName: p.agencyName, title: p.vacancy.title, currency: p.vacancy.currency };
	} catch (e) {
		return formFailure(e) as never;
	}
};

export const actions = {
	default: async (event) => {
		const actor = requireMigrant(event);
		const values = formValues(await event.request.formData());
		try {
			const result = await submitReview(getDb(), actor, event.params.id, values);
			if (!result.ok) return invalid(values, result.errors);
		} catch (e) {
			return formFailure(e, values);
		}
		redirect(303, `/${event.params.lang}/account/applications?reviewed=1`);
	}
};
