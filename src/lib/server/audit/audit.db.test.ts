import { desc, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '../db/client';
import { organisation } from '../org/org.table';
import { auditLog } from './audit.table';
import { recordAudit, verifyAuditChain } from './audit.service';

class Rollback extends Error {}

describe('audit log', () => {
	it('is written in the same transaction as the change', async () => {
		const db = getDb();
		const slug = `audit-${Date.now()}`;
		await expect(
			db.transaction(async (tx) => {
				const [org] = await tx
					.insert(organisation)
					.values({ slug, kind: 'ngo', name: { ky: slug }, countryIso2: 'KG' })
					.returning();
				await recordAudit(tx, { action: 'organisation.create', entityType: 'organisation', entityId: org.id });
				throw new Rollback();
			})
		).rejects.toBeInstanceOf(Rollback);
		expect(await db.select().from(organisation).where(eq(organisation.slug, slug))).toHaveLength(0);
		const rows = await db
			.select()
			.from(auditLog)
			.where(sql`${auditLog.data}->>'slug' = ${slug}`);
		expect(rows).toHaveLength(0);
	});

	it('chains rows by hash and verifies', async () => {
		const db = getDb();
		for (let i = 0; i < 3; i++) {
			await db.transaction((tx) => recordAudit(tx, { action: 'auth.sign_in_failed', entityType: 'user', ip: '127.0.0.1', data: { i, note: 'тест' } }));
		}
		const [last, previous] = await db.select().from(auditLog).orderBy(desc(auditLog.id)).limit(2);
		expect(last.prevHash).toBe(previous.hash);
		const report = await verifyAuditChain(db);
		expect(report.ok).toBe(true);
		expect(report.rows).toBeGreaterThanOrEqual(3);
	});

	it('refuses updates and deletes', async () => {
		const db = getDb();
		await db.transaction((tx) => recordAudit(tx, { action: 'auth.sign_out', entityType: 'user' }));
		await expect(db.execute(sql`update audit_log set action = 'x'`)).rejects.toThrow();
		await expect(db.execute(sql`delete from audit_log`)).rejects.toThrow();
		await expect(db.execute(sql`truncate audit_log`)).rejects.toThrow();
	});

	it('detects a row changed behind its back', async () => {
		const db = getDb();
		await db.transaction((tx) => recordAudit(tx, { action: 'auth.sign_out', entityType: 'user', data: { n: 1 } }));
		await expect(
			db.transaction(async (tx) => {
				// Only the table owner could do this; the chain still shows it.
				await tx.execute(sql`alter table audit_log disable trigger audit_log_no_update`);
				await tx.execute(sql`update audit_log set data = '{"n":2}' where id = (select max(id) from audit_log)`);
				const report = await verifyAuditChain(tx);
				expect(report.ok).toBe(false);
				throw new Rollback();
			})
		).rejects.toBeInstanceOf(Rollback);
		expect((await verifyAuditChain(db)).ok).toBe(true);
	});
});
