import { getDb } from '#lib/server/db/client';
import { formFailure, invalid, requireStaffActor } from '#lib/server/http/forms';
import { offersProgrammes, vacancyChoices, vacancyFormValues, vacancyInput } from '#lib/server/recruitment/recruitment.routes';
import { decideApplication, getOwnVacancy, nextStates, setVacancyOpen, updateVacancy, vacancyApplications } from '#lib/server/recruitment/vacancy.service';
import { formValues } from '#lib/server/validation';

export const load = async (event) => {
	const actor = requireStaffActor(event);
	const db = getDb();
	try {
		const vacancy = await getOwnVacancy(db, actor, event.params.id);
		const applications = await vacancyApplications(db, actor, vacancy.id);
		return {
			vacancy,
			formValues: vacancyFormValues(vacancy),
			applications: applications.map((a) => ({ ...a, next: nextStates(a.state) })),
			created: event.url.searchParams.has('created'),
			...(await vacancyChoices(db)),
			programmes: offersProgrammes(event.locals.viewer)
		};
	} catch (e) {
		return formFailure(e) as never;
	}
};

export const actions = {
	update: async (event) => {
		const actor = requireStaffActor(event);
		const { input, values } = vacancyInput(await event.request.formData());
		try {
			const result = await updateVacancy(getDb(), actor, event.params.id, input);
			if (!result.ok) return invalid(values, result.errors);
			return { saved: true };
		} catch (e) {
			return formFailure(e, values);
		}
	},
	close: async (event) => {
		const actor = requireStaffActor(event);
		try {
			await setVacancyOpen(getDb(), actor, event.params.id, false);
			return { saved: true };
		} catch (e) {
			return formFailure(e);
		}
	},
	reopen: async (event) => {
		const actor = requireStaffActor(event);
		try {
			await setVacancyOpen(getDb(), actor, event.params.id, true);
			return { saved: true };
		} catch (e) {
			return formFailure(e);
		}
	},
	decide: async (event) => {
		const actor = requireStaffActor(event);
		const values = formValues(await event.request.formData());
		const id = values.applicationId ?? '';
		try {
			const result = await decideApplication(getDb(), actor, id, { state: values[`state-${id}`], note: values[`note-${id}`] });
			if (!result.ok) {
				const errors = Object.fromEntries(Object.entries(result.errors).map(([k, v]) => [`${k}-${id}`, v]));
				return invalid(values, errors);
			}
			return { decided: true };
		} catch (e) {
			return formFailure(e, values);
		}
	}
};
