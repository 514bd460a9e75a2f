import { error } from '@sveltejs/kit';
import { getDb } from '#lib/server/db/client';
import { requireMigrant } from '#lib/server/migrant/migrant.routes';
import { listConsents, setConsent } from '#lib/server/migrant/migrant.service';

export const load = async (event) => {
	const actor = requireMigrant(event);
	return { consents: await listConsents(getDb(), actor, actor.userId) };
};

export const actions = {
	default: async (event) => {
		const actor = requireMigrant(event);
		const data = await event.request.formData();
		const ok = await setConsent(getDb(), actor, actor.userId, String(data.get('purpose') ?? ''), data.get('give') === 'yes');
		if (!ok) error(400, 'Bad request');
		return { changed: true };
	}
};
