import { createReadStream } from 'node:fs';
import { Readable, Writable } from 'node:stream';
import { and, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { makeOrganisation, makeStaff } from '../../../../tests/support/factories';
import { expectDenied } from '../../../../tests/support/isolation';
import type { Actor } from '../access/access';
import { auditLog } from '../audit/audit.table';
import { decryptField } from '../cases/field-crypto';
import { employmentClient } from '../clients/clients.table';
import { getDb } from '../db/client';
import { consularListEntry } from '../migrant/consular-list.table';
import { agency, licence, licenceEvent } from '../recruitment/recruitment.table';
import { returneeListEntry } from '../returns/returnee-list.table';
import { registerImportJobs } from './imports.jobs';
import { batchDetail, listBatches, receiveUpload, reportSource, saveMapping, startPhase } from './imports.service';
import { importBatch, importChange, type ImportPhase } from './imports.table';
import { runPhase } from './pipeline';
import { writeReport } from './report';

const db = () => getDb();
const sample = (name: string) => `samples/imports/${name}`;

async function upload(actor: Actor, register: string, source: Readable | Buffer, fileName = 'file') {
	const stream = Buffer.isBuffer(source) ? Readable.from([source]) : source;
	return receiveUpload(db(), actor, { register, fileName, source: stream });
}

async function uploaded(actor: Actor, register: string, file: string) {
	const r = await upload(actor, register, createReadStream(sample(file)), file);
	if (!r.ok) throw new Error(`upload refused: ${JSON.stringify(r.errors)}`);
	return r.data.id;
}

/** Queues a phase as the page does, then runs it here (the worker path has its own test). */
async function run(actor: Actor, id: string, phase: ImportPhase) {
	await startPhase(db(), actor, id, phase);
	await runPhase(db(), id, phase);
	const [b] = await db().select().from(importBatch).where(eq(importBatch.id, id));
	return b;
}

const counts = (b: typeof importBatch.$inferSelect) => ({ created: b.created, updated: b.updated, unchanged: b.unchanged, rejected: b.rejected });

async function centre() {
	const org = await makeOrganisation('employment_centre');
	return { org, supervisor: await makeStaff(org.id, 'supervisor'), worker: await makeStaff(org.id, 'case_worker') };
}

describe('bulk import: employment-centre clients', () => {
	it('guesses the mapping, lets the officer fix it, reports per row and field, commits, re-imports without duplicates and undoes', async () => {
		const { org, supervisor } = await centre();
		const id = await uploaded(supervisor, 'clients', 'clients-messy.xlsx');
		let detail = await batchDetail(db(), supervisor, id);
		expect(detail.batch.headers[4]).toBe('Уюлдук');
		expect(detail.batch.mapping).toMatchObject({ pin: 0, full_name: 1, sex: 2, birth_date: 3, region: 5, registered_on: 9 });
		expect(detail.batch.mapping.phone).toBeUndefined(); // "Уюлдук" (mobile) is not a word the guess knows

		// The officer maps the phone column; a column used twice is refused.
		const form = Object.fromEntries(Object.entries(detail.batch.mapping).map(([k, v]) => [`map_${k}`, String(v)]));
		expect(await saveMapping(db(), supervisor, id, { ...form, map_phone: '1' })).toEqual({ ok: false, errors: { map_phone: 'import_error_map_twice' } });
		expect((await saveMapping(db(), supervisor, id, { ...form, map_phone: '4' })).ok).toBe(true);

		const checked = await run(supervisor, id, 'check');
		expect(checked.status).toBe('checked');
		expect(counts(checked)).toEqual({ created: 2, updated: 0, unchanged: 0, rejected: 7 });
		expect(await db().select().from(employmentClient).where(eq(employmentClient.organisationId, org.id))).toEqual([]); // a dry run writes nothing
		detail = await batchDetail(db(), supervisor, id);
		const issues = detail.issues.map((i) => `${i.rowNo}:${i.field}:${i.code}`);
		expect(issues).toEqual(
			expect.arrayContaining([
				'3:phone:import_issue_phone',
				'4:region:import_issue_region',
				'5:registered_on:import_issue_date_future',
				'6:pin:import_issue_duplicate',
				'7:full_name:import_issue_mixed_script',
				'8:full_name:import_issue_formula',
				'9:region:import_issue_region_osh'
			])
		);
		expect(detail.issues.find((i) => i.code === 'import_issue_duplicate')?.params).toEqual({ row: 2 });

		// The report: every row of the file, with an error column in the officer's language.
		const chunks: Buffer[] = [];
		const sink = new Writable({
			write(c, _e, done) {
				chunks.push(c);
				done();
			}
		});
		// The report is the roster itself: a sign-in older than the re-authentication window is sent to re-authenticate (issue 15).
		await expect(reportSource(db(), { ...supervisor, authenticatedAt: new Date(Date.now() - 3_600_000) }, id)).rejects.toMatchObject({
			code: 'reauth_required'
		});
		await writeReport(db(), await reportSource(db(), { ...supervisor, authenticatedAt: new Date() }, id), sink, 'ru');
		const wb = new ExcelJS.Workbook();
		await wb.xlsx.load(Buffer.concat(chunks) as never);
		const ws = wb.worksheets[0];
		expect(ws.getRow(1).values).toContain('Ошибки');
		expect(String(ws.getRow(3).getCell(12).value)).toMatch(/Телефон/);
		expect(ws.getRow(2).getCell(12).value ?? null).toBeNull();

		const committed = await run(supervisor, id, 'commit');
		expect(counts(committed)).toEqual({ created: 2, updated: 0, unchanged: 0, rejected: 7 });
		const stored = await db().select().from(employmentClient).where(eq(employmentClient.organisationId, org.id));
		expect(stored).toHaveLength(2);
		const first = stored.find((s) => s.regionCode === 'KG-C')!;
		expect(first).toMatchObject({
			sex: 'male',
			birthDate: '1990-03-15',
			countryIso2: 'RU',
			status: 'prospective',
			sector: 'construction',
			registeredOn: '2024-01-12'
		});
		// Personal fields are encrypted, bound to the record's key.
		expect(first.personal).not.toMatch(/Асанов/);
		expect(JSON.parse(decryptField(first.personal, `employment_client:${first.pinIndex}`, 'personal'))).toMatchObject({
			fullName: 'Асанов Бакыт Асанович',
			phone: '+996700123451'
		});

		// The corrected file: the two committed rows are unchanged, six more are created, none doubled.
		const fixed = await uploaded(supervisor, 'clients', 'clients-corrected.xlsx');
		const f = await batchDetail(db(), supervisor, fixed);
		await saveMapping(db(), supervisor, fixed, {
			...Object.fromEntries(Object.entries(f.batch.mapping).map(([k, v]) => [`map_${k}`, String(v)])),
			map_phone: '4'
		});
		await run(supervisor, fixed, 'check');
		const second = await run(supervisor, fixed, 'commit');
		expect(counts(second)).toEqual({ created: 6, updated: 0, unchanged: 2, rejected: 0 });
		expect(await db().$count(employmentClient, eq(employmentClient.organisationId, org.id))).toBe(8);

		// Same file again: nothing changes.
		const again = await uploaded(supervisor, 'clients', 'clients-corrected.xlsx');
		const a = await batchDetail(db(), supervisor, again);
		await saveMapping(db(), supervisor, again, {
			...Object.fromEntries(Object.entries(a.batch.mapping).map(([k, v]) => [`map_${k}`, String(v)])),
			map_phone: '4'
		});
		await run(supervisor, again, 'check');
		expect(counts(await run(supervisor, again, 'commit'))).toEqual({ created: 0, updated: 0, unchanged: 8, rejected: 0 });

		// Undo the corrected batch: its six records go, the first batch's two stay.
		const undone = await run(supervisor, fixed, 'undo');
		expect(undone).toMatchObject({ status: 'undone', removed: 6, restored: 0, skipped: 0 });
		expect(await db().$count(employmentClient, eq(employmentClient.organisationId, org.id))).toBe(2);
		await expect(startPhase(db(), supervisor, fixed, 'undo')).rejects.toMatchObject({ code: 'conflict' });

		const list = await listBatches(db(), supervisor);
		expect(list.map((l) => l.batch.id)).toEqual(expect.arrayContaining([id, fixed, again]));
		const audited = await db()
			.select({ action: auditLog.action })
			.from(auditLog)
			.where(and(eq(auditLog.entityType, 'import_batch'), eq(auditLog.entityId, fixed)));
		expect(audited.map((x) => x.action)).toEqual(expect.arrayContaining(['import.upload', 'import.map', 'import.check', 'import.commit', 'import.undo']));
	});

	it('updates by natural key and undo restores what was there before', async () => {
		const { org, supervisor } = await centre();
		const csv = (phone: string) =>
			Buffer.from(`ПИН,ФИО,Телефон,Область\n21503199000101,Асанов Бакыт,${phone},Чуй\n11111199000102,Айгүл Токтогулова,0555 000 002,Нарын\n`);
		const firstId = (await upload(supervisor, 'clients', csv('0700 000 001'))) as { ok: true; data: { id: string } };
		await run(supervisor, firstId.data.id, 'check');
		await run(supervisor, firstId.data.id, 'commit');
		const secondId = (await upload(supervisor, 'clients', csv('0700 000 009'))) as { ok: true; data: { id: string } };
		await run(supervisor, secondId.data.id, 'check');
		const second = await run(supervisor, secondId.data.id, 'commit');
		expect(counts(second)).toEqual({ created: 0, updated: 1, unchanged: 1, rejected: 0 });
		const phoneOf = async () => {
			const [row] = await db()
				.select()
				.from(employmentClient)
				.where(and(eq(employmentClient.organisationId, org.id), eq(employmentClient.regionCode, 'KG-C')));
			return JSON.parse(decryptField(row.personal, `employment_client:${row.pinIndex}`, 'personal')).phone;
		};
		expect(await phoneOf()).toBe('+996700000009');
		const changes = await db().select().from(importChange).where(eq(importChange.batchId, secondId.data.id));
		expect(changes.map((c) => c.action)).toEqual(['updated']);
		expect(await run(supervisor, secondId.data.id, 'undo')).toMatchObject({ restored: 1, removed: 0, skipped: 0 });
		expect(await phoneOf()).toBe('+996700000001');
	});

	it('reads CSV in Windows-1251 with semicolons and in UTF-8 with a byte-order mark', async () => {
		const { supervisor } = await centre();
		for (const file of ['clients-cp1251.csv', 'clients-utf8.csv']) {
			const id = await uploaded(supervisor, 'clients', file);
			const d = await batchDetail(db(), supervisor, id);
			expect(d.batch.headers.slice(0, 2)).toEqual(['ПИН', 'ФИО']);
			expect(d.batch.encoding).toBe(file.includes('1251') ? 'windows-1251' : 'utf-8');
			const b = await run(supervisor, id, 'check');
			expect(b.created).toBe(8);
		}
	});
});

describe('bulk import: other registers', () => {
	it('consular lists hold people without an account; a Cyrillic letter in a passport number is caught', async () => {
		const mission = await makeOrganisation('consulate', 'RU');
		const head = await makeStaff(mission.id, 'supervisor');
		const id = await uploaded(head, 'consular', 'consular-moscow.xlsx');
		await run(head, id, 'check');
		const b = await run(head, id, 'commit');
		expect(counts(b)).toEqual({ created: 2, updated: 0, unchanged: 0, rejected: 1 });
		const d = await batchDetail(db(), head, id);
		expect(d.issues.map((i) => `${i.rowNo}:${i.field}:${i.code}`)).toEqual(['4:passport:import_issue_mixed_script']);
		const rows = await db().select().from(consularListEntry).where(eq(consularListEntry.missionId, mission.id));
		expect(rows.map((r) => r.countryIso2)).toEqual(['RU', 'RU']); // the mission's country when the list does not say
	});

	it('returnees: one record per person and return date', async () => {
		const { org, supervisor } = await centre();
		const id = await uploaded(supervisor, 'returnees', 'returnees.csv');
		await run(supervisor, id, 'check');
		expect(counts(await run(supervisor, id, 'commit'))).toEqual({ created: 3, updated: 0, unchanged: 0, rejected: 0 });
		const rows = await db().select().from(returneeListEntry).where(eq(returneeListEntry.centreId, org.id));
		expect(rows.find((r) => r.countryIso2 === 'RU')).toMatchObject({ regionCode: 'KG-O', needs: ['job', 'training'], returnDate: '2024-10-01', sex: 'male' });
	});

	it('licences go into the recruitment register (agencies created when new); undo removes them again', async () => {
		const ministry = await makeOrganisation('ministry');
		const head = await makeStaff(ministry.id, 'supervisor');
		const id = await uploaded(head, 'licences', 'licences.csv');
		await run(head, id, 'check');
		expect(counts(await run(head, id, 'commit'))).toEqual({ created: 3, updated: 0, unchanged: 0, rejected: 0 });
		const [a] = await db().select().from(agency).where(eq(agency.taxNumber, '01234567890101'));
		expect(a).toMatchObject({ name: 'ОсОО «Жол Сапар»', phone: '+996312000101' });
		expect(a.searchText).toContain('la2024101');
		const [l] = await db().select().from(licence).where(eq(licence.agencyId, a.organisationId));
		expect(l).toMatchObject({ number: 'ЛА-2024-101', countries: ['KZ', 'RU'], state: 'active', expiresOn: '2025-01-10' });
		expect(await db().$count(licenceEvent, eq(licenceEvent.licenceId, l.id))).toBe(1);
		const again = await uploaded(head, 'licences', 'licences.csv');
		await run(head, again, 'check');
		expect(counts(await run(head, again, 'commit'))).toEqual({ created: 0, updated: 0, unchanged: 3, rejected: 0 });
		expect(await run(head, id, 'undo')).toMatchObject({ status: 'undone', skipped: 0 });
		expect(await db().$count(agency, eq(agency.taxNumber, '01234567890101'))).toBe(0);
	});
});

describe('bulk import: access and bad input', () => {
	it('only a supervisor of the owning organisation imports; another organisation sees nothing', async () => {
		const { supervisor, worker } = await centre();
		const other = await centre();
		const id = await uploaded(supervisor, 'clients', 'clients-clean.xlsx');
		await expectDenied(() => upload(worker, 'clients', createReadStream(sample('clients-clean.xlsx'))));
		await expectDenied(() => batchDetail(db(), other.supervisor, id));
		await expectDenied(() => startPhase(db(), other.supervisor, id, 'check'));
		await expectDenied(() => saveMapping(db(), other.supervisor, id, {}));
		await expectDenied(() => reportSource(db(), other.supervisor, id));
		expect((await listBatches(db(), other.supervisor)).map((b) => b.batch.id)).not.toContain(id);
		// An employment centre cannot bring in licences or consular lists.
		expect(await upload(supervisor, 'licences', createReadStream(sample('licences.csv')))).toEqual({ ok: false, errors: { register: 'error_choose_one' } });
		const [b] = await db().select().from(importBatch).where(eq(importBatch.id, id));
		expect(b.status).toBe('uploaded');
	});

	it('refuses broken files with a message and keeps nothing', { timeout: 120_000 }, async () => {
		const { supervisor } = await centre();
		const before = await db().$count(importBatch);
		const refusals: Record<string, string> = {};
		for (const file of ['empty.csv', 'not-a-table.pdf', 'protected.xlsx', 'truncated.xlsx']) {
			const r = await upload(supervisor, 'clients', createReadStream(sample(`broken/${file}`)));
			refusals[file] = r.ok ? 'accepted' : r.errors.file;
		}
		expect(refusals).toEqual({
			'empty.csv': 'import_error_empty',
			'not-a-table.pdf': 'import_error_not_tabular',
			'protected.xlsx': 'import_error_protected',
			'truncated.xlsx': 'import_error_damaged'
		});
		// 10^6 columns, a 100 MB cell (zipped to almost nothing), a 1 MB line, invalid UTF-8 after a good start.
		const wide = Buffer.from(`${'a,'.repeat(1_000_000)}a\n`);
		expect(await upload(supervisor, 'clients', wide)).toEqual({ ok: false, errors: { file: 'import_error_too_many_columns' } });
		const long = Buffer.from(`ПИН,ФИО\n1,"${'я'.repeat(1_100_000)}"\n`);
		const r = await upload(supervisor, 'clients', Buffer.concat([Buffer.from('ПИН,ФИО\n'), long]));
		expect(r.ok).toBe(true); // the header is fine; the row fails when the file is checked
		if (r.ok) expect(await run(supervisor, r.data.id, 'check')).toMatchObject({ status: 'failed', error: 'import_error_row_too_long' });
		expect(await upload(supervisor, 'clients', createReadStream(sample('broken/cell-100mb.xlsx')))).toEqual({
			ok: false,
			errors: { file: 'import_error_cell_too_long' }
		});
		const badBytes = Buffer.concat([Buffer.from('ПИН,ФИО\n21503199000101,Асанов\n'.repeat(40_000)), Buffer.from([0xff, 0xfe, 0x0a])]);
		const enc = await upload(supervisor, 'clients', badBytes);
		expect(enc.ok).toBe(true);
		if (enc.ok) expect(await run(supervisor, enc.data.id, 'check')).toMatchObject({ status: 'failed', error: 'import_error_encoding', created: 0 });
		expect(await db().$count(importBatch)).toBe(before + 2);
	});

	it('runs through the job queue', { timeout: 90_000 }, async () => {
		const { supervisor } = await centre();
		const id = await uploaded(supervisor, 'clients', 'clients-clean.xlsx');
		await startPhase(db(), supervisor, id, 'check'); // queued before any worker runs, as after a restart
		await registerImportJobs(db());
		const until = Date.now() + 60_000;
		let status = '';
		while (Date.now() < until && status !== 'checked') {
			await new Promise((r) => setTimeout(r, 200));
			[{ status }] = await db().select({ status: importBatch.status }).from(importBatch).where(eq(importBatch.id, id));
		}
		expect(status).toBe('checked');
	});
});
