import { getDb } from '#lib/server/db/client';
import { requireMigrant } from '#lib/server/migrant/migrant.routes';
import { checklistCountries, getProfile } from '#lib/server/migrant/migrant.service';

export const load = async (event) => {
	const actor = requireMigrant(event);
	const db = getDb();
	const [countries, profile] = await Promise.all([checklistCountries(db), getProfile(db, actor, actor.userId)]);
	return { countries, desired: profile?.desiredCountries ?? [] };
};
