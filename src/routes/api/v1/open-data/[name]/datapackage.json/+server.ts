import { json } from '@sveltejs/kit';
import { apiHandler } from '#lib/server/api/api';
import { dataset, PUBLIC } from '../../dataset';

export const GET = apiHandler(async ({ params }: { params: { name: string }; url: URL }) => json((await dataset(params.name)).descriptor, { headers: PUBLIC }));
