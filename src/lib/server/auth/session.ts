import type { Actor } from '../access/access';
import type { Role } from '../access/roles';
import { getDb } from '../db/client';
import { findMembershipOfUser } from '../org/org.repository';
import type { Translated } from '#lib/i18n';
import { getAuth } from './auth';
import { checkStaffSession } from './staff-session';

export interface SessionUser {
	id: string;
	name: string;
	email: string;
	phoneNumber: string | null;
	kind: 'migrant' | 'staff';
	twoFactorEnabled: boolean;
}

export interface Viewer {
	user: SessionUser;
	/** the better-auth session's id (staff re-authentication is noted against it) */
	sessionId: string;
	/** null for staff without a membership: signed in, but allowed nothing */
	actor: Actor | null;
	organisation: { id: string; slug: string; kind: string; name: Translated } | null;
}

/** Resolves the request's session into the person and the actor that services check. */
export async function loadViewer(headers: Headers, ip: string | null): Promise<Viewer | null> {
	const session = await getAuth().api.getSession({ headers });
	if (!session) return null;
	const u = session.user as typeof session.user & { kind?: string; phoneNumber?: string | null; twoFactorEnabled?: boolean | null };
	const user: SessionUser = {
		id: u.id,
		name: u.name,
		email: u.email,
		phoneNumber: u.phoneNumber ?? null,
		kind: u.kind === 'staff' ? 'staff' : 'migrant',
		twoFactorEnabled: !!u.twoFactorEnabled
	};
	const sessionId = session.session.id;
	if (user.kind === 'migrant') {
		return { user, sessionId, actor: { userId: user.id, role: 'migrant', organisationId: null, ip }, organisation: null };
	}
	// Staff sessions: 12 hours at most, 30 minutes idle (issue 15, finding 7).
	const authenticatedAt = await checkStaffSession(sessionId, new Date(session.session.createdAt));
	if (!authenticatedAt) return null;
	const found = await findMembershipOfUser(getDb(), user.id);
	if (!found) return { user, sessionId, actor: null, organisation: null };
	return {
		user,
		sessionId,
		actor: { userId: user.id, role: found.membership.role as Role, organisationId: found.organisation.id, ip, authenticatedAt },
		organisation: {
			id: found.organisation.id,
			slug: found.organisation.slug,
			kind: found.organisation.kind,
			name: found.organisation.name
		}
	};
}
