import { fail, redirect } from '@sveltejs/kit';
import { getDb } from '#lib/server/db/client';
import { signOut } from '#lib/server/auth/auth.service';
import { applyCookies, clientOf } from '#lib/server/http/forms';
import { requireMigrant } from '#lib/server/migrant/migrant.routes';
import { deleteMyData, exportMyData } from '#lib/server/migrant/migrant.service';
import { retentionRules } from '#lib/server/privacy/retention.rules';

export const load = async (event) => {
	const actor = requireMigrant(event);
	return { data: await exportMyData(getDb(), actor, actor.userId), retention: retentionRules() };
};

export const actions = {
	delete: async (event) => {
		const actor = requireMigrant(event);
		const form = await event.request.formData();
		if (form.get('confirm') !== 'yes') return fail(400, { errors: { confirm: 'error_confirm_delete' } as Record<string, string> });
		applyCookies(event, await signOut(actor.userId, clientOf(event)));
		await deleteMyData(getDb(), actor, actor.userId);
		redirect(303, `/${event.params.lang}/account/deleted`);
	}
};
