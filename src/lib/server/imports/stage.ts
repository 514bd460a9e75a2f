import { randomUUID } from 'node:crypto';
import { encryptField } from '../cases/field-crypto';
import { blindIndex } from '../crypto/blind-index';
import { licenceKey, agencySearchText } from '../recruitment/agency.service';
import { checkField, parsePin, type Issue } from './fields';
import type { RegisterId } from './imports.table';
import type { RawCell } from './reader';
import { REGISTERS } from './registers';

/**
 * From a checked row to the values of the staging table (docs/decisions/0017). Person registers keep
 * personal fields as one encrypted JSON value, matched by the blind index of their key; a keyed hash
 * of all values tells "unchanged" from "updated" without decrypting.
 */
export interface StageColumn {
	name: string;
	/** PostgreSQL type in the staging table */
	type: string;
}

export interface StageSpec {
	columns: StageColumn[];
	/** the target table, for person registers */
	table?: string;
	/** target column holding the organisation */
	orgColumn?: string;
	/** staging columns matched to target columns to find the record */
	keys?: { stage: string; target: string }[];
	/** plain columns copied as they are (same name in staging and target) */
	plain?: string[];
}

const person = (table: string, orgColumn: string, keyTarget: string, plain: StageColumn[], extraKey?: StageColumn): StageSpec => ({
	table,
	orgColumn,
	keys: [{ stage: 'key_index', target: keyTarget }, ...(extraKey ? [{ stage: extraKey.name, target: extraKey.name }] : [])],
	plain: [...(extraKey ? [extraKey.name] : []), ...plain.map((c) => c.name)],
	columns: [
		{ name: 'row_no', type: 'int' },
		{ name: 'id', type: 'uuid' },
		{ name: 'key_index', type: 'text' },
		{ name: 'personal', type: 'text' },
		{ name: 'row_hash', type: 'text' },
		...(extraKey ? [extraKey] : []),
		...plain
	]
});

const SEX = { name: 'sex', type: 'text' };
const BIRTH = { name: 'birth_date', type: 'date' };
const REGION = { name: 'region_code', type: 'text' };
const COUNTRY = { name: 'country_iso2', type: 'text' };

export const STAGE: Record<RegisterId, StageSpec> = {
	clients: person('employment_client', 'organisation_id', 'pin_index', [
		SEX,
		BIRTH,
		REGION,
		{ name: 'status', type: 'text' },
		COUNTRY,
		{ name: 'sector', type: 'text' },
		{ name: 'registered_on', type: 'date' }
	]),
	consular: person('consular_list_entry', 'mission_id', 'passport_index', [
		SEX,
		BIRTH,
		COUNTRY,
		{ name: 'city', type: 'text' },
		REGION,
		{ name: 'arrival_date', type: 'date' },
		{ name: 'registered_on', type: 'date' }
	]),
	returnees: person('returnee_list_entry', 'centre_id', 'pin_index', [SEX, BIRTH, COUNTRY, REGION, { name: 'needs', type: 'text[]' }], {
		name: 'return_date',
		type: 'date'
	}),
	licences: {
		columns: [
			{ name: 'row_no', type: 'int' },
			{ name: 'number', type: 'text' },
			{ name: 'number_key', type: 'text' },
			{ name: 'tax_number', type: 'text' },
			{ name: 'agency_name', type: 'text' },
			{ name: 'address', type: 'text' },
			{ name: 'phone', type: 'text' },
			{ name: 'email', type: 'text' },
			{ name: 'issued_on', type: 'date' },
			{ name: 'expires_on', type: 'date' },
			{ name: 'countries', type: 'text[]' },
			{ name: 'deposit_amount', type: 'numeric(14,2)' },
			{ name: 'deposit_currency', type: 'text' },
			{ name: 'state', type: 'text' },
			{ name: 'search_text', type: 'text' }
		]
	}
};

export interface StageContext {
	register: RegisterId;
	mapping: Record<string, number>;
	today: string;
	/** the organisation's country: a consular list's default country of stay */
	orgCountry: string;
	/** false for a dry run: nothing is written, so personal fields need no encryption (the costliest step) */
	encrypt?: boolean;
}

export type StagedRow = { ok: true; values: (string | number | null)[] } | { ok: false; issues: Issue[] };

const pgArray = (values: string[]) => `{${values.map((v) => `"${v.replace(/["\\]/g, '\\$&')}"`).join(',')}}`;

/** Checks every mapped field of a row and builds its staging values, or returns all its issues. */
export function stageRow(ctx: StageContext, rowNo: number, cells: RawCell[]): StagedRow {
	const def = REGISTERS[ctx.register];
	const v: Record<string, string | string[] | null> = {};
	const issues: Issue[] = [];
	for (const field of def.fields) {
		const column = ctx.mapping[field.key];
		const cell = column === undefined ? null : (cells[column] ?? null);
		const checked = checkField(field, cell, ctx.today);
		if (checked.ok) v[field.key] = checked.value;
		else issues.push(checked.issue);
	}
	const s = (k: string) => (v[k] as string | null | undefined) ?? null;

	// A personal number carries sex and birth date: fill them in, or check them against it.
	if (s('pin')) {
		const p = parsePin(s('pin')!)!;
		if (!s('sex') && !issues.some((i) => i.field === 'sex')) v.sex = p.sex;
		else if (s('sex') && s('sex') !== p.sex) issues.push({ field: 'sex', code: 'import_issue_pin_sex' });
		if (!s('birth_date') && !issues.some((i) => i.field === 'birth_date')) v.birth_date = p.birthDate;
		else if (s('birth_date') && s('birth_date') !== p.birthDate) issues.push({ field: 'birth_date', code: 'import_issue_pin_birth' });
	}
	if (ctx.register === 'licences' && s('issued_on') && s('expires_on') && s('expires_on')! <= s('issued_on')!)
		issues.push({ field: 'expires_on', code: 'import_issue_expiry' });
	if (ctx.register === 'returnees' && s('birth_date') && s('return_date') && s('return_date')! < s('birth_date')!)
		issues.push({ field: 'return_date', code: 'import_issue_before_birth' });
	if (issues.length) return { ok: false, issues };

	if (ctx.register === 'licences') {
		const number = s('licence_number')!;
		return {
			ok: true,
			values: [
				rowNo,
				number,
				licenceKey(number),
				s('tax_number'),
				s('agency_name'),
				s('address'),
				s('agency_phone'),
				s('email'),
				s('issued_on'),
				s('expires_on'),
				pgArray(v.countries as string[]),
				s('deposit_amount') ?? '0',
				s('deposit_currency') ?? 'KGS',
				s('state') ?? 'active',
				agencySearchText(s('agency_name')!, s('tax_number')!, [])
			]
		};
	}

	const spec = STAGE[ctx.register];
	const keyPlain = ctx.register === 'consular' ? s('passport')! : s('pin')!;
	const keyIndex = blindIndex(spec.table!, keyPlain);
	const personalJson =
		ctx.register === 'consular'
			? JSON.stringify({ fullName: s('full_name'), passport: s('passport'), pin: s('pin'), phone: s('phone'), address: s('address') })
			: JSON.stringify({ fullName: s('full_name'), pin: s('pin'), phone: s('phone') });
	let plain: (string | null)[];
	if (ctx.register === 'clients') plain = [s('sex'), s('birth_date'), s('region'), s('status'), s('country'), s('sector'), s('registered_on')];
	else if (ctx.register === 'consular')
		plain = [s('sex'), s('birth_date'), s('country') ?? ctx.orgCountry, s('city'), s('region'), s('arrival_date'), s('registered_on')];
	else plain = [s('return_date'), s('sex'), s('birth_date'), s('country'), s('region'), v.needs ? pgArray(v.needs as string[]) : null];
	const rowHash = blindIndex(`${spec.table}:row`, JSON.stringify([personalJson, ...plain]));
	return {
		ok: true,
		values: [rowNo, randomUUID(), keyIndex, ctx.encrypt === false ? '' : encryptField(personalJson, `${spec.table}:${keyIndex}`, 'personal'), rowHash, ...plain]
	};
}

/** Decrypts a person register's personal fields (for the register's own pages). */
export { decryptField as decryptPersonal } from '../cases/field-crypto';
