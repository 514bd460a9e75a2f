import { json } from '@sveltejs/kit';
import { apiHandler } from '#lib/server/api/api';
import { dataset, PUBLIC } from '../../dataset';

export const GET = apiHandler(async ({ params }: { params: { name: string }; url: URL }) => {
	const d = await dataset(params.name);
	return json({ name: d.spec.name, updated: d.updated, licence: d.descriptor.licenses, ...d.json }, { headers: PUBLIC });
});
