import { error } from '@sveltejs/kit';
import { tr, type Locale } from '#lib/i18n';
import { answerOf, recipientByToken, recordAnswer } from '#lib/server/alerts/answers.service';
import { fill } from '#lib/server/alerts/template';
import { getDb } from '#lib/server/db/client';
import { isAppError } from '#lib/server/errors';

async function load_(token: string) {
	try {
		return await recipientByToken(getDb(), token);
	} catch (e) {
		if (isAppError(e) && e.code === 'not_found') error(404, 'Not found');
		throw e;
	}
}

export const load = async ({ params, locals }) => {
	const locale = locals.locale as Locale;
	const { r, a } = await load_(params.token);
	return {
		title: tr(a.title, locale),
		text: fill(a.body[locale] ?? a.body.ky ?? '', { city: r.city ?? '', link: '' }).trim(),
		asksAnswer: a.asksAnswer,
		answer: r.answer
	};
};

export const actions = {
	default: async ({ params, request }) => {
		const { r, a } = await load_(params.token);
		const data = await request.formData();
		const answer = answerOf(String(data.get('answer') ?? ''));
		if (!a.asksAnswer || !answer) return { answered: null };
		const outcome = await recordAnswer(getDb(), r.id, answer, 'link');
		return { answered: outcome.answer, caseNumber: outcome.caseNumber, trackingCode: outcome.trackingCode };
	}
};
