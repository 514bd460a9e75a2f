import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { makeMigrant, makeOrganisation, makeStaff } from '../../../../tests/support/factories';
import { expectDenied } from '../../../../tests/support/isolation';
import { auditLog } from '../audit/audit.table';
import { getDb } from '../db/client';
import { invitation, membership, organisation } from './org.table';
import { changeMemberRole, createOrganisation, getOrganisation, inviteMember, listMembers, listOrganisations } from './org.service';

const validOrg = (slug: string) => ({ kind: 'ngo', slug, nameKy: 'Жаңы уюм', nameRu: 'Новая организация', nameEn: '', countryIso2: 'kg', city: 'Ош' });

describe('organisations', () => {
	it('an admin creates an organisation, audited', async () => {
		const home = await makeOrganisation('ministry');
		const admin = await makeStaff(home.id, 'admin');
		const slug = `new-${Date.now()}`;
		const result = await createOrganisation(getDb(), admin, validOrg(slug));
		expect(result.ok).toBe(true);
		const [row] = await getDb().select().from(organisation).where(eq(organisation.slug, slug));
		expect(row.name).toEqual({ ky: 'Жаңы уюм', ru: 'Новая организация' });
		expect(row.countryIso2).toBe('KG');
		const audit = await getDb()
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.entityId, row.id), eq(auditLog.action, 'organisation.create')));
		expect(audit).toHaveLength(1);
		expect(audit[0].actorUserId).toBe(admin.userId);
	});

	it('bad input gets field errors and changes nothing', async () => {
		const home = await makeOrganisation('ministry');
		const admin = await makeStaff(home.id, 'admin');
		const before = (await getDb().select().from(organisation)).length;
		const result = await createOrganisation(getDb(), admin, { kind: 'castle', slug: 'Bad Slug!', nameKy: ' ', countryIso2: 'Z9' });
		expect(result).toEqual({
			ok: false,
			errors: { kind: 'error_choose_one', slug: 'error_slug', nameKy: 'error_required', countryIso2: 'error_country' }
		});
		const unknownCountry = await createOrganisation(getDb(), admin, { ...validOrg(`x-${Date.now()}`), countryIso2: 'QQ' });
		expect(unknownCountry).toEqual({ ok: false, errors: { countryIso2: 'error_country' } });
		expect((await getDb().select().from(organisation)).length).toBe(before);
	});

	it('only admins create organisations', async () => {
		const home = await makeOrganisation('employment_centre');
		const supervisor = await makeStaff(home.id, 'supervisor');
		await expectDenied(() => createOrganisation(getDb(), supervisor, validOrg(`nope-${Date.now()}`)));
		await expectDenied(async () => createOrganisation(getDb(), await makeMigrant(), validOrg(`nope2-${Date.now()}`)));
	});

	it('staff see only their own organisation; admins see all', async () => {
		const x = await makeOrganisation('ngo');
		const y = await makeOrganisation('ngo');
		const caseWorkerX = await makeStaff(x.id, 'case_worker');
		const listed = await listOrganisations(getDb(), caseWorkerX);
		expect(listed.map((o) => o.id)).toEqual([x.id]);
		await expectDenied(() => getOrganisation(getDb(), caseWorkerX, y.id));
		const admin = await makeStaff((await makeOrganisation('ministry')).id, 'admin');
		expect((await listOrganisations(getDb(), admin)).map((o) => o.id)).toEqual(expect.arrayContaining([x.id, y.id]));
	});
});

describe('members and invitations — organisation isolation', () => {
	it('a supervisor invites into their own organisation, and the email is queued', async () => {
		const x = await makeOrganisation('employment_centre');
		const supervisor = await makeStaff(x.id, 'supervisor');
		const email = `new-${Date.now()}@example.kg`;
		const result = await inviteMember(getDb(), supervisor, x.id, { email, role: 'case_worker' });
		expect(result.ok).toBe(true);
		const rows = await getDb().select().from(invitation).where(eq(invitation.email, email));
		expect(rows).toHaveLength(1);
		expect(rows[0].tokenHash).toMatch(/^[0-9a-f]{64}$/);
	});

	it('a user of organisation X cannot read or change organisation Y', async () => {
		const x = await makeOrganisation('employment_centre');
		const y = await makeOrganisation('employment_centre');
		const supervisorX = await makeStaff(x.id, 'supervisor');
		const staffY = await makeStaff(y.id, 'case_worker');
		const [memberY] = await getDb().select().from(membership).where(eq(membership.userId, staffY.userId));
		const email = `intruder-${Date.now()}@example.kg`;

		await expectDenied(() => listMembers(getDb(), supervisorX, y.id));
		await expectDenied(() => inviteMember(getDb(), supervisorX, y.id, { email, role: 'case_worker' }));
		await expectDenied(() => changeMemberRole(getDb(), supervisorX, { membershipId: memberY.id, role: 'supervisor' }));

		expect(await getDb().select().from(invitation).where(eq(invitation.email, email))).toHaveLength(0);
		const [after] = await getDb().select().from(membership).where(eq(membership.id, memberY.id));
		expect(after.role).toBe('case_worker');
	});

	it('roles must suit the organisation kind; role changes are audited', async () => {
		const agency = await makeOrganisation('agency');
		const admin = await makeStaff((await makeOrganisation('ministry')).id, 'admin');
		const bad = await inviteMember(getDb(), admin, agency.id, { email: `a-${Date.now()}@example.kg`, role: 'licensing_officer' });
		expect(bad).toEqual({ ok: false, errors: { role: 'error_role_not_for_kind' } });

		const centre = await makeOrganisation('employment_centre');
		const worker = await makeStaff(centre.id, 'case_worker');
		const [m] = await getDb().select().from(membership).where(eq(membership.userId, worker.userId));
		expect((await changeMemberRole(getDb(), admin, { membershipId: m.id, role: 'supervisor' })).ok).toBe(true);
		const audit = await getDb()
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.entityId, m.id), eq(auditLog.action, 'member.role_change')));
		expect(audit[0].data).toMatchObject({ from: 'case_worker', to: 'supervisor' });
	});
});
