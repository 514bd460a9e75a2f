import { date, index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * The statistics cube (docs/decisions/0019): counts of people and events from the operations data, one row
 * per measure × month × sex × age group × region of origin × destination country × sector. Rebuilt whole by
 * `refreshStatistics` (on a schedule and on demand); every figure Sapar shows is read from here and
 * suppressed before it leaves the statistics layer. Unknown values are the text 'unknown'.
 */
export const statCube = pgTable(
	'stat_cube',
	{
		measure: text('measure').notNull(),
		/** first day of the month (Asia/Bishkek) */
		period: date('period', { mode: 'string' }).notNull(),
		sex: text('sex').notNull(),
		ageGroup: text('age_group').notNull(),
		region: text('region').notNull(),
		country: text('country').notNull(),
		sector: text('sector').notNull(),
		n: integer('n').notNull()
	},
	(t) => [index('stat_cube_measure_idx').on(t.measure, t.period)]
);

/** When the cube was last rebuilt (one row). */
export const statRefresh = pgTable('stat_refresh', {
	id: integer('id').primaryKey().default(1),
	refreshedAt: timestamp('refreshed_at', { withTimezone: true }).notNull(),
	rows: integer('rows').notNull(),
	millis: integer('millis').notNull()
});
