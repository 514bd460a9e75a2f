import { AppError } from '../errors';
import { ROLE_GRANTS, type Permission, type Role, type Scope } from './roles';

/** Who is calling. Every service function takes it first. */
export interface Actor {
	userId: string;
	role: Role;
	/** null for migrants */
	organisationId: string | null;
	ip?: string | null;
	/**
	 * When a staff member last proved who they are in this session (sign-in or re-authentication).
	 * Set for every staff actor from a web session (auth/session.ts); absent only for internal callers
	 * (jobs, scripts, tests), which have no session to go stale.
	 */
	authenticatedAt?: Date;
}

/** What a record belongs to, for the scope check. */
export interface Target {
	organisationId?: string | null;
	ownerUserId?: string | null;
}

export function scopeOf(actor: Actor, permission: Permission): Scope | null {
	return ROLE_GRANTS[actor.role]?.[permission] ?? null;
}

function within(actor: Actor, scope: Scope, target: Target): boolean {
	if (scope === 'all') return true;
	if (scope === 'organisation') return !!actor.organisationId && target.organisationId === actor.organisationId;
	return !!target.ownerUserId && target.ownerUserId === actor.userId;
}

export function can(actor: Actor | null, permission: Permission, target?: Target): boolean {
	if (!actor) return false;
	const scope = scopeOf(actor, permission);
	if (!scope) return false;
	return target ? within(actor, scope, target) : true;
}

/**
 * The one access check. Without a target it asks "may the actor do this at all?";
 * with a target it also checks the record is within the actor's scope.
 * Out-of-scope records answer not_found, so a guess cannot confirm that a record exists.
 */
export function requireAccess(actor: Actor | null, permission: Permission, target?: Target): asserts actor is Actor {
	if (!actor) throw new AppError('unauthenticated', `no actor for ${permission}`);
	const scope = scopeOf(actor, permission);
	if (!scope) throw new AppError('forbidden', `${actor.role} lacks ${permission}`);
	if (target && !within(actor, scope, target)) throw new AppError('not_found', `${permission} outside scope`);
}

/** For list queries: the filter the actor's scope implies. */
export type ScopeFilter = { all: true } | { organisationId: string } | { ownerUserId: string };

export function scopeFilter(actor: Actor, permission: Permission): ScopeFilter {
	requireAccess(actor, permission);
	const scope = scopeOf(actor, permission)!;
	if (scope === 'all') return { all: true };
	if (scope === 'organisation') {
		if (!actor.organisationId) throw new AppError('forbidden', 'organisation scope without organisation');
		return { organisationId: actor.organisationId };
	}
	return { ownerUserId: actor.userId };
}

/** How long a sign-in or re-authentication covers the most sensitive actions (issue 15, finding 7). */
export const REAUTH_MINUTES = 10;

/**
 * Before the most sensitive actions (exports of people's data, decrypting a trafficking narrative,
 * changing roles): the staff member must have given their password or code within REAUTH_MINUTES.
 */
export function requireRecentAuth(actor: Actor, now = new Date()): void {
	if (actor.authenticatedAt === undefined) return;
	if (now.getTime() - actor.authenticatedAt.getTime() > REAUTH_MINUTES * 60_000) {
		throw new AppError('reauth_required', 'sign-in too old for this action', { userMessage: 'error_reauth_required' });
	}
}
