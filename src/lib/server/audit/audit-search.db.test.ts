import { randomUUID } from 'node:crypto';
import { desc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { makeOrganisation, makeStaff } from '../../../../tests/support/factories';
import { expectDenied } from '../../../../tests/support/isolation';
import { getDb } from '../db/client';
import { auditLog } from './audit.table';
import { auditedBy, recordAuditNow } from './audit.service';
import { AUDIT_PAGE_SIZE, parseAuditFilter, searchAudit, verifyAuditLog, exportAudit } from './audit-search.service';

const db = getDb();
const filterOf = (query: string) => {
	const { filter, errors } = parseAuditFilter(new URLSearchParams(query));
	if (!filter) throw new Error(JSON.stringify(errors));
	return filter;
};

describe('audit-log screen', () => {
	it('searches by actor, subject, action and date, newest first, 50 a page; an organisation sees only its own rows', async () => {
		const orgA = await makeOrganisation('ngo');
		const orgB = await makeOrganisation('ngo');
		const workerA = await makeStaff(orgA.id, 'case_worker');
		const supervisorA = await makeStaff(orgA.id, 'supervisor');
		const supervisorB = await makeStaff(orgB.id, 'supervisor');
		const admin = await makeStaff(orgB.id, 'admin');
		const subject = randomUUID();
		for (let i = 0; i < AUDIT_PAGE_SIZE + 5; i++) {
			await recordAuditNow(db, {
				action: i % 2 ? 'case.view' : 'case.update',
				entityType: 'case',
				entityId: subject,
				...auditedBy(workerA),
				data: { secret: 'Айгүл 0555123456' }
			});
		}

		// The system administrator sees all, by e-mail, id, subject and action family.
		const byEmail = await searchAudit(db, admin, filterOf(`actor=${workerA.userId.toUpperCase()}@TEST.SAPAR`));
		expect(byEmail.rows).toHaveLength(AUDIT_PAGE_SIZE);
		expect(byEmail.rows[0].actorEmail).toBe(`${workerA.userId}@test.sapar`);
		expect(byEmail.rows[0].organisationName).toMatchObject(orgA.name);
		expect(byEmail.rows.map((r) => r.id)).toEqual([...byEmail.rows.map((r) => r.id)].sort((a, b) => b - a));
		expect(byEmail.next).toBe(byEmail.rows[AUDIT_PAGE_SIZE - 1].id);
		const page2 = await searchAudit(db, admin, filterOf(`actor=${workerA.userId}&before=${byEmail.next}`));
		expect(page2.rows).toHaveLength(5);
		expect(page2.next).toBeNull();
		expect((await searchAudit(db, admin, filterOf(`entityType=case&entityId=${subject}&action=case.view`))).rows).toHaveLength(27);
		expect((await searchAudit(db, admin, filterOf(`entityId=${subject}&action=case`))).rows).toHaveLength(AUDIT_PAGE_SIZE);
		expect((await searchAudit(db, admin, filterOf(`entityId=${subject}&action=cas`))).rows).toHaveLength(0);
		expect((await searchAudit(db, admin, filterOf(`actor=nobody@nowhere.test`))).rows).toHaveLength(0);
		// The screen never carries the event's data.
		expect(JSON.stringify(byEmail)).not.toContain('0555123456');
		expect(JSON.stringify(await exportAudit(db, admin, filterOf(`entityId=${subject}`)))).not.toContain('0555123456');

		// Dates are Bishkek days: today's rows are in today, none are in a day long ago.
		const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Bishkek' }).format(new Date());
		expect((await searchAudit(db, admin, filterOf(`entityId=${subject}&from=${today}&to=${today}`))).rows).toHaveLength(AUDIT_PAGE_SIZE);
		expect((await searchAudit(db, admin, filterOf(`entityId=${subject}&from=2020-01-01&to=2020-01-31`))).rows).toHaveLength(0);

		// The organisation's own administrator sees them; another organisation's gets nothing.
		expect((await searchAudit(db, supervisorA, filterOf(`entityId=${subject}`))).rows).toHaveLength(AUDIT_PAGE_SIZE);
		expect((await searchAudit(db, supervisorB, filterOf(`entityId=${subject}`))).rows).toHaveLength(0);
		expect((await searchAudit(db, supervisorB, filterOf(`actor=${workerA.userId}`))).rows).toHaveLength(0);
		expect(await exportAudit(db, supervisorB, filterOf(`entityId=${subject}`))).toHaveLength(0);
		const seenByB = await searchAudit(db, supervisorB, filterOf(''));
		expect(seenByB.rows.every((r) => r.organisationId === orgB.id)).toBe(true);
		// A case worker may not read the log; only the platform's administrator verifies the chain.
		await expectDenied(() => searchAudit(db, workerA, filterOf('')));
		await expectDenied(() => verifyAuditLog(db, supervisorA));

		// Searching is itself audited.
		const byB = await db.select().from(auditLog).where(eq(auditLog.actorUserId, supervisorB.userId)).orderBy(desc(auditLog.id));
		expect(byB.map((r) => r.action)).toEqual(['audit.search', 'audit.export', 'audit.search', 'audit.search']);
		expect(byB[1].data).toMatchObject({ rows: 0, filter: { entityId: subject } });
		expect((await db.select().from(auditLog).where(eq(auditLog.actorUserId, admin.userId))).map((r) => r.action)).toContain('audit.search');
	});

	it('refuses a bad filter with field errors', () => {
		expect(parseAuditFilter(new URLSearchParams('from=2026-02-30&to=x')).errors).toEqual({ from: 'error_date', to: 'error_date' });
		expect(parseAuditFilter(new URLSearchParams('from=2026-03-02&to=2026-03-01')).errors).toEqual({ to: 'error_date_order' });
		expect(parseAuditFilter(new URLSearchParams("action=x';drop&before=-1")).errors).toEqual({ action: 'error_invalid', before: 'error_invalid' });
		expect(parseAuditFilter(new URLSearchParams('unknown=1')).filter).toMatchObject({ actor: '', action: '' });
	});

	it('verifies the chain, reports it and records the check', async () => {
		const org = await makeOrganisation('ministry');
		const admin = await makeStaff(org.id, 'admin');
		const report = await verifyAuditLog(db, admin);
		expect(report.ok).toBe(true);
		expect(report.rows).toBeGreaterThan(0);
		const [last] = await db.select().from(auditLog).orderBy(desc(auditLog.id)).limit(1);
		expect(last).toMatchObject({ action: 'audit.verify', actorUserId: admin.userId, data: { ok: true, rows: report.rows } });
	});
});
