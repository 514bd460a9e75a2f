import { redirect } from '@sveltejs/kit';
import { can, requireAccess, scopeOf } from '#lib/server/access/access';
import { getDb } from '#lib/server/db/client';
import { formFailure, invalid, requireStaffActor } from '#lib/server/http/forms';
import { agencyRegister, expiringLicences, registerAgency, sendExpiryReminders } from '#lib/server/recruitment/agency.service';
import { formValues } from '#lib/server/validation';

export const load = async (event) => {
	const actor = requireStaffActor(event);
	// Whoever may read only their own agency goes straight to it.
	if (scopeOf(actor, 'agency.read') === 'organisation' && actor.organisationId) redirect(303, `/staff/agencies/${actor.organisationId}`);
	const q = event.url.searchParams.get('q')?.slice(0, 200) ?? '';
	const db = getDb();
	try {
		const [agencies, expiring] = await Promise.all([
			agencyRegister(db, actor, q),
			can(actor, 'licence.manage') ? expiringLicences(db, actor) : Promise.resolve([])
		]);
		return { q, agencies, expiring, canRegister: can(actor, 'agency.register'), canManage: can(actor, 'licence.manage') };
	} catch (e) {
		return formFailure(e) as never;
	}
};

export const actions = {
	register: async (event) => {
		const actor = requireStaffActor(event);
		const values = formValues(await event.request.formData());
		try {
			const result = await registerAgency(getDb(), actor, values);
			if (!result.ok) return invalid(values, result.errors);
			redirect(303, `/staff/agencies/${result.data.id}`);
		} catch (e) {
			return formFailure(e, values);
		}
	},
	remind: async (event) => {
		const actor = requireStaffActor(event);
		try {
			requireAccess(actor, 'licence.manage');
			return { reminded: await sendExpiryReminders(getDb(), actor) };
		} catch (e) {
			return formFailure(e);
		}
	}
};
