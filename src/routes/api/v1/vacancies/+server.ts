import { json } from '@sveltejs/kit';
import { apiError, apiHandler } from '#lib/server/api/api';
import { getDb } from '#lib/server/db/client';
import { searchVacancies, vacancyFilterSchema } from '#lib/server/recruitment/vacancy.service';

/** Public vacancies of licensed agencies and employment centres; 20 a page. */
export const GET = apiHandler(async ({ url }: { url: URL }) => {
	const parsed = vacancyFilterSchema.safeParse(Object.fromEntries(url.searchParams.entries()));
	if (!parsed.success) {
		const fields = [...new Set(parsed.error.issues.map((i) => i.path.join('.')))].join(', ');
		return apiError(400, 'bad_request', `invalid filter: ${fields}`);
	}
	const result = await searchVacancies(getDb(), parsed.data);
	return json({ data: result.items, page: result.page, hasNext: result.hasNext }, { headers: { 'cache-control': 'public, max-age=60' } });
});
