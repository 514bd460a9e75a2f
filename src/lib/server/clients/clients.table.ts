import { date, index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { SECTORS } from '#lib/recruitment';
import { organisation } from '../org/org.table';
import { country, region } from '../reference/reference.table';
import { SEXES } from '../migrant/migrant.table';

export const CLIENT_STATUSES = ['prospective', 'abroad', 'returnee'] as const;
export type ClientStatus = (typeof CLIENT_STATUSES)[number];

/**
 * An employment centre's client (the CECA client database: seed 003 counts 8,610 people served by the
 * Bishkek and Osh centres). Clients need no Sapar account. Personal fields (name, personal number,
 * phone) are one encrypted JSON value; the personal number is matched through its blind index
 * (docs/decisions/0017). What statistics need (sex, birth date, region, status, destination, sector,
 * date of registration) stays in clear, as in decision 0013.
 */
export const employmentClient = pgTable(
	'employment_client',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		organisationId: uuid('organisation_id')
			.notNull()
			.references(() => organisation.id),
		/** HMAC of the 14-digit personal number (PIN): the register's natural key within a centre */
		pinIndex: text('pin_index').notNull(),
		/** encrypted `{ fullName, pin, phone }` (field-crypto, associated data `employment_client:<pinIndex>`) */
		personal: text('personal').notNull(),
		sex: text('sex', { enum: SEXES }),
		birthDate: date('birth_date', { mode: 'string' }),
		regionCode: text('region_code').references(() => region.code),
		status: text('status', { enum: CLIENT_STATUSES }),
		countryIso2: text('country_iso2').references(() => country.iso2),
		sector: text('sector', { enum: SECTORS }),
		registeredOn: date('registered_on', { mode: 'string' }),
		/** HMAC of every imported value: an identical row is "unchanged" without decrypting anything */
		rowHash: text('row_hash').notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [uniqueIndex('employment_client_key_uq').on(t.organisationId, t.pinIndex), index('employment_client_org_idx').on(t.organisationId, t.registeredOn)]
);
