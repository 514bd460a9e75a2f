import { bigserial, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * Append-only audit log (docs/decisions/0004-audit-log.md). A trigger forbids UPDATE and DELETE;
 * each row's hash covers its content and the previous row's hash.
 */
export const auditLog = pgTable(
	'audit_log',
	{
		id: bigserial('id', { mode: 'number' }).primaryKey(),
		at: timestamp('at', { withTimezone: true, precision: 6 }).notNull(),
		actorUserId: text('actor_user_id'),
		actorOrganisationId: uuid('actor_organisation_id'),
		action: text('action').notNull(),
		entityType: text('entity_type').notNull(),
		entityId: text('entity_id'),
		ip: text('ip'),
		data: jsonb('data').$type<Record<string, unknown>>().notNull().default({}),
		prevHash: text('prev_hash').notNull(),
		hash: text('hash').notNull()
	},
	(t) => [index('audit_entity_idx').on(t.entityType, t.entityId), index('audit_actor_idx').on(t.actorUserId)]
);
