import { and, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { makeOrganisation, makeStaff } from '../../../../tests/support/factories';
import { expectDenied } from '../../../../tests/support/isolation';
import { auditLog } from '../audit/audit.table';
import { message } from '../channels/channels.table';
import { helpCase } from '../cases/cases.table';
import { getDb } from '../db/client';
import { directoryEntry } from '../portal/portal.table';
import { statCube } from '../statistics/statistics.table';
import { refreshStatistics } from '../statistics/statistics.service';
import { callCounts, callToCase, getCall, listCalls, logCall, referCall, sendCallLink } from './hotline.service';
import { hotlineCall } from './hotline.table';

const QUESTION = 'Is the Ak-Jol agency allowed to recruit for Korea? My brother paid them.';

async function desk(kind: 'employment_centre' | 'ngo' | 'consulate' = 'employment_centre') {
	const org = await makeOrganisation(kind);
	return { org, operator: await makeStaff(org.id, 'case_worker') };
}

async function logged(operator: Awaited<ReturnType<typeof desk>>['operator'], extra: Record<string, string> = {}) {
	const result = await logCall(getDb(), operator, {
		phone: '0700 555 123',
		language: 'ky',
		topic: 'law',
		destination: 'kr',
		question: QUESTION,
		answer: 'Check the licence register.',
		...extra
	});
	if (!result.ok) throw new Error(JSON.stringify(result.errors));
	return result.data.id;
}

describe('the hotline desk', () => {
	it('logs a call encrypted at rest, shows it to its organisation only, and audits without personal data', async () => {
		const { org, operator } = await desk();
		const id = await logged(operator);
		const [raw] = await getDb()
			.execute<Record<string, unknown>>(sql`select * from hotline_call where id = ${id}`)
			.then((r) => r.rows);
		const everything = JSON.stringify(raw);
		for (const secret of ['Ak-Jol', '555 123', '700555123', 'licence register']) expect(everything).not.toContain(secret);
		expect(raw.organisation_id).toBe(org.id);
		expect(raw.destination_iso2).toBe('KR');

		const list = await listCalls(getDb(), operator);
		expect(list).toHaveLength(1);
		expect(JSON.stringify(list)).not.toContain('Ak-Jol');
		const call = await getCall(getDb(), operator, id);
		expect(call).toMatchObject({ question: QUESTION, topic: 'law', language: 'ky', phone: '+996700…123' });
		// Decrypting needs a recent sign-in (issue 15): a colleague signed in long ago is sent to re-authenticate,
		// the operator who has just logged the call is not; neither view is recorded as done.
		const colleague = { ...(await makeStaff(org.id, 'case_worker')), authenticatedAt: new Date(Date.now() - 3_600_000) };
		await expect(getCall(getDb(), colleague, id)).rejects.toMatchObject({ code: 'reauth_required' });
		expect(await getCall(getDb(), { ...colleague, authenticatedAt: new Date() }, id)).toMatchObject({ question: QUESTION });
		expect(await getCall(getDb(), { ...operator, authenticatedAt: new Date(Date.now() - 3_600_000) }, id)).toMatchObject({ question: QUESTION });
		await expect(
			getCall(getDb(), { ...operator, authenticatedAt: new Date(Date.now() - 3_600_000) }, id, new Date(Date.now() + 31 * 60_000))
		).rejects.toMatchObject({ code: 'reauth_required' });
		const audits = await getDb().select().from(auditLog).where(eq(auditLog.entityId, id));
		expect(audits.map((a) => a.action).sort()).toEqual(['hotline.log', 'hotline.view', 'hotline.view', 'hotline.view']);
		// Look for the secrets themselves: a random uuid can contain "555".
		for (const secret of ['Ak-Jol', '555 123', '700555123', 'licence register']) expect(JSON.stringify(audits)).not.toContain(secret);

		// Another organisation's operator gets nothing: not the list, not the call, no action on it.
		const other = await desk('ngo');
		const supervisor = await makeStaff(other.org.id, 'supervisor');
		expect(await listCalls(getDb(), other.operator)).toEqual([]);
		expect((await callCounts(getDb(), supervisor)).total).toBe(0);
		for (const actor of [other.operator, supervisor]) {
			await expectDenied(() => getCall(getDb(), actor, id));
			await expectDenied(() => sendCallLink(getDb(), actor, id, { target: 'agencies' }));
			await expectDenied(() => callToCase(getDb(), actor, id, { consent: 'yes', type: 'other', city: 'Seoul', narrative: QUESTION }));
			await expectDenied(() => referCall(getDb(), actor, id, { consent: 'yes', entryId: id }));
		}
		const [after] = await getDb().select().from(hotlineCall).where(eq(hotlineCall.id, id));
		expect(after).toMatchObject({ smsCount: 0, caseId: null, referralEntryId: null });
	});

	it('refuses roles and organisations without a desk, and bad input changes nothing', async () => {
		const agency = await makeOrganisation('agency');
		await expectDenied(() => logCall(getDb(), { userId: 'x', role: 'agency_user', organisationId: agency.id }, {}));
		const diaspora = await makeOrganisation('diaspora');
		await expectDenied(async () => logCall(getDb(), await makeStaff(diaspora.id, 'case_worker'), { language: 'ky', topic: 'law', question: 'x' }));
		const { operator } = await desk();
		const bad = await logCall(getDb(), operator, { phone: '12', language: 'xx', topic: '', destination: 'ZZ', question: ' ' });
		expect(bad).toEqual({ ok: false, errors: { language: 'error_choose_one', topic: 'error_choose_one', question: 'error_required' } });
		expect(await logCall(getDb(), operator, { phone: '12', language: 'ru', topic: 'work', question: 'q' })).toEqual({
			ok: false,
			errors: { phone: 'error_phone_invalid' }
		});
		expect(await logCall(getDb(), operator, { language: 'ru', topic: 'work', destination: 'ZZ', question: 'q' })).toEqual({
			ok: false,
			errors: { destination: 'error_country' }
		});
		expect(await listCalls(getDb(), operator)).toEqual([]);
	});

	it('sends links by SMS, opens a case and a referral only with consent, and counts calls without names', async () => {
		const { operator } = await desk('consulate');
		const id = await logged(operator);
		const anonymous = await logged(operator, { phone: '', topic: 'travel', language: 'ru', destination: '' });

		expect(await sendCallLink(getDb(), operator, anonymous, { target: 'help' })).toEqual({ ok: false, errors: { form: 'error_hotline_no_phone' } });
		expect((await sendCallLink(getDb(), operator, id, { target: 'country' })).ok).toBe(true);
		const sms = await getDb()
			.select()
			.from(message)
			.where(and(eq(message.address, '+996700555123'), eq(message.purpose, 'hotline')));
		expect(sms.map((s) => s.body)).toEqual([expect.stringMatching(/\/ky\/countries\/kr$/)]);

		const noConsent = await callToCase(getDb(), operator, id, { type: 'recruiter_deception', city: 'Seoul', narrative: QUESTION });
		expect(noConsent).toEqual({ ok: false, errors: { consent: 'error_hotline_consent' } });
		const created = await callToCase(getDb(), operator, id, { consent: 'yes', type: 'recruiter_deception', city: 'Seoul', narrative: QUESTION });
		if (!created.ok) throw new Error(JSON.stringify(created.errors));
		const [opened] = await getDb().select().from(helpCase).where(eq(helpCase.number, created.data.number));
		expect(opened).toMatchObject({ type: 'recruiter_deception', countryIso2: 'KR', language: 'ky' });
		expect((await getCall(getDb(), operator, id)).caseNumber).toBe(created.data.number);
		await expect(callToCase(getDb(), operator, id, { consent: 'yes', type: 'other', city: 'Seoul', narrative: QUESTION })).rejects.toMatchObject({
			code: 'conflict'
		});
		const codes = await getDb().select().from(message).where(eq(message.refId, opened.id));
		expect(codes[0].body).toContain(created.data.trackingCode);

		const [entry] = await getDb()
			.insert(directoryEntry)
			.values({
				slug: `test-${id.slice(0, 8)}`,
				kind: 'ngo',
				name: { en: 'Test help line' },
				countryIso2: 'KR',
				phones: ['+82 2 000 0000'],
				services: { en: 'Advice' },
				source: { document: 'test' } as never
			})
			.returning();
		expect(await referCall(getDb(), operator, anonymous, { entryId: entry.id })).toEqual({ ok: false, errors: { consent: 'error_hotline_consent' } });
		expect((await referCall(getDb(), operator, anonymous, { consent: 'yes', entryId: entry.id })).ok).toBe(true);
		expect((await getCall(getDb(), operator, anonymous)).referral?.name).toEqual({ en: 'Test help line' });

		const counts = await callCounts(getDb(), operator);
		expect(counts.total).toBe(2);
		expect(counts.topic).toEqual(
			expect.arrayContaining([
				{ key: 'law', n: 1 },
				{ key: 'travel', n: 1 }
			])
		);
		expect(counts.destination).toEqual(
			expect.arrayContaining([
				{ key: 'KR', n: 1 },
				{ key: null, n: 1 }
			])
		);

		await refreshStatistics(getDb());
		const cube = await getDb().select().from(statCube).where(eq(statCube.measure, 'hotline_calls'));
		expect(cube.reduce((s, r) => s + r.n, 0)).toBeGreaterThanOrEqual(2);
	});
});
