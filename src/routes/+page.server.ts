import { redirect } from '@sveltejs/kit';

// `/` goes to the home page in the language the person prefers (cookie, then browser, then Kyrgyz).
export const load = ({ locals }) => {
	redirect(302, `/${locals.locale}`);
};
