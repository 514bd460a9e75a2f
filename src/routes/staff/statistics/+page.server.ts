import { getDb } from '#lib/server/db/client';
import { statisticsCountries, statisticsCountryScope } from '#lib/server/statistics/statistics.service';
import { regionNames, runQuery } from './query';

export const load = async (event) => {
	const { actor, result, errors } = await runQuery(event);
	const [countries, onlyCountry] = await Promise.all([statisticsCountries(getDb(), actor), statisticsCountryScope(getDb(), actor)]);
	return {
		result,
		errors,
		values: Object.fromEntries(event.url.searchParams),
		search: event.url.search,
		countries,
		onlyCountry,
		regions: regionNames(event.locals.locale)
	};
};
