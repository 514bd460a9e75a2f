import { date, index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { organisation } from '../org/org.table';
import { country, region } from '../reference/reference.table';
import { SEXES } from './migrant.table';

/**
 * A citizen on a mission's own consular list, brought in from the mission's existing register
 * (docs/decisions/0017). Unlike `consular_registration`, the person has no Sapar account: personal
 * fields (name, passport, personal number, phone, address) are one encrypted JSON value and the
 * passport number is matched through its blind index.
 */
export const consularListEntry = pgTable(
	'consular_list_entry',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		missionId: uuid('mission_id')
			.notNull()
			.references(() => organisation.id),
		/** HMAC of the passport number: the list's natural key within a mission */
		passportIndex: text('passport_index').notNull(),
		/** encrypted `{ fullName, passport, pin, phone, address }` (associated data `consular_list_entry:<passportIndex>`) */
		personal: text('personal').notNull(),
		sex: text('sex', { enum: SEXES }),
		birthDate: date('birth_date', { mode: 'string' }),
		countryIso2: text('country_iso2')
			.notNull()
			.references(() => country.iso2),
		city: text('city'),
		/** region of origin in Kyrgyzstan */
		regionCode: text('region_code').references(() => region.code),
		arrivalDate: date('arrival_date', { mode: 'string' }),
		registeredOn: date('registered_on', { mode: 'string' }),
		rowHash: text('row_hash').notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [uniqueIndex('consular_list_key_uq').on(t.missionId, t.passportIndex), index('consular_list_country_idx').on(t.missionId, t.countryIso2)]
);
