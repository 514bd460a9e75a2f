import { randomUUID } from 'node:crypto';
import { getDb } from '../../src/lib/server/db/client';
import type { Actor } from '../../src/lib/server/access/access';
import type { OrgKind, Role } from '../../src/lib/server/access/roles';
import { authUser } from '../../src/lib/server/auth/auth.table';
import { membership, organisation } from '../../src/lib/server/org/org.table';

/** Test data built the same way the app stores it; every call makes unique rows. */
export async function makeOrganisation(kind: OrgKind = 'ngo', countryIso2 = 'KG') {
	const slug = `test-${randomUUID().slice(0, 8)}`;
	const [row] = await getDb()
		.insert(organisation)
		.values({ slug, kind, name: { ky: `Уюм ${slug}`, en: `Org ${slug}` }, countryIso2 })
		.returning();
	return row;
}

export async function makeStaff(organisationId: string, role: Exclude<Role, 'migrant'>): Promise<Actor> {
	const id = randomUUID();
	await getDb()
		.insert(authUser)
		.values({ id, name: `Staff ${id.slice(0, 6)}`, email: `${id}@test.sapar`, kind: 'staff' });
	await getDb().insert(membership).values({ userId: id, organisationId, role });
	return { userId: id, role, organisationId, ip: '127.0.0.1' };
}

export async function makeMigrant(): Promise<Actor> {
	const id = randomUUID();
	await getDb()
		.insert(authUser)
		.values({ id, name: '', email: `${id}@phone.sapar.invalid`, kind: 'migrant' });
	return { userId: id, role: 'migrant', organisationId: null, ip: '127.0.0.1' };
}
