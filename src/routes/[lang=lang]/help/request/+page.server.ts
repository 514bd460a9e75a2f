import { fail } from '@sveltejs/kit';
import { getDb } from '#lib/server/db/client';
import { isAppError } from '#lib/server/errors';
import { ensureDevice, helpRequestInput, isHoneypotFilled, limitCaseAction } from '#lib/server/cases/cases.routes';
import { submitHelpRequest } from '#lib/server/cases/intake.service';
import { listCountries } from '#lib/server/reference/reference.repository';
import { fieldLevel } from '#lib/server/validation';

export const load = async (event) => {
	ensureDevice(event);
	const countries = await listCountries(getDb());
	return { countries: countries.map((c) => ({ iso2: c.iso2, name: c.name })), signedIn: event.locals.viewer?.user.kind === 'migrant' };
};

export const actions = {
	default: async (event) => {
		const { input, values } = helpRequestInput(await event.request.formData());
		if (isHoneypotFilled(values)) return fail(400, { values, errors: { form: 'error_invalid' } });
		try {
			await limitCaseAction(event, 'report');
		} catch (e) {
			if (isAppError(e) && e.code === 'rate_limited') return fail(429, { values, errors: { form: 'error_rate_limited' } });
			throw e;
		}
		const viewer = event.locals.viewer;
		const actor = viewer?.user.kind === 'migrant' ? viewer.actor : null;
		const result = await submitHelpRequest(getDb(), actor, input, event.locals.locale);
		if (!result.ok) return fail(400, { values, errors: fieldLevel(result.errors) });
		return { created: { number: result.data.number, trackingCode: result.data.trackingCode } };
	}
};
