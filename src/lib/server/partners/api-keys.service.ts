import { createHash, randomBytes } from 'node:crypto';
import { and, desc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { requireAccess, type Actor } from '../access/access';
import { auditedBy, recordAudit } from '../audit/audit.service';
import type { Db } from '../db/client';
import { AppError } from '../errors';
import { validate, type Validated } from '../validation';
import { API_SCOPES, apiKey, type ApiScope } from './api-keys.table';

const PREFIX = 'sapar_';
const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');
/** The period a rotated key keeps working, so the partner can switch without an outage. */
export const ROTATION_GRACE_MS = 24 * 3600_000;

const createSchema = z.object({
	name: z.string({ error: 'error_required' }).trim().min(1, { error: 'error_required' }).max(100, { error: 'error_too_long' }),
	scopes: z
		.union([z.string(), z.array(z.string())])
		.optional()
		.transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]))
		.pipe(z.array(z.enum(API_SCOPES, { error: 'error_invalid' })).min(1, { error: 'error_choose_one' })),
	days: z.coerce
		.number({ error: 'error_invalid' })
		.int({ error: 'error_invalid' })
		.min(1, { error: 'error_invalid' })
		.max(730, { error: 'error_invalid' })
		.optional()
		.default(365)
});

function newToken() {
	const token = `${PREFIX}${randomBytes(30).toString('base64url')}`;
	return { token, prefix: token.slice(0, PREFIX.length + 6), hash: hashOf(token) };
}

/** An administrator of the organisation creates a key; the token is returned once and never again. */
export async function createApiKey(db: Db, actor: Actor, input: unknown): Promise<Validated<{ id: string; token: string }>> {
	requireAccess(actor, 'apikey.manage', { organisationId: actor.organisationId });
	const parsed = validate(createSchema, input);
	if (!parsed.ok) return parsed;
	const { name, scopes, days } = parsed.data;
	const { token, prefix, hash } = newToken();
	const id = await db.transaction(async (tx) => {
		const [row] = await tx
			.insert(apiKey)
			.values({
				organisationId: actor.organisationId!,
				name,
				prefix,
				hash,
				scopes: [...new Set(scopes)],
				createdBy: actor.userId,
				expiresAt: new Date(Date.now() + days * 86_400_000)
			})
			.returning({ id: apiKey.id });
		await recordAudit(tx, { action: 'apikey.create', entityType: 'api_key', entityId: row.id, ...auditedBy(actor), data: { name, scopes, days } });
		return row.id;
	});
	return { ok: true, data: { id, token } };
}

export async function listApiKeys(db: Db, actor: Actor) {
	requireAccess(actor, 'apikey.manage', { organisationId: actor.organisationId });
	return db
		.select({
			id: apiKey.id,
			name: apiKey.name,
			prefix: apiKey.prefix,
			scopes: apiKey.scopes,
			createdAt: apiKey.createdAt,
			expiresAt: apiKey.expiresAt,
			revokedAt: apiKey.revokedAt,
			lastUsedAt: apiKey.lastUsedAt
		})
		.from(apiKey)
		.where(eq(apiKey.organisationId, actor.organisationId!))
		.orderBy(desc(apiKey.createdAt));
}

async function ownKey(db: Db, actor: Actor, id: string) {
	requireAccess(actor, 'apikey.manage');
	if (!/^[0-9a-f-]{36}$/i.test(id)) throw new AppError('not_found', 'api key');
	const [row] = await db.select().from(apiKey).where(eq(apiKey.id, id));
	if (!row) throw new AppError('not_found', 'api key');
	requireAccess(actor, 'apikey.manage', { organisationId: row.organisationId });
	return row;
}

export async function revokeApiKey(db: Db, actor: Actor, id: string): Promise<void> {
	const row = await ownKey(db, actor, id);
	if (row.revokedAt) return;
	await db.transaction(async (tx) => {
		await tx.update(apiKey).set({ revokedAt: new Date(), revokedBy: actor.userId }).where(eq(apiKey.id, id));
		await recordAudit(tx, { action: 'apikey.revoke', entityType: 'api_key', entityId: id, ...auditedBy(actor) });
	});
}

/** A new key with the same name and scopes; the old one keeps working for a day, then expires. */
export async function rotateApiKey(db: Db, actor: Actor, id: string): Promise<{ id: string; token: string }> {
	const row = await ownKey(db, actor, id);
	if (row.revokedAt || row.expiresAt <= new Date()) throw new AppError('invalid_transition', 'key not active', { userMessage: 'error_apikey_inactive' });
	const { token, prefix, hash } = newToken();
	const lifetime = row.expiresAt.getTime() - row.createdAt.getTime();
	return db.transaction(async (tx) => {
		const [created] = await tx
			.insert(apiKey)
			.values({
				organisationId: row.organisationId,
				name: row.name,
				prefix,
				hash,
				scopes: row.scopes,
				createdBy: actor.userId,
				expiresAt: new Date(Date.now() + lifetime),
				replaces: row.id
			})
			.returning({ id: apiKey.id });
		const graceEnd = new Date(Math.min(row.expiresAt.getTime(), Date.now() + ROTATION_GRACE_MS));
		await tx.update(apiKey).set({ expiresAt: graceEnd }).where(eq(apiKey.id, row.id));
		await recordAudit(tx, { action: 'apikey.rotate', entityType: 'api_key', entityId: created.id, ...auditedBy(actor), data: { replaces: row.id } });
		return { id: created.id, token };
	});
}

export interface Partner {
	keyId: string;
	organisationId: string;
	scopes: ApiScope[];
}

/** The key behind a bearer token, or null (unknown, revoked or expired). Notes the last use (at most once a minute). */
export async function authenticateApiKey(db: Db, token: string): Promise<Partner | null> {
	if (!token.startsWith(PREFIX) || token.length > 100) return null;
	const [row] = await db
		.select({ id: apiKey.id, organisationId: apiKey.organisationId, scopes: apiKey.scopes, lastUsedAt: apiKey.lastUsedAt })
		.from(apiKey)
		.where(and(eq(apiKey.hash, hashOf(token)), sql`${apiKey.revokedAt} is null`, sql`${apiKey.expiresAt} > now()`));
	if (!row) return null;
	if (!row.lastUsedAt || Date.now() - row.lastUsedAt.getTime() > 60_000) {
		await db.update(apiKey).set({ lastUsedAt: new Date() }).where(eq(apiKey.id, row.id));
	}
	return { keyId: row.id, organisationId: row.organisationId, scopes: row.scopes as ApiScope[] };
}

export const hasScope = (partner: Partner | null | undefined, scope: ApiScope) => !!partner && partner.scopes.includes(scope);
