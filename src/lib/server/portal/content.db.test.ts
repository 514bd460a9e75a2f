import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { makeOrganisation, makeStaff } from '../../../../tests/support/factories';
import { expectDenied } from '../../../../tests/support/isolation';
import { auditLog } from '../audit/audit.table';
import { getDb } from '../db/client';
import { contentHistory, decideRevision, openEditor, saveRevision } from './content.service';
import { toFormValues } from './content.spec';
import { faq, law } from './portal.table';
import type { Locale } from '#lib/i18n';
import { search } from './search';

async function editors() {
	const centre = await makeOrganisation('employment_centre');
	return { a: await makeStaff(centre.id, 'content_editor'), b: await makeStaff(centre.id, 'content_editor'), cw: await makeStaff(centre.id, 'case_worker') };
}

const newFaq = (slug: string) => ({
	slug,
	'question.ky': 'Паспортту ким сактайт?',
	'question.ru': 'Кто хранит паспорт?',
	'question.en': 'Who keeps my passport?',
	'answer.ky': 'Паспортуңузду өзүңүз сактаңыз.',
	'answer.ru': 'Паспорт храните сами. **Никому** его не отдавайте.',
	'answer.en': 'You keep your passport.',
	'source.title': 'Test source',
	needsReview: 'on'
});

describe('editorial workflow', () => {
	it('draft → review by a second editor → published, searchable, with history and audit', async () => {
		const { a, b } = await editors();
		const slug = `faq-${Date.now()}`;
		const saved = await saveRevision(getDb(), a, 'faq', null, newFaq(slug), true);
		expect(saved.ok).toBe(true);
		if (!saved.ok) return;
		expect(await getDb().select().from(faq).where(eq(faq.slug, slug))).toHaveLength(0); // not live yet

		// The author cannot publish their own change.
		await expect(decideRevision(getDb(), a, saved.data.revisionId, 'approve', '')).rejects.toMatchObject({ code: 'forbidden' });
		const decided = await decideRevision(getDb(), b, saved.data.revisionId, 'approve', '');
		expect(decided.ok).toBe(true);
		const [live] = await getDb().select().from(faq).where(eq(faq.slug, slug));
		expect(live.answer.ru).toContain('**Никому**');

		const results = await search(getDb(), 'pasport hranit', 'en');
		expect(results.some((r) => r.url === `/en/faq#${slug}`)).toBe(true);

		// Edit again: the history shows both versions with a word diff.
		const editor = await openEditor(getDb(), a, 'faq', saved.data.entityId);
		const again = await saveRevision(getDb(), a, 'faq', saved.data.entityId, { ...editor.values, 'answer.en': 'Keep your passport yourself.' }, true);
		expect(again.ok).toBe(true);
		if (!again.ok) return;
		const rejected = await decideRevision(getDb(), b, again.data.revisionId, 'reject', '');
		expect(rejected).toEqual({ ok: false, errors: { note: 'error_reject_reason' } });
		await decideRevision(getDb(), b, again.data.revisionId, 'approve', 'ok');
		const history = await contentHistory(getDb(), a, 'faq', saved.data.entityId);
		expect(history.map((h) => [h.version, h.status])).toEqual([
			[2, 'published'],
			[1, 'superseded']
		]);
		const change = history[0].diff.find((d) => d.field === 'answer.en')!;
		expect(change.parts.some((p) => p.added)).toBe(true);
		const audit = await getDb()
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.entityId, saved.data.entityId), eq(auditLog.action, 'content.publish')));
		expect(audit).toHaveLength(2);
	});

	it('bad input is refused with field errors and changes nothing', async () => {
		const { a } = await editors();
		const result = await saveRevision(
			getDb(),
			a,
			'law',
			null,
			{ slug: 'Bad Slug', kind: 'castle', 'title.ky': '', 'source.url': 'javascript:alert(1)', 'summary.en': 'x'.repeat(7000) },
			false
		);
		expect(result).toEqual({
			ok: false,
			errors: {
				slug: 'error_slug',
				kind: 'error_choose_one',
				status: 'error_required',
				reviewedOn: 'error_required',
				'title.ky': 'error_translation_required',
				'summary.en': 'error_too_long',
				'source.title': 'error_required',
				'source.url': 'error_url'
			}
		});
	});

	it('only content editors edit, and another editor cannot take over an open draft', async () => {
		const { a, b, cw } = await editors();
		const [someLaw] = await getDb().select().from(law).limit(1);
		await expectDenied(() => openEditor(getDb(), cw, 'law', someLaw.id));
		await expectDenied(() => saveRevision(getDb(), cw, 'faq', null, newFaq(`x-${Date.now()}`), true));
		const values = toFormValues('law', { ...someLaw });
		const draft = await saveRevision(getDb(), a, 'law', someLaw.id, values, false);
		expect(draft.ok).toBe(true);
		expect(await saveRevision(getDb(), b, 'law', someLaw.id, values, false)).toEqual({ ok: false, errors: { form: 'error_being_edited' } });
	});
});

describe('search', () => {
	it('forgives typos and Latin-typed Russian and Kyrgyz; odd queries are harmless', async () => {
		for (const q of ['registraciya', 'регистрацыя', 'kazakstan', 'патент Россия']) {
			expect((await search(getDb(), q, 'ru')).length, q).toBeGreaterThan(0);
		}
		for (const q of ['', '   ', "'; drop table law; --", '<script>alert(1)</script>', 'x'.repeat(5000)]) {
			await expect(search(getDb(), q, 'ky')).resolves.toBeInstanceOf(Array);
		}
		expect(await getDb().select().from(law).limit(1)).toHaveLength(1);
	});

	// What people type, in three languages and two scripts → a page that must be among the first results.
	const CASES: [string, Locale, RegExp][] = [
		['патнет', 'ru', /\/countries\/ru#work|faq#work-permit-russia/], // a swapped letter in Cyrillic
		['патент', 'ky', /\/countries\/ru#work|faq#work-permit-russia/],
		['patent rossiya', 'ru', /\/countries\/ru#work/],
		['консульский учёт', 'ru', /\/ru\/account\/registration$/],
		['konsulskiy uchet', 'ru', /\/ru\/account\/registration$/],
		['консулдук каттоо', 'ky', /\/ky\/account\/registration$/],
		['konsuldu kattoo', 'ky', /\/ky\/account\/registration$/], // Latin-typed Kyrgyz with a missing letter
		['consular registration', 'en', /\/en\/account\/registration$/],
		['попросить о помощи', 'ru', /\/ru\/help\/request$/],
		['жардам суроо', 'ky', /\/ky\/help\/request$/],
		['ask for help', 'en', /\/en\/help\/request$/],
		['статус обращения', 'ru', /\/ru\/help\/track$/],
		['track a case', 'en', /\/en\/help\/track$/],
		['проверить договор', 'ru', /\/ru\/contract-check$/],
		['келишимди текшерүү', 'ky', /\/ky\/contract-check$/],
		['pre-departure training', 'en', /\/en\/training$/],
		['окуу', 'ky', /\/ky\/training$/],
		['лицензия агентства', 'ru', /\/ru\/agencies$/],
		['litsenziya agentstva', 'ru', /\/ru\/agencies$/],
		['emergency numbers', 'en', /\/en\/help\/urgent$/]
	];
	it.each(CASES)('%s (%s) finds the page about it among the first three', async (q, lang, expected) => {
		const urls = (await search(getDb(), q, lang)).map((r) => r.url);
		expect(
			urls.slice(0, 3).some((u) => expected.test(u)),
			`${q} → ${urls.slice(0, 5).join(' ')}`
		).toBe(true);
	});

	it('a page about the thing ranks above pages that mention it', async () => {
		const [first] = await search(getDb(), 'консульский учёт', 'ru');
		expect(first.title).toMatch(/Консульский учёт/);
		expect(first.kind).toBe('service');
	});
});
