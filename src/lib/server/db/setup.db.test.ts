import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { authUser } from '../auth/auth.table';
import { DEMO_STAFF } from '../demo/demo.seed';
import { membership, organisation } from '../org/org.table';
import { getDb } from './client';
import { migrationsApplied } from './migrate';
import { prepareDatabase } from './setup';

describe('start-up data', () => {
	it('is idempotent: a second start keeps what users changed', { timeout: 180_000 }, async () => {
		const db = getDb();
		await prepareDatabase(db, { demo: true });
		await db
			.update(organisation)
			.set({ name: { ky: 'Өзгөртүлгөн аталыш' } })
			.where(eq(organisation.slug, 'ceca-osh'));
		const [admin] = await db.select().from(authUser).where(eq(authUser.email, 'admin@sapar.test'));
		await db.update(authUser).set({ name: 'Renamed Admin' }).where(eq(authUser.id, admin.id));

		await prepareDatabase(db, { demo: true });

		const [osh] = await db.select().from(organisation).where(eq(organisation.slug, 'ceca-osh'));
		expect(osh.name).toEqual({ ky: 'Өзгөртүлгөн аталыш' });
		const [again] = await db.select().from(authUser).where(eq(authUser.email, 'admin@sapar.test'));
		expect(again.name).toBe('Renamed Admin');
		const staff = await db.select().from(membership).innerJoin(authUser, eq(authUser.id, membership.userId));
		for (const demo of DEMO_STAFF) expect(staff.filter((s) => s.auth_user.email === demo.email)).toHaveLength(1);
		expect(await migrationsApplied(db)).toBe(true);
	});
});
