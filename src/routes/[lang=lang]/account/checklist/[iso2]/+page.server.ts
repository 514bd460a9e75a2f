import { error } from '@sveltejs/kit';
import { getDb } from '#lib/server/db/client';
import { requireMigrant } from '#lib/server/migrant/migrant.routes';
import { getChecklist, tickChecklist } from '#lib/server/migrant/migrant.service';
import { country } from '#lib/server/reference/reference.table';
import { eq } from 'drizzle-orm';

export const load = async (event) => {
	const actor = requireMigrant(event);
	const checklist = await getChecklist(getDb(), actor, actor.userId, event.params.iso2);
	if (!checklist) error(404, 'Not found');
	const [c] = await getDb().select({ name: country.name }).from(country).where(eq(country.iso2, checklist.countryIso2));
	return { checklist, countryName: c.name };
};

export const actions = {
	default: async (event) => {
		const actor = requireMigrant(event);
		const data = await event.request.formData();
		const ok = await tickChecklist(getDb(), actor, actor.userId, event.params.iso2, String(data.get('item') ?? ''), data.get('done') === 'yes');
		if (!ok) error(400, 'Bad request');
		return { ticked: String(data.get('item')) };
	}
};
