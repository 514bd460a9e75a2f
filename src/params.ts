import { defineParams } from '@sveltejs/kit/params';

// Loaded by Node directly during the build, so it imports nothing of ours.
export const params = defineParams({
	lang: (param) => (param === 'ky' || param === 'ru' || param === 'en' ? param : undefined)
});
