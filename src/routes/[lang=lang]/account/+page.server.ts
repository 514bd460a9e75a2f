import { getDb } from '#lib/server/db/client';
import { maskPhone } from '#lib/server/auth/phone';
import { requireMigrant } from '#lib/server/migrant/migrant.routes';
import { getProfile } from '#lib/server/migrant/migrant.service';

export const load = async (event) => {
	const actor = requireMigrant(event);
	const viewer = event.locals.viewer!;
	const profile = await getProfile(getDb(), actor, actor.userId);
	return {
		phone: viewer.user.phoneNumber ? maskPhone(viewer.user.phoneNumber) : '',
		name: profile?.fullName ?? null,
		desired: profile?.desiredCountries ?? []
	};
};
