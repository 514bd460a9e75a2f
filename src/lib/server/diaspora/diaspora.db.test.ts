import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { makeOrganisation, makeStaff } from '../../../../tests/support/factories';
import { expectDenied } from '../../../../tests/support/isolation';
import { auditLog } from '../audit/audit.table';
import { getDb } from '../db/client';
import { associationsForMission, listPublicAssociations, myAssociations, saveAssociation, verifyAssociation } from './diaspora.service';
import { loadDiasporaContent } from './diaspora.seed';
import { diasporaAssociation } from './diaspora.table';

const INPUT = {
	nameRu: 'Кыргызы Сеула',
	countryIso2: 'kr',
	city: 'Seoul',
	help: ['information', 'housing'],
	description: 'Meets newcomers at the airport and helps find a room.',
	phone: '+82 2 123 4567'
};

describe('the diaspora directory', () => {
	it('representatives add associations, only a mission of that country verifies them, and only verified ones are public', async () => {
		const diaspora = await makeOrganisation('diaspora');
		const rep = await makeStaff(diaspora.id, 'supervisor');
		const saved = await saveAssociation(getDb(), rep, INPUT, 'en');
		if (!saved.ok) throw new Error(JSON.stringify(saved.errors));
		const id = saved.data.id;
		expect((await myAssociations(getDb(), rep)).map((a) => a.id)).toEqual([id]);
		const isPublic = async () => (await listPublicAssociations(getDb(), { country: 'kr', city: 'seoul' })).associations.some((a) => a.id === id);
		expect(await isPublic()).toBe(false);

		// A mission in another country, a non-mission, another diaspora organisation: nothing.
		const otherMission = await makeOrganisation('consulate', 'TR');
		const otherConsul = await makeStaff(otherMission.id, 'consular_officer');
		expect((await associationsForMission(getDb(), otherConsul)).some((a) => a.id === id)).toBe(false);
		await expectDenied(() => verifyAssociation(getDb(), otherConsul, id));
		const ngo = await makeOrganisation('ngo');
		const ngoSupervisor = await makeStaff(ngo.id, 'supervisor');
		await expectDenied(() => verifyAssociation(getDb(), ngoSupervisor, id));
		await expectDenied(() => saveAssociation(getDb(), ngoSupervisor, INPUT, 'en'));
		const otherDiaspora = await makeOrganisation('diaspora');
		const otherRep = await makeStaff(otherDiaspora.id, 'case_worker');
		expect(await myAssociations(getDb(), otherRep)).toEqual([]);
		await expectDenied(() => saveAssociation(getDb(), otherRep, { ...INPUT, city: 'Busan' }, 'en', id));
		expect(await isPublic()).toBe(false);

		const mission = await makeOrganisation('consulate', 'KR');
		const consul = await makeStaff(mission.id, 'consular_officer');
		expect((await associationsForMission(getDb(), consul)).find((a) => a.id === id)?.verifiedAt).toBeNull();
		await verifyAssociation(getDb(), consul, id);
		expect(await isPublic()).toBe(true);
		const [shown] = (await listPublicAssociations(getDb(), { country: 'KR' })).associations.filter((a) => a.id === id);
		expect(shown).toMatchObject({ city: 'Seoul', help: ['information', 'housing'], description: { en: INPUT.description } });
		expect(shown).not.toHaveProperty('verifiedBy');
		await expectDenied(() => verifyAssociation(getDb(), consul, id));
		const audits = await getDb().select().from(auditLog).where(eq(auditLog.entityId, id));
		expect(audits.map((a) => a.action).sort()).toEqual(['diaspora.save', 'diaspora.verify']);

		// A change by the representatives waits for verification again.
		expect((await saveAssociation(getDb(), rep, { ...INPUT, city: 'Incheon' }, 'ru', id)).ok).toBe(true);
		expect(await isPublic()).toBe(false);
	});

	it('refuses bad input with field errors and changes nothing', async () => {
		const rep = await makeStaff((await makeOrganisation('diaspora')).id, 'case_worker');
		const bad = await saveAssociation(getDb(), rep, { countryIso2: 'x', city: '', help: [], description: '' }, 'ky');
		expect(bad).toEqual({
			ok: false,
			errors: { countryIso2: 'error_country', city: 'error_required', help: 'error_choose_one', description: 'error_required' }
		});
		expect(await saveAssociation(getDb(), rep, { ...INPUT, nameRu: '' }, 'ky')).toEqual({ ok: false, errors: { nameKy: 'error_required' } });
		expect(await saveAssociation(getDb(), rep, { ...INPUT, countryIso2: 'ZZ' }, 'ky')).toEqual({ ok: false, errors: { countryIso2: 'error_country' } });
		expect(await myAssociations(getDb(), rep)).toEqual([]);
	});

	it('loads the associations the seed documents name, unverified and with their source', async () => {
		await loadDiasporaContent(getDb());
		const [z] = await getDb().select().from(diasporaAssociation).where(eq(diasporaAssociation.slug, 'zamandash'));
		expect(z).toMatchObject({ countryIso2: 'RU', needsReview: true, verifiedAt: null, source: { document: '004_37add4523c43590f.txt' } });
	});
});
