import { getDb } from '#lib/server/db/client';
import { unsubscribeByToken, unsubscribeView } from '#lib/server/channels/unsubscribe';

/**
 * The one-click unsubscribe link in every e-mail (no sign-in): GET shows what will happen and a button,
 * POST acts — also a mail provider's RFC 8058 one-click POST (`List-Unsubscribe=One-Click`).
 */
export const load = async ({ params, setHeaders }) => {
	setHeaders({ 'cache-control': 'private, no-store', 'x-robots-tag': 'noindex' });
	const view = await unsubscribeView(getDb(), params.token);
	return { ...view, done: false };
};

export const actions = {
	default: async ({ params }) => {
		const view = await unsubscribeByToken(getDb(), params.token);
		return { ...view, done: view.valid };
	}
};
