import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Db } from '../db/client';
import { AppError } from '../errors';
import { requireAccess, requireRecentAuth, scopeFilter, type Actor } from '../access/access';
import { ROLES_FOR_KIND, type OrgKind, type Role } from '../access/roles';
import { auditedBy, recordAudit } from '../audit/audit.service';
import { authUser } from '../auth/auth.table';
import { getAuth } from '../auth/auth';
import { config } from '../config';
import { enqueueMessage } from '../channels/message.service';
import { country } from '../reference/reference.table';
import { validate, type Validated } from '../validation';
import { invitation, membership, organisation } from './org.table';
import * as repo from './org.repository';
import { acceptInvitationSchema, changeRoleSchema, createOrganisationSchema, inviteSchema } from './org.schemas';
import { invitationEmail } from './org.texts';

const INVITATION_DAYS = 7;
const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export async function listOrganisations(db: Db, actor: Actor) {
	const scope = scopeFilter(actor, 'organisation.read');
	if ('all' in scope) return repo.selectOrganisations(db);
	if ('organisationId' in scope) return repo.selectOrganisations(db, scope.organisationId);
	return [];
}

export async function getOrganisation(db: Db, actor: Actor, id: string) {
	requireAccess(actor, 'organisation.read');
	const org = await repo.findOrganisation(db, id);
	if (!org) throw new AppError('not_found', 'organisation');
	requireAccess(actor, 'organisation.read', { organisationId: org.id });
	return org;
}

export async function createOrganisation(db: Db, actor: Actor, input: unknown): Promise<Validated<{ id: string }>> {
	requireAccess(actor, 'organisation.create');
	const parsed = validate(createOrganisationSchema, input);
	if (!parsed.ok) return parsed;
	const v = parsed.data;
	const [known] = await db.select({ iso2: country.iso2 }).from(country).where(eq(country.iso2, v.countryIso2));
	if (!known) return { ok: false, errors: { countryIso2: 'error_country' } };
	if (await repo.findOrganisationBySlug(db, v.slug)) return { ok: false, errors: { slug: 'error_slug_taken' } };
	const id = await db.transaction(async (tx) => {
		const [row] = await tx
			.insert(organisation)
			.values({
				kind: v.kind,
				slug: v.slug,
				name: { ky: v.nameKy, ...(v.nameRu && { ru: v.nameRu }), ...(v.nameEn && { en: v.nameEn }) },
				countryIso2: v.countryIso2,
				city: v.city ? { ky: v.city, ru: v.city, en: v.city } : null
			})
			.returning({ id: organisation.id });
		await recordAudit(tx, {
			action: 'organisation.create',
			entityType: 'organisation',
			entityId: row.id,
			...auditedBy(actor),
			data: { slug: v.slug, kind: v.kind }
		});
		return row.id;
	});
	return { ok: true, data: { id } };
}

export async function listMembers(db: Db, actor: Actor, organisationId: string) {
	requireAccess(actor, 'member.read', { organisationId });
	const [members, invitations] = await Promise.all([repo.selectMembers(db, organisationId), repo.selectOpenInvitations(db, organisationId)]);
	return { members, invitations };
}

function allowedRole(kind: OrgKind, role: string): role is Role {
	return (ROLES_FOR_KIND[kind] as string[]).includes(role);
}

/** Invites a person by email into an organisation with a role; the link is valid for seven days. */
export async function inviteMember(db: Db, actor: Actor, organisationId: string, input: unknown): Promise<Validated<{ id: string }>> {
	requireAccess(actor, 'member.invite', { organisationId });
	const org = await repo.findOrganisation(db, organisationId);
	if (!org) throw new AppError('not_found', 'organisation');
	const parsed = validate(inviteSchema, input);
	if (!parsed.ok) return parsed;
	const { email, role } = parsed.data;
	if (!allowedRole(org.kind, role)) return { ok: false, errors: { role: 'error_role_not_for_kind' } };
	if (role === 'admin' && actor.role !== 'admin') return { ok: false, errors: { role: 'error_role_not_for_kind' } };
	const [existing] = await db.select({ id: authUser.id }).from(authUser).where(eq(authUser.email, email));
	if (existing) return { ok: false, errors: { email: 'error_email_taken' } };
	const token = randomBytes(24).toString('base64url');
	const id = await db.transaction(async (tx) => {
		await tx
			.update(invitation)
			.set({ revokedAt: new Date() })
			.where(and(eq(invitation.email, email), isNull(invitation.acceptedAt), isNull(invitation.revokedAt)));
		const [row] = await tx
			.insert(invitation)
			.values({
				organisationId,
				email,
				role,
				tokenHash: hashToken(token),
				invitedBy: actor.userId,
				expiresAt: new Date(Date.now() + INVITATION_DAYS * 86_400_000)
			})
			.returning({ id: invitation.id });
		await recordAudit(tx, {
			action: 'member.invite',
			entityType: 'invitation',
			entityId: row.id,
			...auditedBy(actor),
			data: { organisationId, role }
		});
		return row.id;
	});
	const link = `${config.origin}/staff/invitations/${token}`;
	const mail = invitationEmail(org.name, role, link);
	await enqueueMessage(db, { channel: 'email', address: email, subject: mail.subject, body: mail.text, purpose: 'invitation' });
	return { ok: true, data: { id } };
}

export async function changeMemberRole(db: Db, actor: Actor, input: unknown): Promise<Validated<{ id: string }>> {
	requireAccess(actor, 'member.update');
	const parsed = validate(changeRoleSchema, input);
	if (!parsed.ok) return parsed;
	const found = await repo.findMembership(db, parsed.data.membershipId);
	if (!found) throw new AppError('not_found', 'membership');
	requireAccess(actor, 'member.update', { organisationId: found.organisationId });
	requireRecentAuth(actor);
	const org = (await repo.findOrganisation(db, found.organisationId))!;
	const role = parsed.data.role;
	if (!allowedRole(org.kind, role)) return { ok: false, errors: { role: 'error_role_not_for_kind' } };
	if (found.userId === actor.userId) return { ok: false, errors: { role: 'error_own_role' } };
	await db.transaction(async (tx) => {
		await tx.update(membership).set({ role }).where(eq(membership.id, found.id));
		await recordAudit(tx, {
			action: 'member.role_change',
			entityType: 'membership',
			entityId: found.id,
			...auditedBy(actor),
			data: { userId: found.userId, from: found.role, to: role }
		});
	});
	return { ok: true, data: { id: found.id } };
}

/** The invitation behind a token, if it can still be accepted. */
export async function findOpenInvitation(db: Db, token: string) {
	if (!/^[A-Za-z0-9_-]{20,64}$/.test(token)) return null;
	const [row] = await db
		.select({ invitation, organisation })
		.from(invitation)
		.innerJoin(organisation, eq(organisation.id, invitation.organisationId))
		.where(and(eq(invitation.tokenHash, hashToken(token)), isNull(invitation.acceptedAt), isNull(invitation.revokedAt), gt(invitation.expiresAt, new Date())));
	return row ?? null;
}

/**
 * Accepting creates the staff account (password hashed by better-auth) and its membership, then signs in.
 * The person must enrol a second factor before anything else (hooks.server.ts).
 */
export async function acceptInvitation(
	db: Db,
	token: string,
	input: unknown,
	client: { headers: Headers; ip: string | null }
): Promise<Validated<{ setCookie: string[] }>> {
	const open = await findOpenInvitation(db, token);
	if (!open) throw new AppError('not_found', 'invitation');
	const parsed = validate(acceptInvitationSchema, input);
	if (!parsed.ok) return parsed;
	const { invitation: inv } = open;
	const { headers, response } = await getAuth().api.signUpEmail({
		body: { email: inv.email, password: parsed.data.password, name: parsed.data.name },
		headers: client.headers,
		returnHeaders: true
	});
	const userId = response.user.id;
	await db.transaction(async (tx) => {
		await tx.update(authUser).set({ kind: 'staff', emailVerified: true }).where(eq(authUser.id, userId));
		const [m] = await tx.insert(membership).values({ userId, organisationId: inv.organisationId, role: inv.role }).returning({ id: membership.id });
		await tx.update(invitation).set({ acceptedAt: new Date() }).where(eq(invitation.id, inv.id));
		await recordAudit(tx, {
			action: 'member.join',
			entityType: 'membership',
			entityId: m.id,
			actorUserId: userId,
			actorOrganisationId: inv.organisationId,
			ip: client.ip,
			data: { invitationId: inv.id, role: inv.role }
		});
	});
	return { ok: true, data: { setCookie: headers.getSetCookie() } };
}
