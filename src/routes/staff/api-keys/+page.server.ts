import { createApiKey, listApiKeys, revokeApiKey, rotateApiKey } from '#lib/server/partners/api-keys.service';
import { getDb } from '#lib/server/db/client';
import { formFailure, invalid, requireStaffActor } from '#lib/server/http/forms';

export const load = async (event) => {
	const actor = requireStaffActor(event);
	try {
		return { keys: await listApiKeys(getDb(), actor) };
	} catch (e) {
		return formFailure(e) as never;
	}
};

export const actions = {
	create: async (event) => {
		const actor = requireStaffActor(event);
		const data = await event.request.formData();
		const input = { name: String(data.get('name') ?? ''), days: String(data.get('days') ?? '365'), scopes: data.getAll('scopes').map(String) };
		try {
			const result = await createApiKey(getDb(), actor, input);
			if (!result.ok) return invalid({ name: input.name, days: input.days }, result.errors);
			return { token: result.data.token };
		} catch (e) {
			return formFailure(e, { name: input.name });
		}
	},
	revoke: async (event) => {
		const actor = requireStaffActor(event);
		const id = String((await event.request.formData()).get('id') ?? '');
		try {
			await revokeApiKey(getDb(), actor, id);
		} catch (e) {
			return formFailure(e);
		}
		return { revoked: true };
	},
	rotate: async (event) => {
		const actor = requireStaffActor(event);
		const id = String((await event.request.formData()).get('id') ?? '');
		try {
			return { token: (await rotateApiKey(getDb(), actor, id)).token };
		} catch (e) {
			return formFailure(e);
		}
	}
};
