import { apiHandler } from '#lib/server/api/api';
import { dataset, PUBLIC } from '../../dataset';

export const GET = apiHandler(async ({ params }: { params: { name: string }; url: URL }) => {
	const d = await dataset(params.name);
	return new Response(d.csv, {
		headers: { ...PUBLIC, 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `inline; filename="${d.spec.name}.csv"` }
	});
});
