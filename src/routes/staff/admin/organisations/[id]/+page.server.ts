import { error } from '@sveltejs/kit';
import { can } from '#lib/server/access/access';
import { ROLES_FOR_KIND } from '#lib/server/access/roles';
import { getDb } from '#lib/server/db/client';
import { invalid, formFailure, reauthRedirect, requireStaffActor } from '#lib/server/http/forms';
import { changeMemberRole, getOrganisation, inviteMember, listMembers } from '#lib/server/org/org.service';
import { formValues } from '#lib/server/validation';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const load = async (event) => {
	const actor = requireStaffActor(event);
	if (!UUID.test(event.params.id)) error(404, 'Not found');
	const db = getDb();
	try {
		const organisation = await getOrganisation(db, actor, event.params.id);
		const { members, invitations } = await listMembers(db, actor, organisation.id);
		const target = { organisationId: organisation.id };
		return {
			organisation,
			members,
			invitations,
			roles: ROLES_FOR_KIND[organisation.kind].filter((r) => r !== 'admin' || actor.role === 'admin'),
			canInvite: can(actor, 'member.invite', target),
			canChangeRoles: can(actor, 'member.update', target),
			myUserId: actor.userId
		};
	} catch (e) {
		return formFailure(e) as never;
	}
};

export const actions = {
	invite: async (event) => {
		const actor = requireStaffActor(event);
		if (!UUID.test(event.params.id)) error(404, 'Not found');
		const values = formValues(await event.request.formData());
		try {
			const result = await inviteMember(getDb(), actor, event.params.id, values);
			if (!result.ok) return invalid(values, result.errors);
			return { action: 'invite', invited: values.email?.trim().toLowerCase() };
		} catch (e) {
			return formFailure(e, values);
		}
	},
	role: async (event) => {
		const actor = requireStaffActor(event);
		const values = formValues(await event.request.formData());
		try {
			const result = await changeMemberRole(getDb(), actor, values);
			if (!result.ok) return invalid(values, result.errors);
			return { action: 'role', changed: true };
		} catch (e) {
			reauthRedirect(event, e);
			return formFailure(e, values);
		}
	}
};
