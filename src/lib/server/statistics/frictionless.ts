/**
 * A small validator for Frictionless Tabular Data Packages (Data Package v1 and Table Schema rules that
 * Sapar's packages use), since the `frictionless` Python tool is not reachable here. Returns a list of
 * problems (empty when valid).
 */
import { parse } from 'csv-parse/sync';

const NAME = /^[a-z0-9._-]+$/;
const TYPES = [
	'string',
	'number',
	'integer',
	'boolean',
	'object',
	'array',
	'date',
	'time',
	'datetime',
	'year',
	'yearmonth',
	'duration',
	'geopoint',
	'geojson',
	'any'
];

interface Field {
	name: string;
	type?: string;
	constraints?: { required?: boolean; minimum?: number; maximum?: number; unique?: boolean; enum?: unknown[] };
}

function castOk(type: string, v: string): boolean {
	switch (type) {
		case 'integer':
			return /^-?\d+$/.test(v);
		case 'number':
			return /^-?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(v);
		case 'boolean':
			return ['true', 'false', 'True', 'False', 'TRUE', 'FALSE', '1', '0'].includes(v);
		case 'year':
			return /^\d{4}$/.test(v);
		case 'date':
			return /^\d{4}-\d{2}-\d{2}$/.test(v);
		default:
			return true;
	}
}

export function validateDescriptor(d: Record<string, unknown>): string[] {
	const problems: string[] = [];
	if (typeof d.name !== 'string' || !NAME.test(d.name)) problems.push('package name must be lower-case letters, digits, . _ -');
	if (d.profile !== undefined && d.profile !== 'tabular-data-package' && d.profile !== 'data-package') problems.push('unknown package profile');
	if (d.licenses !== undefined) {
		if (!Array.isArray(d.licenses)) problems.push('licenses must be an array');
		else for (const l of d.licenses as Record<string, unknown>[]) if (!l.name && !l.path) problems.push('a licence needs a name or a path');
	}
	const resources = d.resources;
	if (!Array.isArray(resources) || resources.length === 0) return [...problems, 'resources must be a non-empty array'];
	const names = new Set<string>();
	for (const r of resources as Record<string, unknown>[]) {
		if (typeof r.name !== 'string' || !NAME.test(r.name)) problems.push('resource name must be lower-case letters, digits, . _ -');
		else if (names.has(r.name)) problems.push(`duplicate resource name ${r.name}`);
		else names.add(r.name);
		if (r.path === undefined && r.data === undefined) problems.push(`resource ${r.name}: needs path or data`);
		if (typeof r.path === 'string' && (r.path.startsWith('/') || r.path.includes('..')))
			problems.push(`resource ${r.name}: path must be relative and inside the package`);
		const schema = r.schema as Record<string, unknown> | undefined;
		if (d.profile === 'tabular-data-package' && r.profile !== 'tabular-data-resource')
			problems.push(`resource ${r.name}: a tabular package holds tabular-data-resources`);
		if (!schema) {
			problems.push(`resource ${r.name}: a tabular resource needs a schema`);
			continue;
		}
		const fields = schema.fields as Field[] | undefined;
		if (!Array.isArray(fields) || !fields.length) {
			problems.push(`resource ${r.name}: schema.fields must be a non-empty array`);
			continue;
		}
		const fieldNames = new Set<string>();
		for (const f of fields) {
			if (typeof f.name !== 'string' || !f.name) problems.push('a field needs a name');
			if (fieldNames.has(f.name)) problems.push(`duplicate field ${f.name}`);
			fieldNames.add(f.name);
			if (f.type !== undefined && !TYPES.includes(f.type)) problems.push(`field ${f.name}: unknown type ${f.type}`);
		}
		if (schema.missingValues !== undefined && (!Array.isArray(schema.missingValues) || schema.missingValues.some((v) => typeof v !== 'string')))
			problems.push('missingValues must be an array of strings');
		const pk = schema.primaryKey;
		for (const k of pk === undefined ? [] : Array.isArray(pk) ? pk : [pk])
			if (!fieldNames.has(k as string)) problems.push(`primaryKey names an unknown field ${k}`);
	}
	return problems;
}

/** Checks a CSV resource against its table schema: header, row width, types, constraints, primary key. */
export function validateCsv(csv: string, schema: { fields: Field[]; missingValues?: string[]; primaryKey?: string[] | string }): string[] {
	const problems: string[] = [];
	if (csv.startsWith('\uFEFF')) problems.push('CSV starts with a byte-order mark');
	const rows = parse(csv, { relax_column_count: true }) as string[][];
	const [header, ...data] = rows;
	const names = schema.fields.map((f) => f.name);
	if (!header || header.join(',') !== names.join(',')) problems.push(`header ${header?.join(',')} does not match fields ${names.join(',')}`);
	const missing = new Set(schema.missingValues ?? ['']);
	const pk = schema.primaryKey === undefined ? [] : Array.isArray(schema.primaryKey) ? schema.primaryKey : [schema.primaryKey];
	const seen = new Set<string>();
	data.forEach((row, i) => {
		const line = i + 2;
		if (row.length !== names.length) {
			problems.push(`row ${line}: ${row.length} cells, expected ${names.length}`);
			return;
		}
		schema.fields.forEach((f, j) => {
			const v = row[j];
			if (missing.has(v)) {
				if (f.constraints?.required || pk.includes(f.name)) problems.push(`row ${line}: ${f.name} is required`);
				return;
			}
			if (!castOk(f.type ?? 'string', v)) problems.push(`row ${line}: ${f.name} "${v}" is not a ${f.type}`);
			else if (f.constraints?.minimum !== undefined && Number(v) < f.constraints.minimum) problems.push(`row ${line}: ${f.name} below minimum`);
		});
		if (pk.length) {
			const key = pk.map((k) => row[names.indexOf(k)]).join('\u0000');
			if (seen.has(key)) problems.push(`row ${line}: duplicate primary key`);
			seen.add(key);
		}
	});
	return problems;
}
