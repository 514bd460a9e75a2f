import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { Tx } from '../db/client';
import { authUser } from '../auth/auth.table';
import { invitation, membership, organisation } from './org.table';

// Queries only: no access rules here (they live in org.service.ts).

export const findOrganisation = async (tx: Tx, id: string) => (await tx.select().from(organisation).where(eq(organisation.id, id)))[0] ?? null;

export const findOrganisationBySlug = async (tx: Tx, slug: string) => (await tx.select().from(organisation).where(eq(organisation.slug, slug)))[0] ?? null;

export function selectOrganisations(tx: Tx, onlyId?: string) {
	return tx
		.select({
			id: organisation.id,
			slug: organisation.slug,
			kind: organisation.kind,
			name: organisation.name,
			countryIso2: organisation.countryIso2,
			city: organisation.city,
			active: organisation.active,
			members: sql<number>`(select count(*)::int from ${membership} where ${membership.organisationId} = ${organisation.id})`
		})
		.from(organisation)
		.where(onlyId ? eq(organisation.id, onlyId) : undefined)
		.orderBy(asc(organisation.kind), asc(organisation.slug));
}

export function selectMembers(tx: Tx, organisationId: string) {
	return tx
		.select({
			id: membership.id,
			role: membership.role,
			userId: authUser.id,
			name: authUser.name,
			email: authUser.email,
			twoFactorEnabled: authUser.twoFactorEnabled,
			since: membership.createdAt
		})
		.from(membership)
		.innerJoin(authUser, eq(authUser.id, membership.userId))
		.where(eq(membership.organisationId, organisationId))
		.orderBy(asc(authUser.name));
}

export const findMembership = async (tx: Tx, id: string) => (await tx.select().from(membership).where(eq(membership.id, id)))[0] ?? null;

export const findMembershipOfUser = async (tx: Tx, userId: string) =>
	(
		await tx
			.select({ membership, organisation })
			.from(membership)
			.innerJoin(organisation, eq(organisation.id, membership.organisationId))
			.where(eq(membership.userId, userId))
	)[0] ?? null;

export function selectOpenInvitations(tx: Tx, organisationId: string) {
	return tx
		.select({ id: invitation.id, email: invitation.email, role: invitation.role, expiresAt: invitation.expiresAt })
		.from(invitation)
		.where(and(eq(invitation.organisationId, organisationId), isNull(invitation.acceptedAt), isNull(invitation.revokedAt)))
		.orderBy(asc(invitation.email));
}

export const findInvitationByTokenHash = async (tx: Tx, tokenHash: string) =>
	(await tx.select().from(invitation).where(eq(invitation.tokenHash, tokenHash)))[0] ?? null;
