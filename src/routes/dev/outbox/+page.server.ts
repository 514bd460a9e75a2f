import { error } from '@sveltejs/kit';
import { isProduction } from '#lib/server/config';
import { getDb } from '#lib/server/db/client';
import { listOutbox } from '#lib/server/messaging/messaging.service';

export const load = async ({ url, setHeaders }) => {
	if (isProduction()) error(404, 'Not found');
	setHeaders({ 'cache-control': 'no-store' });
	const to = url.searchParams.get('to')?.trim() ?? '';
	const messages = await listOutbox(getDb(), 200);
	return { to, messages: to ? messages.filter((msg) => msg.recipient === to) : messages };
};
