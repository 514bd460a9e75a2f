import { z } from 'zod';
import { LOCALES, type Translated } from '#lib/i18n';
import type { ContentType } from './portal.table';
import { LAW_KINDS, LAW_STATUSES, SECTION_KINDS } from './portal.content';

/**
 * What editors can change, per content type. One description drives the edit form, the parsing of the
 * posted form and the validation; the revision's `data` has exactly these fields.
 */
export type FieldKind = 'translated' | 'translated-long' | 'text' | 'url' | 'date' | 'bool' | 'list' | 'select';
export interface FieldSpec {
	name: string;
	kind: FieldKind;
	/** message key of the label */
	label: string;
	options?: readonly string[];
	/** message key prefix for option labels */
	optionLabel?: string;
	required?: boolean;
	/** fixed once the record exists (identity) */
	identity?: boolean;
}

const SOURCE_FIELDS: FieldSpec[] = [
	{ name: 'source.title', kind: 'text', label: 'field_source_title', required: true },
	{ name: 'source.article', kind: 'text', label: 'field_source_article' },
	{ name: 'source.url', kind: 'url', label: 'field_source_url' },
	{ name: 'source.document', kind: 'text', label: 'field_source_document' },
	{ name: 'source.date', kind: 'text', label: 'field_source_date' },
	{ name: 'needsReview', kind: 'bool', label: 'field_needs_review' }
];

export const SPECS: Record<ContentType, FieldSpec[]> = {
	guide: [
		{ name: 'countryIso2', kind: 'text', label: 'country_label', required: true, identity: true },
		{ name: 'intro', kind: 'translated-long', label: 'field_intro', required: true }
	],
	guide_section: [
		{ name: 'countryIso2', kind: 'text', label: 'country_label', required: true, identity: true },
		{ name: 'kind', kind: 'select', label: 'field_section', options: SECTION_KINDS, optionLabel: 'section_', required: true, identity: true },
		{ name: 'body', kind: 'translated-long', label: 'field_body', required: true },
		{ name: 'reviewedOn', kind: 'date', label: 'field_reviewed_on', required: true },
		{ name: 'laws', kind: 'list', label: 'field_laws' },
		...SOURCE_FIELDS
	],
	law: [
		{ name: 'slug', kind: 'text', label: 'org_slug_label', required: true, identity: true },
		{ name: 'kind', kind: 'select', label: 'law_kind', options: LAW_KINDS, optionLabel: 'law_kind_', required: true },
		{ name: 'number', kind: 'text', label: 'law_number' },
		{ name: 'adoptedOn', kind: 'text', label: 'law_adopted' },
		{ name: 'status', kind: 'select', label: 'law_status', options: LAW_STATUSES, optionLabel: 'law_status_', required: true },
		{ name: 'statusSource.title', kind: 'text', label: 'field_status_source_title' },
		{ name: 'statusSource.article', kind: 'text', label: 'field_status_source_article' },
		{ name: 'statusSource.url', kind: 'url', label: 'field_status_source_url' },
		{ name: 'statusSource.date', kind: 'text', label: 'field_status_source_date' },
		{ name: 'reviewedOn', kind: 'date', label: 'law_reviewed', required: true },
		{ name: 'title', kind: 'translated', label: 'field_title', required: true },
		{ name: 'summary', kind: 'translated-long', label: 'law_summary', required: true },
		{ name: 'countries', kind: 'list', label: 'law_countries' },
		...SOURCE_FIELDS
	],
	directory_entry: [
		{ name: 'slug', kind: 'text', label: 'org_slug_label', required: true, identity: true },
		{
			name: 'kind',
			kind: 'select',
			label: 'field_kind',
			options: ['consulate', 'employment_centre', 'ngo', 'diaspora', 'hotline', 'clinic', 'international', 'government'],
			optionLabel: 'dir_kind_',
			required: true
		},
		{ name: 'name', kind: 'translated', label: 'org_name_label', required: true },
		{ name: 'countryIso2', kind: 'text', label: 'country_label', required: true },
		{ name: 'city', kind: 'translated', label: 'filter_city' },
		{ name: 'address', kind: 'translated', label: 'help_address' },
		{ name: 'phones', kind: 'list', label: 'help_phone' },
		{ name: 'email', kind: 'text', label: 'email_label' },
		{ name: 'website', kind: 'url', label: 'help_website' },
		{ name: 'hours', kind: 'translated', label: 'help_hours' },
		{ name: 'languages', kind: 'list', label: 'help_languages' },
		{ name: 'services', kind: 'translated', label: 'field_services', required: true },
		...SOURCE_FIELDS
	],
	faq: [
		{ name: 'slug', kind: 'text', label: 'org_slug_label', required: true, identity: true },
		{ name: 'question', kind: 'translated', label: 'field_question', required: true },
		{ name: 'answer', kind: 'translated-long', label: 'field_answer', required: true },
		{ name: 'countryIso2', kind: 'text', label: 'country_label' },
		...SOURCE_FIELDS
	]
};

type Data = Record<string, unknown>;

function getPath(data: Data, path: string): unknown {
	return path.split('.').reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Data)[k] : undefined), data);
}
function setPath(data: Data, path: string, value: unknown) {
	const keys = path.split('.');
	let target = data;
	for (const k of keys.slice(0, -1)) target = (target[k] ??= {}) as Data;
	target[keys.at(-1)!] = value;
}

/** Flat form values (`title.ky`, `laws`…) for a record's data. */
export function toFormValues(type: ContentType, data: Data): Record<string, string> {
	const out: Record<string, string> = {};
	for (const f of SPECS[type]) {
		const v = getPath(data, f.name);
		if (f.kind === 'translated' || f.kind === 'translated-long') {
			for (const l of LOCALES) out[`${f.name}.${l}`] = (v as Translated | null)?.[l] ?? '';
		} else if (f.kind === 'list') out[f.name] = ((v as string[] | null) ?? []).join('\n');
		else if (f.kind === 'bool') out[f.name] = v ? 'on' : '';
		else out[f.name] = v == null ? '' : String(v);
	}
	return out;
}

const MAX = { translated: 300, 'translated-long': 6000, text: 300, url: 500 } as const;

/** Parses and validates posted form values; errors are keyed by form field name. */
export function fromFormValues(type: ContentType, values: Record<string, string>): { ok: true; data: Data } | { ok: false; errors: Record<string, string> } {
	const data: Data = {};
	const errors: Record<string, string> = {};
	for (const f of SPECS[type]) {
		if (f.kind === 'translated' || f.kind === 'translated-long') {
			const t: Translated = {};
			for (const l of LOCALES) {
				const v = (values[`${f.name}.${l}`] ?? '').replace(/\r\n?/g, '\n').trim();
				if (v.length > MAX[f.kind]) errors[`${f.name}.${l}`] = 'error_too_long';
				if (v) t[l] = v;
			}
			if (f.required && !Object.keys(t).length) errors[`${f.name}.ky`] = 'error_translation_required';
			setPath(data, f.name, Object.keys(t).length ? t : null);
		} else if (f.kind === 'list') {
			const items = (values[f.name] ?? '')
				.split(/[\n,]/)
				.map((s) => s.trim())
				.filter(Boolean);
			if (items.length > 50 || items.some((i) => i.length > 120)) errors[f.name] = 'error_too_long';
			setPath(data, f.name, items);
		} else if (f.kind === 'bool') {
			setPath(data, f.name, values[f.name] === 'on');
		} else {
			const v = (values[f.name] ?? '').trim();
			if (f.required && !v) errors[f.name] = 'error_required';
			else if (v.length > (f.kind === 'url' ? MAX.url : MAX.text)) errors[f.name] = 'error_too_long';
			else if (f.kind === 'url' && v && !z.url({ protocol: /^https?$/ }).safeParse(v).success) errors[f.name] = 'error_url';
			else if (f.kind === 'date' && v && !/^\d{4}-\d{2}-\d{2}$/.test(v)) errors[f.name] = 'error_date';
			else if (f.name.endsWith('.date') && v && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(v)) errors[f.name] = 'error_date';
			else if (f.kind === 'select' && v && !f.options!.includes(v)) errors[f.name] = 'error_choose_one';
			else if (f.name === 'slug' && v && !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(v)) errors[f.name] = 'error_slug';
			else if (f.name === 'countryIso2' && v && !/^[A-Za-z]{2}$/.test(v)) errors[f.name] = 'error_country';
			setPath(data, f.name, v ? (f.name === 'countryIso2' ? v.toUpperCase() : v) : null);
		}
	}
	return Object.keys(errors).length ? { ok: false, errors } : { ok: true, data };
}

/** Languages missing from any translated field of a record. */
export function missingLanguages(type: ContentType, data: Data): string[] {
	const missing = new Set<string>();
	for (const f of SPECS[type]) {
		if (f.kind !== 'translated' && f.kind !== 'translated-long') continue;
		const v = getPath(data, f.name) as Translated | null;
		if (!v) continue;
		for (const l of LOCALES) if (!v[l]?.trim()) missing.add(l);
	}
	return [...missing];
}
