import { redirect } from '@sveltejs/kit';

export const load = ({ url, params }) => {
	const code = url.searchParams.get('code')?.trim().toUpperCase().slice(0, 40);
	if (code) redirect(303, `/${params.lang}/certificates/${encodeURIComponent(code)}`);
	return {};
};
