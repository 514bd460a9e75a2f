import { getDb } from '#lib/server/db/client';
import { submitReport } from '#lib/server/employers/employers.service';
import { clientOf, formFailure, invalid } from '#lib/server/http/forms';
import { addressKey, consume } from '#lib/server/http/rate-limit';
import { listCountries } from '#lib/server/reference/reference.repository';
import { formValues } from '#lib/server/validation';

export const load = async () => ({ countries: (await listCountries(getDb())).map((c) => ({ iso2: c.iso2, name: c.name })) });

export const actions = {
	default: async (event) => {
		const { website, ...values } = formValues(await event.request.formData());
		// A filled honeypot is a robot: it is thanked and nothing is stored.
		if (website) return { sent: true };
		try {
			await consume('reportIp', addressKey(clientOf(event).ip));
			const viewer = event.locals.viewer;
			const result = await submitReport(getDb(), values, viewer?.user.kind === 'migrant' ? viewer.user.id : null);
			if (!result.ok) return invalid(values, result.errors);
			return { sent: true };
		} catch (e) {
			return formFailure(e, values);
		}
	}
};
