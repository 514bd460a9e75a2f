import { error, fail } from '@sveltejs/kit';
import { getDb } from '#lib/server/db/client';
import { requireMigrant } from '#lib/server/migrant/migrant.routes';
import {
	channelSettings,
	createTelegramLinkCode,
	LINK_CODE_MINUTES,
	moveChannelUp,
	saveSafeTime,
	setChannelOff,
	unlinkTelegram
} from '#lib/server/channels/settings.service';
import { formValues } from '#lib/server/validation';

export const load = async (event) => {
	const actor = requireMigrant(event);
	return { settings: await channelSettings(getDb(), actor, actor.userId), codeMinutes: LINK_CODE_MINUTES };
};

const form = async (event: import('./$types').RequestEvent) => formValues(await event.request.formData());

export const actions = {
	move: async (event) => {
		const actor = requireMigrant(event);
		if (!(await moveChannelUp(getDb(), actor, actor.userId, (await form(event)).channel ?? ''))) error(400, 'Bad request');
		return { saved: true };
	},
	off: async (event) => {
		const actor = requireMigrant(event);
		const values = await form(event);
		if (!(await setChannelOff(getDb(), actor, actor.userId, values.channel ?? '', values.off === 'yes'))) error(400, 'Bad request');
		return { saved: true };
	},
	safe: async (event) => {
		const actor = requireMigrant(event);
		const values = await form(event);
		const result = await saveSafeTime(getDb(), actor, actor.userId, values);
		if (!result.ok) return fail(400, { values, errors: result.errors });
		return { saved: true };
	},
	code: async (event) => {
		const actor = requireMigrant(event);
		const { code } = await createTelegramLinkCode(getDb(), actor, actor.userId);
		return { code };
	},
	unlink: async (event) => {
		const actor = requireMigrant(event);
		await unlinkTelegram(getDb(), actor, actor.userId);
		return { saved: true };
	}
};
