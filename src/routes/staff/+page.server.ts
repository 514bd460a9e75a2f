import { requireStaffActor } from '#lib/server/http/forms';
import { can } from '#lib/server/access/access';

export const load = (event) => {
	const actor = requireStaffActor(event);
	const viewer = event.locals.viewer!;
	return {
		me: { name: viewer.user.name, email: viewer.user.email, role: actor.role },
		organisation: viewer.organisation,
		canManageOrganisations: can(actor, 'organisation.create'),
		canSeeMembers: can(actor, 'member.read', { organisationId: actor.organisationId }),
		canEditContent: can(actor, 'content.edit'),
		canSeeRegistrations: can(actor, 'registration.read'),
		canSeeAgencies: can(actor, 'agency.read'),
		isAgency: actor.role === 'agency_user',
		// Only agencies and employment centres post vacancies (the service checks the licence too).
		canPostVacancies: can(actor, 'vacancy.manage') && ['agency', 'employment_centre'].includes(viewer.organisation?.kind ?? '')
	};
};
