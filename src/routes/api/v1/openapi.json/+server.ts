import { json } from '@sveltejs/kit';
import { openApiDocument } from '#lib/server/api/openapi';
import { config } from '#lib/server/config';

export const GET = () => json(openApiDocument(config.origin), { headers: { 'cache-control': 'public, max-age=300' } });
