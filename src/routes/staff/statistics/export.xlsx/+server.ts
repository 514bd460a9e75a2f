import { error } from '@sveltejs/kit';
import { downloadHeaders, toXlsx } from '#lib/server/tabular/tabular';
import { labelledTable, runQuery } from '../query';

export const GET = async (event) => {
	const { result } = await runQuery(event);
	if (!result) error(400, 'Bad filter');
	const body = await toXlsx([{ name: result.query.measure, table: labelledTable(result, event.locals.locale) }]);
	return new Response(new Uint8Array(body), { headers: downloadHeaders('xlsx', `statistics-${result.query.measure}`) });
};
