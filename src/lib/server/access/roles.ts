/** Organisation kinds and roles (docs/decisions/0003-roles-and-scopes.md). */
export const ORG_KINDS = ['employment_centre', 'ministry', 'consulate', 'ngo', 'diaspora', 'agency', 'international', 'local_authority'] as const;
export type OrgKind = (typeof ORG_KINDS)[number];

/** Staff roles held through a membership; 'migrant' is the role of every non-staff account. */
export const ROLES = [
	'migrant',
	'agency_user',
	'case_worker',
	'supervisor',
	'licensing_officer',
	'consular_officer',
	'content_editor',
	'analyst',
	'admin'
] as const;
export type Role = (typeof ROLES)[number];
export const STAFF_ROLES = ROLES.filter((r) => r !== 'migrant') as Exclude<Role, 'migrant'>[];

export type Scope = 'own' | 'organisation' | 'all';

/**
 * Named permissions `resource.action`. Each role grants a permission with a scope.
 * Later capabilities add their resources here; nothing else grants access.
 */
export const PERMISSIONS = [
	'organisation.read',
	'organisation.create',
	'organisation.update',
	'member.read',
	'member.invite',
	'member.update',
	'audit.read',
	'audit.verify',
	'jobs.manage',
	'profile.read',
	'profile.update',
	'content.edit',
	'content.review',
	'registration.read',
	'registration.confirm',
	'agency.read',
	'agency.register',
	'agency.update',
	'licence.manage',
	'vacancy.manage',
	'application.create',
	'application.read',
	'application.update',
	'employer.review',
	'employer.decide',
	'review.create',
	'review.moderate',
	'course.manage',
	'return.read',
	'return.update',
	'return.configure',
	'case.read',
	'case.update',
	'case.assign',
	'case.refer',
	'case.configure',
	'import.run',
	'import.read',
	'client.read',
	'alert.draft',
	'alert.approve',
	'alert.read',
	'statistics.read',
	'statistics.refresh',
	'indicator.edit',
	'plan.update',
	'hotline.log',
	'hotline.read',
	'diaspora.manage',
	'diaspora.verify',
	'project.manage',
	'project.verify',
	'project.follow',
	'apikey.manage',
	'programme.read',
	'programme.manage',
	'programme.select'
] as const;
export type Permission = (typeof PERMISSIONS)[number];

type Grants = Partial<Record<Permission, Scope>>;

const STAFF_BASE: Grants = {
	'organisation.read': 'organisation',
	'member.read': 'organisation',
	'profile.read': 'own',
	'profile.update': 'own'
};

/**
 * Posting vacancies and handling applications, for the organisation's own vacancies. The service
 * also checks the organisation may post at all (a licensed agency or an employment centre).
 */
const VACANCY_DESK: Grants = {
	'vacancy.manage': 'organisation',
	'application.read': 'organisation',
	'application.update': 'organisation'
};

/**
 * Returnees' requests routed to the organisation (an employment centre); the service routes requests
 * only to employment centres, so other organisations' desks stay empty (docs/decisions/0011).
 */
const RETURNS_DESK: Grants = { 'return.read': 'organisation', 'return.update': 'organisation' };

/**
 * Alerts (docs/decisions/0020): draft, approve (never one's own) and read the roster, for the
 * organisation's own alerts; the service lets a mission read alerts about its country.
 */
const ALERT_DESK: Grants = { 'alert.draft': 'organisation', 'alert.approve': 'organisation', 'alert.read': 'organisation' };

/** The hotline desk: calls are logged and seen by the operator's own organisation only (the service admits hotline-running kinds). */
const HOTLINE_DESK: Grants = { 'hotline.log': 'organisation', 'hotline.read': 'organisation' };

/** Diaspora associations are kept by their representatives: the service admits only `diaspora` organisations. */
const DIASPORA_DESK: Grants = { 'diaspora.manage': 'organisation' };

/** Community projects at home (docs/decisions/0031): posted and reported on by the organisation's own staff; the service admits local authorities and NGOs. */
const PROJECT_DESK: Grants = { 'project.manage': 'organisation' };

/**
 * Programme intake (docs/decisions/0030): the running employment centre's pipeline, slots, checks and
 * messages; the service admits only the programme's own organisation. The selection is the supervisor's.
 */
const PROGRAMME_DESK: Grants = { 'programme.read': 'organisation', 'programme.manage': 'organisation' };

/** Case work (docs/decisions/0012): on the organisation's own cases; referrals add read access per case. */
const CASE_DESK: Grants = {
	'case.read': 'organisation',
	'case.update': 'organisation',
	'case.assign': 'organisation',
	'case.refer': 'organisation'
};

/** The employer black list is national; the service admits only organisations that keep it (the ministry). */
export const ROLE_GRANTS: Record<Role, Grants> = {
	migrant: {
		'profile.read': 'own',
		'profile.update': 'own',
		'application.create': 'own',
		'application.read': 'own',
		'review.create': 'own',
		'project.follow': 'own'
	},
	agency_user: { ...STAFF_BASE, ...VACANCY_DESK, 'agency.read': 'organisation', 'agency.update': 'organisation' },
	case_worker: {
		...STAFF_BASE,
		...VACANCY_DESK,
		...RETURNS_DESK,
		...CASE_DESK,
		...HOTLINE_DESK,
		...DIASPORA_DESK,
		...PROJECT_DESK,
		...PROGRAMME_DESK,
		'employer.review': 'all',
		'client.read': 'organisation'
	},
	supervisor: {
		...STAFF_BASE,
		...VACANCY_DESK,
		...RETURNS_DESK,
		...CASE_DESK,
		...HOTLINE_DESK,
		...DIASPORA_DESK,
		...PROJECT_DESK,
		...ALERT_DESK,
		...PROGRAMME_DESK,
		'programme.select': 'organisation',
		// Partner systems' keys for the organisation (docs/decisions/0026).
		'apikey.manage': 'organisation',
		'member.invite': 'organisation',
		'audit.read': 'organisation',
		'case.configure': 'organisation',
		'return.configure': 'organisation',
		// Bulk import of the organisation's own registers (docs/decisions/0017): the supervisor is the
		// organisation's administrator; the service also checks the organisation keeps the register.
		// Action-plan tasks the organisation is responsible for (docs/decisions/0022).
		'plan.update': 'organisation',
		'import.run': 'organisation',
		'import.read': 'organisation',
		'client.read': 'organisation',
		'course.manage': 'all',
		'employer.review': 'all',
		'employer.decide': 'all'
	},
	licensing_officer: {
		...STAFF_BASE,
		'organisation.read': 'all',
		'agency.read': 'all',
		'agency.register': 'all',
		'agency.update': 'all',
		'licence.manage': 'all',
		'review.moderate': 'all'
	},
	consular_officer: {
		...STAFF_BASE,
		'registration.read': 'organisation',
		'registration.confirm': 'organisation',
		...CASE_DESK,
		...HOTLINE_DESK,
		...ALERT_DESK,
		'statistics.read': 'organisation',
		'diaspora.verify': 'all'
	},
	// Progress between MGI rounds is national content (docs/decisions/0022); action-plan tasks are updated by
	// the responsible body only, so 'plan.update' is organisation-scoped.
	// Community projects are moderated like the rest of the portal, never by their poster (docs/decisions/0031).
	content_editor: {
		...STAFF_BASE,
		'content.edit': 'all',
		'content.review': 'all',
		'project.verify': 'all',
		'course.manage': 'all',
		'indicator.edit': 'all',
		'plan.update': 'organisation'
	},
	// Statistics (docs/decisions/0019): aggregates only, suppressed; a ministry's analyst sees every country,
	// a mission's officer (scope organisation) only its host country.
	analyst: { ...STAFF_BASE, 'organisation.read': 'all', 'agency.read': 'all', 'statistics.read': 'all', 'statistics.refresh': 'all' },
	admin: {
		'organisation.read': 'all',
		'organisation.create': 'all',
		'organisation.update': 'all',
		'member.read': 'all',
		'member.invite': 'all',
		'member.update': 'all',
		'audit.read': 'all',
		// The whole chain and the job queues are the platform's, not an organisation's (docs/operations.md).
		'audit.verify': 'all',
		'jobs.manage': 'all',
		'apikey.manage': 'organisation',
		'agency.read': 'all',
		'profile.read': 'own',
		'profile.update': 'own'
	}
};

/** Which roles an organisation of a kind may hold (admin: only the ministry runs the platform). */
export const ROLES_FOR_KIND: Record<OrgKind, Role[]> = {
	employment_centre: ['case_worker', 'supervisor', 'content_editor', 'analyst'],
	ministry: ['licensing_officer', 'supervisor', 'case_worker', 'content_editor', 'analyst', 'admin'],
	consulate: ['consular_officer', 'case_worker', 'supervisor'],
	ngo: ['case_worker', 'supervisor', 'content_editor'],
	diaspora: ['case_worker', 'supervisor'],
	agency: ['agency_user'],
	international: ['case_worker', 'analyst', 'content_editor'],
	// A district or village administration (akimiat, aiyl okmotu) posting community projects.
	local_authority: ['case_worker', 'supervisor']
};
