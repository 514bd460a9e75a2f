import type { RequestEvent } from '@sveltejs/kit';
import { m } from '#lib/messages';
import { requireAccess } from '#lib/server/access/access';
import { getDb } from '#lib/server/db/client';
import { formFailure, requireStaffActor } from '#lib/server/http/forms';
import { REGIONS } from '#lib/server/reference/data/regions';
import { resultTable } from '#lib/server/statistics/statistics.export';
import { parseStatQuery, statTable, type StatResult } from '#lib/server/statistics/statistics.service';
import { dimensionLabel, keyLabel } from '#lib/statistics-labels';

/** The dashboard's query from GET parameters, run for the signed-in member of staff (shared by the page and the downloads). */
export async function runQuery(event: RequestEvent) {
	const actor = requireStaffActor(event);
	const db = getDb();
	try {
		const parsed = await parseStatQuery(db, event.url.searchParams);
		if (!parsed.ok) {
			requireAccess(actor, 'statistics.read');
			return { actor, result: null, errors: parsed.errors };
		}
		return { actor, result: await statTable(db, actor, parsed.data), errors: null };
	} catch (e) {
		formFailure(e);
		throw e;
	}
}

export function regionNames(locale: 'ky' | 'ru' | 'en') {
	return Object.fromEntries(REGIONS.map((r) => [r.code, r.name[locale] ?? r.code]));
}

export function labelledTable(result: StatResult, locale: 'ky' | 'ru' | 'en') {
	const ctx = { locale, regions: regionNames(locale) };
	return resultTable(result, {
		rowHeader: dimensionLabel(result.query.rows),
		label: (which, key) => keyLabel(which === 'rows' ? result.query.rows : result.query.cols!, key, ctx),
		count: m.stats_count(),
		total: m.stats_total(),
		notShown: m.stats_not_shown()
	});
}
