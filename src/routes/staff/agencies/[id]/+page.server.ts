import { can } from '#lib/server/access/access';
import { getDb } from '#lib/server/db/client';
import { formFailure, invalid, requireStaffActor } from '#lib/server/http/forms';
import { agencyDetail, changeLicence, issueLicence, updateAgency } from '#lib/server/recruitment/agency.service';
import { listCountries } from '#lib/server/reference/reference.repository';
import { COMMON_CURRENCIES } from '#lib/server/reference/reference.seed';
import { formValues } from '#lib/server/validation';
import type { RequestEvent } from './$types';

export const load = async (event) => {
	const actor = requireStaffActor(event);
	const db = getDb();
	try {
		const detail = await agencyDetail(db, actor, event.params.id);
		const countries = await listCountries(db);
		return {
			...detail,
			countries: countries.map((c) => ({ iso2: c.iso2, name: c.name })),
			currencies: COMMON_CURRENCIES,
			canManage: can(actor, 'licence.manage'),
			// Registered name and tax number change only with the ministry (see updateAgency).
			isOfficer: can(actor, 'agency.register'),
			canEdit: can(actor, 'agency.update', { organisationId: event.params.id })
		};
	} catch (e) {
		return formFailure(e) as never;
	}
};

function change(kind: 'renew' | 'suspend' | 'reinstate' | 'revoke') {
	return async (event: RequestEvent) => {
		const actor = requireStaffActor(event);
		const values = formValues(await event.request.formData());
		// Each form names its reason field after itself, so ids stay unique on the page.
		const reasonField = `${kind}Reason`;
		try {
			const result = await changeLicence(getDb(), actor, values.licenceId ?? '', kind, { reason: values[reasonField] ?? '', until: values.until ?? '' });
			if (!result.ok) {
				const { reason, ...rest } = result.errors;
				return invalid({ ...values, action: kind }, reason ? { ...rest, [reasonField]: reason } : rest);
			}
			return { changed: kind };
		} catch (e) {
			return formFailure(e, { ...values, action: kind });
		}
	};
}

export const actions = {
	update: async (event) => {
		const actor = requireStaffActor(event);
		const values = formValues(await event.request.formData());
		try {
			const result = await updateAgency(getDb(), actor, event.params.id, values);
			if (!result.ok) return invalid({ ...values, action: 'update' }, result.errors);
			return { changed: 'update' };
		} catch (e) {
			return formFailure(e, values);
		}
	},
	issue: async (event) => {
		const actor = requireStaffActor(event);
		const data = await event.request.formData();
		const values = formValues(data);
		const countries = data.getAll('countries').filter((v): v is string => typeof v === 'string');
		try {
			const result = await issueLicence(getDb(), actor, event.params.id, { ...values, countries });
			if (!result.ok) return invalid({ ...values, countries: countries.join(','), action: 'issue' }, result.errors);
			return { changed: 'issue' };
		} catch (e) {
			return formFailure(e, values);
		}
	},
	renew: change('renew'),
	suspend: change('suspend'),
	reinstate: change('reinstate'),
	revoke: change('revoke')
};
