import { requireStaffActor } from '#lib/server/http/forms';
import { can, scopeOf } from '#lib/server/access/access';
import { POSTING_KINDS } from '#lib/server/recruitment/vacancy.service';
import { BLACKLIST_KINDS } from '#lib/server/employers/employers.service';
import { mayManageCourses } from '#lib/server/training/course-admin.service';
import { HOTLINE_KINDS } from '#lib/hotline';
import { PROJECT_POSTER_KINDS } from '#lib/projects';

export const load = (event) => {
	const actor = requireStaffActor(event);
	const viewer = event.locals.viewer!;
	return {
		me: { name: viewer.user.name, email: viewer.user.email, role: actor.role },
		organisation: viewer.organisation,
		canManageOrganisations: can(actor, 'organisation.create'),
		canSeeAudit: can(actor, 'audit.read'),
		canManageJobs: can(actor, 'jobs.manage'),
		canSeeMembers: can(actor, 'member.read', { organisationId: actor.organisationId }),
		canEditContent: can(actor, 'content.edit'),
		canEditIndicators: can(actor, 'indicator.edit'),
		canUpdatePlan: can(actor, 'plan.update') && !!actor.organisationId,
		canSeeRegistrations: can(actor, 'registration.read'),
		canSeeAgencies: can(actor, 'agency.read'),
		ownAgencyOnly: scopeOf(actor, 'agency.read') === 'organisation',
		// The service also checks the agency's licence.
		canWorkCases: can(actor, 'case.read'),
		canKeepDiaspora:
			(can(actor, 'diaspora.manage') && viewer.organisation?.kind === 'diaspora') ||
			(can(actor, 'diaspora.verify') && viewer.organisation?.kind === 'consulate'),
		canWorkProjects:
			(can(actor, 'project.manage') && (PROJECT_POSTER_KINDS as readonly string[]).includes(viewer.organisation?.kind ?? '')) || can(actor, 'project.verify'),
		canRunHotline: can(actor, 'hotline.log') && (HOTLINE_KINDS as readonly string[]).includes(viewer.organisation?.kind ?? ''),
		canPostVacancies: can(actor, 'vacancy.manage') && POSTING_KINDS.includes(viewer.organisation?.kind ?? ''),
		canReviewEmployers: can(actor, 'employer.review') && BLACKLIST_KINDS.includes(viewer.organisation?.kind ?? ''),
		canModerateReviews: can(actor, 'review.moderate'),
		canManageCourses: mayManageCourses(actor, viewer.organisation?.kind),
		canImport: can(actor, 'import.run'),
		canSeeStatistics: can(actor, 'statistics.read'),
		canManageApiKeys: can(actor, 'apikey.manage', { organisationId: actor.organisationId }),
		canSendAlerts: can(actor, 'alert.read') && ['ministry', 'employment_centre', 'consulate'].includes(viewer.organisation?.kind ?? ''),
		canSeeClients: can(actor, 'client.read') && viewer.organisation?.kind === 'employment_centre',
		canHandleReturns: can(actor, 'return.read') && viewer.organisation?.kind === 'employment_centre',
		canRunProgrammes: can(actor, 'programme.read') && viewer.organisation?.kind === 'employment_centre'
	};
};
