import { date, index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { RETURN_NEEDS } from '#lib/returns';
import { organisation } from '../org/org.table';
import { country, region } from '../reference/reference.table';
import { SEXES } from '../migrant/migrant.table';

/**
 * A returnee from an employment centre's existing list (docs/decisions/0017): a person who came back,
 * with or without a Sapar account. Requests made in Sapar stay in `return_request`; this holds what the
 * centre already knew. Personal fields are one encrypted JSON value; one row per person and return date.
 */
export const returneeListEntry = pgTable(
	'returnee_list_entry',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		centreId: uuid('centre_id')
			.notNull()
			.references(() => organisation.id),
		/** HMAC of the personal number; with the return date, the natural key within a centre */
		pinIndex: text('pin_index').notNull(),
		returnDate: date('return_date', { mode: 'string' }).notNull(),
		/** encrypted `{ fullName, pin, phone }` (associated data `returnee_list_entry:<pinIndex>`) */
		personal: text('personal').notNull(),
		sex: text('sex', { enum: SEXES }),
		birthDate: date('birth_date', { mode: 'string' }),
		/** the country the person came back from */
		countryIso2: text('country_iso2')
			.notNull()
			.references(() => country.iso2),
		regionCode: text('region_code')
			.notNull()
			.references(() => region.code),
		needs: text('needs', { enum: RETURN_NEEDS }).array(),
		rowHash: text('row_hash').notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [uniqueIndex('returnee_list_key_uq').on(t.centreId, t.pinIndex, t.returnDate), index('returnee_list_centre_idx').on(t.centreId, t.returnDate)]
);
