import { error } from '@sveltejs/kit';
import { downloadHeaders, toCsv } from '#lib/server/tabular/tabular';
import { labelledTable, runQuery } from '../query';

export const GET = async (event) => {
	const { result } = await runQuery(event);
	if (!result) error(400, 'Bad filter');
	return new Response(toCsv(labelledTable(result, event.locals.locale)), { headers: downloadHeaders('csv', `statistics-${result.query.measure}`) });
};
