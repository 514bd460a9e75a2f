import { redirect } from '@sveltejs/kit';
import { can } from '#lib/server/access/access';
import { getDb } from '#lib/server/db/client';
import { formFailure, requireStaffActor } from '#lib/server/http/forms';
import { regenerateStatistics } from '#lib/server/statistics/regenerate';
import { statisticsCountries, statisticsCountryScope } from '#lib/server/statistics/statistics.service';
import { regionNames, runQuery } from './query';

export const load = async (event) => {
	const { actor, result, errors } = await runQuery(event);
	const [countries, onlyCountry] = await Promise.all([statisticsCountries(getDb(), actor), statisticsCountryScope(getDb(), actor)]);
	const done = event.url.searchParams.get('regenerated');
	return {
		result,
		errors,
		values: Object.fromEntries(event.url.searchParams),
		search: event.url.search,
		countries,
		onlyCountry,
		regions: regionNames(event.locals.locale),
		canRegenerate: can(actor, 'statistics.refresh'),
		regenerated: done && /^\d+:\d+$/.test(done) ? { rows: Number(done.split(':')[0]), seconds: (Number(done.split(':')[1]) / 1000).toFixed(1) } : null
	};
};

export const actions = {
	/** Rebuilds the figures and open data now (JavaScript off: a plain POST, then back to the dashboard). */
	regenerate: async (event) => {
		const actor = requireStaffActor(event);
		let done: { rows: number; millis: number };
		try {
			done = await regenerateStatistics(getDb(), actor);
		} catch (e) {
			return formFailure(e);
		}
		redirect(303, `/staff/statistics?regenerated=${done.rows}:${done.millis}`);
	}
};
