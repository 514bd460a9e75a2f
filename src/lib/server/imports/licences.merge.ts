import type pg from 'pg';
import { agencySearchText } from '../recruitment/agency.service';
import { indexWords } from '../portal/search';
import type { Tx as DbTx } from '../db/client';
import type { importBatch } from './imports.table';
import { fingerprint, undoTable } from './pipeline';

type Tx = DbTx;
type Batch = typeof importBatch.$inferSelect;

/**
 * The licence register (decision 0009) as an import target: a row is a licence (natural key: its
 * number in script-neutral form) of an agency (found by tax number, created as an organisation of
 * kind `agency` when new). A licence number already held by another agency is a conflict.
 * Agency details come from the first row of each tax number in the file.
 */
export async function mergeLicences(client: pg.PoolClient, tx: Tx, batch: Batch, commit: boolean) {
	await client.query('alter table stg add column agency_id uuid, add column licence_agency uuid, add column agency_changed boolean');
	await client.query('update stg s set agency_id = a.organisation_id from agency a where a.tax_number = s.tax_number');
	await client.query('update stg s set target_id = l.id::text, licence_agency = l.agency_id from licence l where l.number_key = s.number_key');
	const conflict = `target_id is not null and (agency_id is null or licence_agency <> agency_id)`;
	await client.query(
		`insert into stg_issue (row_no, field, code) select row_no, 'licence_number', 'import_issue_licence_other_agency' from stg where ${conflict}`
	);
	await client.query(`delete from stg where ${conflict}`);
	// The agency's details as the file gives them (first row per tax number) against the register.
	await client.query(
		`with first as (select distinct on (tax_number) tax_number, agency_name, address, phone, email from stg order by tax_number, row_no)
		 update stg s set agency_changed = (a.name, a.address, a.phone, a.email) is distinct from (f.agency_name, f.address, f.phone, f.email)
		 from first f, agency a where f.tax_number = s.tax_number and a.organisation_id = s.agency_id`
	);
	await client.query(
		`update stg s set action = case
		   when s.target_id is null then 'create'
		   when not coalesce(s.agency_changed, false) and (l.number, l.issued_on, l.expires_on, l.countries, l.deposit_amount, l.deposit_currency, l.state)
		        is not distinct from (s.number, s.issued_on, s.expires_on, s.countries, s.deposit_amount, s.deposit_currency, s.state) then 'same'
		   else 'update' end
		 from licence l where l.id::text = s.target_id`
	);
	await client.query(`update stg set action = 'create' where action is null`);
	if (!commit) return;
	const batchId = batch.id;

	// New agencies: an organisation of kind 'agency' and its register row.
	await client.query(
		`create temp table new_agency on commit drop as
		 select distinct on (tax_number) gen_random_uuid() as id, tax_number, agency_name, address, phone, email, search_text
		 from stg where agency_id is null order by tax_number, row_no`
	);
	await client.query(
		`insert into organisation (id, slug, kind, name, country_iso2)
		 select id, 'agency-' || tax_number, 'agency', jsonb_build_object('ky', agency_name, 'ru', agency_name, 'en', agency_name), 'KG' from new_agency`
	);
	await client.query(
		`insert into agency (organisation_id, tax_number, name, address, phone, email, search_text)
		 select id, tax_number, agency_name, address, phone, email, search_text from new_agency`
	);
	await client.query(
		`insert into import_change (batch_id, target, record_id, action)
		 select $1::uuid, 'organisation', id::text, 'created' from new_agency union all select $1::uuid, 'agency', id::text, 'created' from new_agency`,
		[batchId]
	);
	await client.query('update stg s set agency_id = n.id from new_agency n where n.tax_number = s.tax_number and s.agency_id is null');

	// Changed agencies.
	await client.query(
		`create temp table changed_agency on commit drop as
		 select distinct on (tax_number) agency_id, agency_name, address, phone, email from stg where agency_changed order by tax_number, row_no`
	);
	await client.query(
		`insert into import_change (batch_id, target, record_id, action, before)
		 select $1, 'agency', a.organisation_id::text, 'updated', to_jsonb(a) from agency a join changed_agency c on c.agency_id = a.organisation_id`,
		[batchId]
	);
	await client.query(
		`update agency a set name = c.agency_name, address = c.address, phone = c.phone, email = c.email, updated_at = now()
		 from changed_agency c where c.agency_id = a.organisation_id`
	);

	// Licences.
	await client.query(
		`insert into import_change (batch_id, target, record_id, action, before)
		 select $1, 'licence', l.id::text, 'updated', to_jsonb(l) from licence l join stg s on s.target_id = l.id::text where s.action = 'update'`,
		[batchId]
	);
	await client.query(
		`update licence l set number = s.number, issued_on = s.issued_on, expires_on = s.expires_on, countries = s.countries,
		   deposit_amount = s.deposit_amount, deposit_currency = s.deposit_currency, state = s.state, updated_at = now()
		 from stg s where s.action = 'update' and s.target_id = l.id::text`
	);
	await client.query(`update stg set target_id = gen_random_uuid()::text where action = 'create'`);
	await client.query(
		`insert into licence (id, agency_id, number, number_key, issued_on, expires_on, countries, deposit_amount, deposit_currency, state)
		 select target_id::uuid, agency_id, number, number_key, issued_on, expires_on, countries, deposit_amount, deposit_currency, state from stg where action = 'create'`
	);
	await client.query(
		`insert into licence_event (licence_id, kind, reason, until_date, actor_user_id)
		 select target_id::uuid, 'issued', 'import', expires_on, $1 from stg where action = 'create'`,
		[batch.committedBy]
	);
	await client.query(
		`insert into import_change (batch_id, target, record_id, action) select $1, 'licence', target_id, 'created' from stg where action = 'create'`,
		[batchId]
	);

	await refreshSearchText(client, tx, `select distinct agency_id from stg`);
	await fingerprint(client, batchId, 'licence', 'id');
	await fingerprint(client, batchId, 'agency', 'organisation_id');
	await fingerprint(client, batchId, 'organisation', 'id');
}

/** "Is this agency licensed?" searches names and licence numbers: recompute them for the agencies touched. */
async function refreshSearchText(client: pg.PoolClient, tx: Tx | null, agencyIds: string) {
	const { rows } = await client.query<{ id: string; name: string; tax_number: string; numbers: string[] | null }>(
		`select a.organisation_id as id, a.name, a.tax_number, array_remove(array_agg(l.number), null) as numbers
		 from agency a left join licence l on l.agency_id = a.organisation_id where a.organisation_id in (${agencyIds}) group by a.organisation_id`
	);
	const texts: string[] = [];
	for (const r of rows) {
		const text = agencySearchText(r.name, r.tax_number, r.numbers ?? []);
		texts.push(text);
		await client.query('update agency set search_text = $2 where organisation_id = $1 and search_text is distinct from $2', [r.id, text]);
	}
	if (tx) await indexWords(tx, texts);
}

export async function undoLicences(client: pg.PoolClient, batchId: string) {
	// Events of the licences about to be removed (only those still as the import left them).
	await client.query(
		`delete from licence_event e using import_change c, licence l
		 where c.batch_id = $1 and c.target = 'licence' and c.action = 'created' and l.id::text = c.record_id
		   and md5(to_jsonb(l)::text) = c.after_hash and e.licence_id = l.id`,
		[batchId]
	);
	const lic = await undoTable(client, batchId, 'licence', 'id');
	// Agencies: the search text changes with their licences; compare and restore without it.
	const agencies = await undoAgencies(client, batchId);
	const orgs = await removeOrganisations(client, batchId);
	await refreshSearchText(client, null, `select record_id::uuid from import_change where batch_id = '${batchId}' and target = 'agency'`);
	return {
		removed: lic.removed + agencies.removed + orgs.removed,
		restored: lic.restored + agencies.restored,
		skipped: lic.skipped + agencies.skipped + orgs.skipped
	};
}

async function undoAgencies(client: pg.PoolClient, batchId: string) {
	// An agency created by the batch goes only when no licence is left on it.
	const del = await client.query(
		`delete from agency a using import_change c
		 where c.batch_id = $1 and c.target = 'agency' and c.action = 'created' and a.organisation_id::text = c.record_id
		   and not exists (select 1 from licence l where l.agency_id = a.organisation_id)`,
		[batchId]
	);
	const upd = await undoTable(client, batchId, 'agency', 'organisation_id', { keepCreated: true });
	return { removed: del.rowCount ?? 0, restored: upd.restored, skipped: upd.skipped - (del.rowCount ?? 0) };
}

/** Organisations created for new agencies go when nothing refers to them any more (one at a time). */
async function removeOrganisations(client: pg.PoolClient, batchId: string) {
	const { rows } = await client.query<{ id: string }>(
		`select record_id as id from import_change where batch_id = $1 and target = 'organisation' and action = 'created'`,
		[batchId]
	);
	let removed = 0;
	for (const { id } of rows) {
		await client.query('savepoint org_undo');
		try {
			const r = await client.query('delete from organisation o where o.id = $1 and not exists (select 1 from agency a where a.organisation_id = o.id)', [id]);
			removed += r.rowCount ?? 0;
			await client.query('release savepoint org_undo');
		} catch {
			await client.query('rollback to savepoint org_undo'); // still referred to (members, vacancies…)
		}
	}
	return { removed, skipped: rows.length - removed };
}
