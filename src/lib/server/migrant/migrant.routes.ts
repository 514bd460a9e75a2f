import { redirect, type RequestEvent } from '@sveltejs/kit';
import type { Actor } from '../access/access';

/** The signed-in migrant, or a redirect to the phone sign-in of this language. */
export function requireMigrant(event: RequestEvent): Actor {
	const viewer = event.locals.viewer;
	if (!viewer?.actor || viewer.user.kind !== 'migrant') redirect(303, `/${event.locals.locale}/sign-in`);
	return viewer.actor;
}

/** The profile form as the service's input (lists from checkbox groups, skills from pairs). */
export function profileInput(data: FormData) {
	const str = (k: string) => (typeof data.get(k) === 'string' ? (data.get(k) as string) : '');
	const all = (k: string) => data.getAll(k).filter((v): v is string => typeof v === 'string');
	return {
		fullName: str('fullName'),
		birthDate: str('birthDate'),
		sex: str('sex'),
		regionCode: str('regionCode'),
		education: str('education'),
		languages: all('languages'),
		desiredCountries: all('desiredCountries'),
		skills: all('skills').map((code) => ({ occupationCode: code, years: str(`years_${code}`) || '0' }))
	};
}
