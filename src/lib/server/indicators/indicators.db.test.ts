import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { makeMigrant, makeOrganisation, makeStaff } from '../../../../tests/support/factories';
import { expectDenied } from '../../../../tests/support/isolation';
import { auditLog } from '../audit/audit.table';
import { getDb } from '../db/client';
import { findOrganisationBySlug } from '../org/org.repository';
import { getIndicatorHistory, listForEditing, recordProgress } from './progress.service';
import { getDomain, listDomains } from './indicators.service';
import { loadIndicatorContent } from './indicators.seed';

const db = () => getDb();

describe('MGI indicators (public)', () => {
	it('lists the six domains with their counts; loading the files again changes nothing', async () => {
		const before = await listDomains(db());
		expect(before.map((d) => d.slug)).toEqual([
			'migrants-rights',
			'whole-of-government',
			'partnerships',
			'well-being',
			'mobility-crises',
			'safe-orderly-regular'
		]);
		for (const d of before) {
			expect(d.indicators).toBeGreaterThan(0);
			expect(d.wellDeveloped).toBeGreaterThan(0);
			expect(d.furtherDevelopment).toBeGreaterThan(0);
		}
		await loadIndicatorContent(db());
		expect(await listDomains(db())).toEqual(before);
	});

	it('a domain page has its indicators, both rounds and the 2022 findings linked to laws', async () => {
		const found = (await getDomain(db(), 'migrants-rights'))!;
		expect(found.domain.title.ru).toContain('прав мигрантов');
		expect(found.rounds.map((r) => r.year)).toEqual([2018, 2022]);
		expect(found.rounds[0].findings).toEqual([]);
		const education = found.rounds[1].findings.find((f) => f.slug === '2022-rights-education')!;
		expect(education.laws.map((l) => l.slug)).toEqual(['law-foreign-nationals-1993']);
		expect(education.indicator?.en).toBe('Access to education');
		expect(found.indicators.every((i) => i.progress === null)).toBe(true);
		expect(await getDomain(db(), 'nope')).toBeNull();
		expect(await getDomain(db(), "x' or 1=1 --")).toBeNull();
	});
});

describe('MGI progress between rounds (editors)', () => {
	it('an editor records progress with evidence; history is kept, audited and shown; bad input changes nothing', async () => {
		const ministry = (await findOrganisationBySlug(db(), 'ministry-licensing'))!;
		const editor = await makeStaff(ministry.id, 'content_editor');
		const domains = await listForEditing(db(), editor);
		const indicator = domains.find((d) => d.slug === 'migrants-rights')!.indicators.find((i) => i.title.en === 'Access to work and self-employment')!;
		const input = {
			status: 'in_progress',
			note_ky: 'Долбоор даярдалды',
			note_ru: 'Подготовлен проект',
			note_en: 'A draft is ready',
			observedOn: '2026-03-01',
			evidenceUrl: 'https://example.org/draft',
			evidenceTitle: 'Draft law'
		};

		expect(
			await recordProgress(db(), editor, indicator.id, {
				...input,
				note_ru: '',
				status: 'finished',
				observedOn: '2999-01-01',
				evidenceUrl: 'javascript:alert(1)'
			})
		).toMatchObject({
			ok: false,
			errors: { note_ru: 'error_required', status: 'error_choose_one', observedOn: 'error_date_future', evidenceUrl: 'error_url' }
		});
		expect((await getIndicatorHistory(db(), editor, indicator.id)).history).toEqual([]);

		expect((await recordProgress(db(), editor, indicator.id, input)).ok).toBe(true);
		expect(
			(await recordProgress(db(), editor, indicator.id, { ...input, status: 'achieved', observedOn: '2026-06-01', note_en: 'Adopted', evidenceUrl: '' })).ok
		).toBe(true);
		const { history } = await getIndicatorHistory(db(), editor, indicator.id);
		expect(history.map((h) => [h.status, h.note.en, h.evidenceUrl])).toEqual([
			['achieved', 'Adopted', null],
			['in_progress', 'A draft is ready', 'https://example.org/draft']
		]);
		const page = (await getDomain(db(), 'migrants-rights'))!;
		expect(page.indicators.find((i) => i.id === indicator.id)!.progress).toMatchObject({ status: 'achieved', observedOn: '2026-06-01' });
		const audited = await db()
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.action, 'indicator.progress'), eq(auditLog.entityId, indicator.id)));
		expect(audited.map((a) => a.actorUserId)).toEqual([editor.userId, editor.userId]);
	});

	it('other roles are refused and nothing is written', async () => {
		const ministry = (await findOrganisationBySlug(db(), 'ministry-licensing'))!;
		const analyst = await makeStaff(ministry.id, 'analyst');
		const worker = await makeStaff((await makeOrganisation('ngo')).id, 'case_worker');
		const migrant = await makeMigrant();
		const editor = await makeStaff(ministry.id, 'content_editor');
		const indicator = (await listForEditing(db(), editor))[0].indicators[0];
		const input = { status: 'no_change', note_ky: 'а', note_ru: 'б', note_en: 'c', observedOn: '2026-01-01' };
		for (const actor of [analyst, worker, migrant]) {
			await expectDenied(() => recordProgress(db(), actor, indicator.id, input));
			await expectDenied(() => listForEditing(db(), actor));
			await expectDenied(() => getIndicatorHistory(db(), actor, indicator.id));
		}
		await expectDenied(() => recordProgress(db(), editor, '00000000-0000-4000-8000-000000000000', input));
		await expectDenied(() => getIndicatorHistory(db(), editor, 'not-an-id'));
		expect((await getIndicatorHistory(db(), editor, indicator.id)).history).toEqual([]);
	});
});
