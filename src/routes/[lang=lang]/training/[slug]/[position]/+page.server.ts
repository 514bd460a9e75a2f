import { error, fail, redirect } from '@sveltejs/kit';
import { getDb } from '#lib/server/db/client';
import { requireMigrant } from '#lib/server/migrant/migrant.routes';
import { getCourse, submitQuiz } from '#lib/server/training/training.service';
import { formValues } from '#lib/server/validation';

export const load = async ({ params, locals }) => {
	const userId = locals.viewer?.user.kind === 'migrant' ? locals.viewer.user.id : null;
	const course = await getCourse(getDb(), params.slug, userId);
	const position = Number(params.position);
	const mod = course?.modules.find((m) => m.position === position);
	if (!course || !mod) error(404, 'Not found');
	const next = course.modules.find((m) => m.position === position + 1) ?? null;
	// The answers are checked on the server; the page never carries them.
	return {
		course: { slug: course.slug, title: course.title, total: course.modules.length },
		module: {
			position: mod.position,
			title: mod.title,
			body: mod.body,
			videoUrl: mod.videoUrl,
			passed: mod.passed,
			quiz: mod.quiz.map((q) => ({ question: q.question, options: q.options }))
		},
		next: next && { position: next.position },
		signedIn: !!userId
	};
};

export const actions = {
	default: async (event) => {
		const actor = requireMigrant(event);
		const values = formValues(await event.request.formData());
		const result = await submitQuiz(getDb(), actor, actor.userId, event.params.slug, Number(event.params.position), values);
		if (!result) error(404, 'Not found');
		if (!result.ok) return fail(400, { values, errors: result.errors });
		if (result.certificateCode && result.passed) redirect(303, `/${event.params.lang}/account/certificates?new=${result.certificateCode}`);
		return { result };
	}
};
