import { m } from '#lib/messages';
import { LOCALES } from '#lib/i18n';
import { OPTION_SLOTS, QUESTION_SLOTS } from '#lib/training';

export const LANG_LABEL: Record<string, string> = { ky: 'Кыргызча', ru: 'Русский', en: 'English' };

export const COURSE_SPECS = [
	{ name: 'title', kind: 'translated', label: 'course_title_label' },
	{ name: 'summary', kind: 'translated-long', label: 'course_summary_label' }
];
export const MODULE_SPECS = [
	{ name: 'title', kind: 'translated', label: 'module_title_label' },
	{ name: 'body', kind: 'translated-long', label: 'module_body_label' },
	{ name: 'videoUrl', kind: 'url', label: 'module_video_label' }
];

const translatedLabels = (name: string, label: string) => Object.fromEntries(LOCALES.map((l) => [`${name}.${l}`, `${label} (${LANG_LABEL[l]})`]));

/** Field labels for the error summary of the course and module forms. */
export function courseLabels(): Record<string, string> {
	return { slug: m.course_slug_label(), ...translatedLabels('title', m.course_title_label()), ...translatedLabels('summary', m.course_summary_label()) };
}

export function moduleLabels(): Record<string, string> {
	const out: Record<string, string> = {
		...translatedLabels('title', m.module_title_label()),
		...translatedLabels('body', m.module_body_label()),
		videoUrl: m.module_video_label()
	};
	for (let q = 0; q < QUESTION_SLOTS; q++) {
		const question = m.quiz_question_n({ n: q + 1 });
		Object.assign(out, translatedLabels(`q${q}`, question), { [`q${q}_correct`]: `${question}: ${m.quiz_correct_label()}` });
		for (let o = 0; o < OPTION_SLOTS; o++) Object.assign(out, translatedLabels(`q${q}_o${o}`, `${question}, ${m.quiz_option_n({ n: o + 1 })}`));
	}
	return out;
}
