import { getDb } from '#lib/server/db/client';
import { formFailure, invalid, reauthRedirect, requireStaffActor } from '#lib/server/http/forms';
import { callToCase, getCall, referCall, referralChoices, sendCallLink } from '#lib/server/hotline/hotline.service';
import { listCountries } from '#lib/server/reference/reference.repository';
import { formValues } from '#lib/server/validation';

export const load = async (event) => {
	const actor = requireStaffActor(event);
	try {
		const call = await getCall(getDb(), actor, event.params.id);
		const [entries, countries] = await Promise.all([referralChoices(getDb(), actor, call.destinationIso2), listCountries(getDb())]);
		return { call, entries, countries: countries.map((c) => c.iso2), logged: event.url.searchParams.has('logged') };
	} catch (e) {
		reauthRedirect(event, e);
		return formFailure(e) as never;
	}
};

export const actions = {
	sms: async (event) => {
		const actor = requireStaffActor(event);
		const values = formValues(await event.request.formData());
		try {
			const result = await sendCallLink(getDb(), actor, event.params.id, values);
			return result.ok ? { sent: true } : invalid(values, result.errors);
		} catch (e) {
			return formFailure(e, values);
		}
	},
	case: async (event) => {
		const actor = requireStaffActor(event);
		const values = formValues(await event.request.formData());
		try {
			const result = await callToCase(getDb(), actor, event.params.id, values);
			// The tracking code is shown this once (only its hash is kept).
			return result.ok ? { created: result.data } : invalid(values, result.errors);
		} catch (e) {
			return formFailure(e, values);
		}
	},
	refer: async (event) => {
		const actor = requireStaffActor(event);
		const values = formValues(await event.request.formData());
		try {
			const result = await referCall(getDb(), actor, event.params.id, { entryId: values.entryId, consent: values.referConsent });
			if (result.ok) return { referred: true };
			const { consent, ...rest } = result.errors;
			return invalid(values, consent ? { ...rest, referConsent: consent } : rest);
		} catch (e) {
			return formFailure(e, values);
		}
	}
};
