import { error } from '@sveltejs/kit';
import { getDb } from '#lib/server/db/client';
import { proceedingForEmployer, submitAppeal, submitEmployerReply } from '#lib/server/employers/employers.service';
import { formFailure, invalid } from '#lib/server/http/forms';
import { listCountries } from '#lib/server/reference/reference.repository';
import { formValues } from '#lib/server/validation';
import type { RequestEvent } from './$types';

// The link in the notice is the employer's only key: it is never indexed and never cached.
export const load = async ({ params, setHeaders }) => {
	setHeaders({ 'cache-control': 'no-store', 'x-robots-tag': 'noindex' });
	const db = getDb();
	const proceeding = await proceedingForEmployer(db, params.token);
	if (!proceeding) error(404, 'Not found');
	const country = (await listCountries(db)).find((c) => c.iso2 === proceeding.employer.countryIso2);
	return { proceeding, countryName: country?.name ?? null };
};

function answer(run: typeof submitEmployerReply) {
	return async (event: RequestEvent) => {
		const values = formValues(await event.request.formData());
		try {
			const result = await run(getDb(), event.params.token, values);
			if (!result.ok) return invalid(values, result.errors);
			return { sent: true };
		} catch (e) {
			return formFailure(e, values);
		}
	};
}

export const actions = { reply: answer(submitEmployerReply), appeal: answer(submitAppeal) };
