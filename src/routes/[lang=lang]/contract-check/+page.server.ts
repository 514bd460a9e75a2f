import { fail } from '@sveltejs/kit';
import { getDb } from '#lib/server/db/client';
import { runContractCheck } from '#lib/server/migrant/contract-check';
import { agencyFlag } from '#lib/server/recruitment/agency.service';
import { employerFlag } from '#lib/server/employers/employers.service';
import { listDestinationGuides } from '#lib/server/portal/portal.service';
import { COMMON_CURRENCIES } from '#lib/server/reference/reference.seed';
import { formValues } from '#lib/server/validation';

export const load = async () => ({ countries: await listDestinationGuides(getDb()), currencies: COMMON_CURRENCIES });

export const actions = {
	default: async ({ request }) => {
		const values = formValues(await request.formData());
		const result = runContractCheck(values);
		if (!result.ok) return fail(400, { values, errors: result.errors });
		const flags = [...result.data.flags];
		const countryIso2 = (values.country ?? '').toUpperCase();
		const [agencyRisk, employerRisk] = await Promise.all([
			agencyFlag(getDb(), values.agency ?? '', countryIso2),
			employerFlag(getDb(), values.employer ?? '', countryIso2)
		]);
		for (const flag of [agencyRisk, employerRisk]) if (flag) flags.unshift(flag);
		return { values, flags, minimumKnown: result.data.minimumKnown };
	}
};
