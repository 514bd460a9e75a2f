import { getDb } from '#lib/server/db/client';
import { verifyCertificate } from '#lib/server/training/training.service';

export const load = async ({ params, setHeaders }) => {
	const found = await verifyCertificate(getDb(), params.code);
	setHeaders({ 'cache-control': 'no-store', 'x-robots-tag': 'noindex' });
	return { code: params.code.toUpperCase().slice(0, 40), found };
};
