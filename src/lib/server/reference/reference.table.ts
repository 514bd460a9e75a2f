import { boolean, integer, jsonb, pgTable, text } from 'drizzle-orm/pg-core';
import type { Translated } from '#lib/i18n';

/** ISO 3166-1 countries; names in ky/ru/en. */
export const country = pgTable('country', {
	iso2: text('iso2').primaryKey(),
	iso3: text('iso3').notNull().unique(),
	numeric: text('numeric').notNull(),
	name: jsonb('name').$type<Translated>().notNull()
});

/** Kyrgyz regions: seven oblasts and the cities of Bishkek and Osh (ISO 3166-2:KG codes). */
export const region = pgTable('region', {
	code: text('code').primaryKey(),
	kind: text('kind', { enum: ['oblast', 'city'] }).notNull(),
	name: jsonb('name').$type<Translated>().notNull()
});

/** ISCO-08 occupations (major groups for now; the code column takes deeper levels too). */
export const occupation = pgTable('occupation', {
	code: text('code').primaryKey(),
	name: jsonb('name').$type<Translated>().notNull()
});

/** ISO 4217 currencies. */
export const currency = pgTable('currency', {
	code: text('code').primaryKey(),
	name: jsonb('name').$type<Translated>().notNull(),
	minorUnits: integer('minor_units').notNull().default(2),
	common: boolean('common').notNull().default(false)
});
