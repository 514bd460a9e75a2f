import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { makeOrganisation, makeStaff } from '../../../../tests/support/factories';
import { expectDenied } from '../../../../tests/support/isolation';
import { auditLog } from '../audit/audit.table';
import { getDb } from '../db/client';
import { apiKey } from './api-keys.table';
import { authenticateApiKey, createApiKey, listApiKeys, revokeApiKey, rotateApiKey } from './api-keys.service';
import { partnerCaseReader } from './partner-actor';

const db = getDb();

describe('partner API keys', () => {
	it('shown once, kept hashed, scoped, revoked, rotated with a day of grace; another organisation gets nothing', async () => {
		const org = await makeOrganisation('ngo');
		const admin = await makeStaff(org.id, 'supervisor');
		const worker = await makeStaff(org.id, 'case_worker');
		expect(await createApiKey(db, admin, { name: '', scopes: [] })).toMatchObject({
			ok: false,
			errors: { name: 'error_required', scopes: 'error_choose_one' }
		});
		expect((await createApiKey(db, admin, { name: 'x', scopes: ['everything'] })).ok).toBe(false);
		await expectDenied(() => createApiKey(db, worker, { name: 'x', scopes: ['public.read'] }));

		const created = await createApiKey(db, admin, { name: 'Hotline CRM', scopes: ['cases.read', 'help_requests.create'], days: '30' });
		if (!created.ok) throw new Error('create');
		const { token, id } = created.data;
		expect(token).toMatch(/^sapar_[A-Za-z0-9_-]{40}$/);
		const [row] = await db.select().from(apiKey).where(eq(apiKey.id, id));
		expect(row.hash).not.toContain(token);
		expect(JSON.stringify(row)).not.toContain(token.slice(12));
		expect((await listApiKeys(db, admin)).map((k) => k.id)).toContain(id);
		expect(JSON.stringify(await listApiKeys(db, admin))).not.toContain(token);

		const partner = await authenticateApiKey(db, token);
		expect(partner).toMatchObject({ keyId: id, organisationId: org.id, scopes: ['cases.read', 'help_requests.create'] });
		expect(await authenticateApiKey(db, `${token}x`)).toBeNull();
		expect(await authenticateApiKey(db, 'Bearer nonsense')).toBeNull();
		expect(partnerCaseReader(partner!)).toMatchObject({ role: 'case_worker', organisationId: org.id });
		expect(partnerCaseReader({ ...partner!, scopes: ['public.read'] })).toBeInstanceOf(Response);

		// Another organisation's administrator can neither see nor revoke it.
		const other = await makeOrganisation('ngo');
		const otherAdmin = await makeStaff(other.id, 'supervisor');
		expect((await listApiKeys(db, otherAdmin)).map((k) => k.id)).not.toContain(id);
		await expectDenied(() => revokeApiKey(db, otherAdmin, id));
		await expectDenied(() => rotateApiKey(db, otherAdmin, id));
		expect(await authenticateApiKey(db, token)).not.toBeNull();

		// Rotation: the new key works; the old one still works for a day, then not.
		const rotated = await rotateApiKey(db, admin, id);
		expect(await authenticateApiKey(db, rotated.token)).toMatchObject({ organisationId: org.id });
		const [old] = await db.select().from(apiKey).where(eq(apiKey.id, id));
		expect(old.expiresAt.getTime() - Date.now()).toBeLessThanOrEqual(24 * 3600_000);
		await db
			.update(apiKey)
			.set({ expiresAt: new Date(Date.now() - 1000) })
			.where(eq(apiKey.id, id));
		expect(await authenticateApiKey(db, token)).toBeNull();

		await revokeApiKey(db, admin, rotated.id);
		expect(await authenticateApiKey(db, rotated.token)).toBeNull();
		const audited = await db.select().from(auditLog).where(eq(auditLog.actorUserId, admin.userId));
		expect(audited.map((a) => a.action)).toEqual(expect.arrayContaining(['apikey.create', 'apikey.rotate', 'apikey.revoke']));
	});
});
