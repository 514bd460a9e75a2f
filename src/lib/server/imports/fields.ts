import countries from 'i18n-iso-countries';
import { LOCALES } from '#lib/i18n';
import { normalisePhone } from '../auth/phone';
import { normalise } from '../portal/normalise';
import { REGIONS } from '../reference/data/regions';
import type { RawCell } from './reader';

/**
 * The checks of one cell (docs/decisions/0017). Each returns the clean value or an issue: a message key
 * (`import_issue_*`, shown in the officer's language) and its parameters — never the value itself.
 */
export type FieldKind =
	| 'text'
	| 'name'
	| 'pin'
	| 'passport'
	| 'tax_number'
	| 'licence_number'
	| 'phone'
	| 'email'
	| 'date'
	| 'birth_date'
	| 'any_date'
	| 'region'
	| 'country'
	| 'countries'
	| 'sex'
	| 'choice'
	| 'choices'
	| 'amount'
	| 'currency';

export interface FieldDef {
	key: string;
	kind: FieldKind;
	required?: boolean;
	max?: number;
	/** header words that point at this field, in ky, ru and en (compared in script-neutral form) */
	aliases: string[];
	/** choice fields: value → words that mean it */
	choices?: Record<string, string[]>;
}

export interface Issue {
	field: string | null;
	code: string;
	params?: Record<string, string | number>;
}
export type Checked = { ok: true; value: string | string[] | null } | { ok: false; issue: Issue };

const ok = (value: string | string[] | null): Checked => ({ ok: true, value });
const bad = (field: string, code: string, params?: Record<string, string | number>): Checked => ({ ok: false, issue: { field, code, params } });

/** Today in Bishkek, YYYY-MM-DD (dates in Kyrgyz registers are local dates). */
export function todayInBishkek(now = new Date()): string {
	return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Bishkek' }).format(now);
}

const LATIN = /\p{Script=Latin}/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;

/** True when one word has both Latin and Cyrillic letters ("Aсанов" with a Latin A). */
export function mixesScripts(text: string): boolean {
	for (const word of text.split(/[^\p{L}\p{M}]+/u)) if (word && LATIN.test(word) && CYRILLIC.test(word)) return true;
	return false;
}

/** Tab, line ends and ordinary characters only (NUL and other control characters are refused). */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

function asText(cell: RawCell): string {
	if (cell === null || cell === undefined) return '';
	if (cell instanceof Date) return cell.toISOString().slice(0, 10);
	if (typeof cell === 'number') return Number.isInteger(cell) ? cell.toFixed(0) : String(cell);
	if (typeof cell === 'object') return '';
	return String(cell).trim();
}

// ─── dates ─────────────────────────────────────────────────────────────────────────────

const validDay = (y: number, m: number, d: number) => {
	const t = new Date(Date.UTC(y, m - 1, d));
	return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
};
const iso = (y: number, m: number, d: number) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/** A date from a cell: a spreadsheet date or serial number, YYYY-MM-DD, or day first (DD.MM.YYYY, DD/MM/YYYY). */
export function parseDate(cell: RawCell): string | null {
	if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? null : cell.toISOString().slice(0, 10);
	if (typeof cell === 'number') {
		if (!Number.isFinite(cell) || cell < 1 || cell > 2_958_465) return null;
		return new Date(Date.UTC(1899, 11, 30) + Math.floor(cell) * 86_400_000).toISOString().slice(0, 10);
	}
	const text = asText(cell);
	let m = text.match(/^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+Z?)?$/);
	if (m) {
		const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
		return validDay(y, mo, d) ? iso(y, mo, d) : null;
	}
	m = text.match(/^(\d{1,2})[./-](\d{1,2})[./-](\d{4})(?:\s*(?:г\.?|ж\.?))?$/);
	if (m) {
		const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
		return validDay(y, mo, d) ? iso(y, mo, d) : null;
	}
	return null;
}

// ─── regions ───────────────────────────────────────────────────────────────────────────

// Words and names in their script-neutral form (normalise folds doubled letters: шаары → shari).
const REGION_WORDS = new Set(['oblast', 'obl', 'oblusu', 'oblasti', 'region', 'reg', 'province', 'oblys'].map(normalise));
const CITY_WORDS = new Set(['g', 'gor', 'gorod', 'city', 'shaary', 'shaar', 'sh', 'town'].map(normalise));
const REGION_STEM_LIST: Record<string, string> = {
	batken: 'KG-B',
	chui: 'KG-C',
	chu: 'KG-C',
	'jalal abad': 'KG-J',
	'djalal abad': 'KG-J',
	jalalabad: 'KG-J',
	djalalabad: 'KG-J',
	narin: 'KG-N',
	talas: 'KG-T',
	tala: 'KG-T', // Таласская, once the adjective ending is cut
	'isik kul': 'KG-Y',
	'isik kol': 'KG-Y',
	isikkul: 'KG-Y',
	isikkol: 'KG-Y',
	bishkek: 'KG-GB',
	osh: 'osh'
};
const REGION_STEMS: Record<string, string> = Object.fromEntries(Object.entries(REGION_STEM_LIST).map(([k, v]) => [normalise(k), v]));

export function parseRegion(text: string): { code: string } | { ambiguous: true } | null {
	const upper = text.trim().toUpperCase();
	if (REGIONS.some((r) => r.code === upper)) return { code: upper };
	const tokens = normalise(text).split(' ').filter(Boolean);
	const city = tokens.some((t) => CITY_WORDS.has(t));
	const oblast = tokens.some((t) => REGION_WORDS.has(t));
	const rest = tokens
		.filter((t) => !CITY_WORDS.has(t) && !REGION_WORDS.has(t))
		.join(' ')
		.replace(/(skaia|skoi|skii|skaja|skai|ska)$/, '');
	const found = REGION_STEMS[rest] ?? REGION_STEMS[rest.replace(/ /g, '')] ?? REGION_STEMS[normalise(rest)];
	if (!found) return null;
	if (found !== 'osh') return { code: found };
	if (oblast && !city) return { code: 'KG-O' };
	if (city && !oblast) return { code: 'KG-GO' };
	return { ambiguous: true };
}

// ─── countries ─────────────────────────────────────────────────────────────────────────

const COUNTRY_ALIASES: Record<string, string> = {
	rf: 'RU',
	'rossiiskaia federaciia': 'RU',
	orusiia: 'RU',
	russia: 'RU',
	rossia: 'RU',
	korea: 'KR',
	'south korea': 'KR',
	'iujnaia koreia': 'KR',
	koreia: 'KR',
	'tushtuk koreia': 'KR',
	'respublika koreia': 'KR',
	uk: 'GB',
	england: 'GB',
	britain: 'GB',
	'great britain': 'GB',
	angliia: 'GB',
	velikobritaniia: 'GB',
	'ulu britaniia': 'GB',
	turkey: 'TR',
	turciia: 'TR',
	turkiia: 'TR',
	turkiye: 'TR',
	uae: 'AE',
	oae: 'AE',
	bae: 'AE',
	emirates: 'AE',
	usa: 'US',
	ssha: 'US',
	ash: 'US',
	america: 'US',
	kazakstan: 'KZ',
	kazahstan: 'KZ',
	uzbekistan: 'UZ',
	ozbekstan: 'UZ',
	tajikistan: 'TJ',
	tadjikistan: 'TJ'
};
let countryIndex: Map<string, string> | undefined;

function countryMap(): Map<string, string> {
	if (countryIndex) return countryIndex;
	const map = new Map<string, string>();
	for (const iso2 of Object.keys(countries.getAlpha2Codes())) {
		map.set(iso2.toLowerCase(), iso2);
		map.set(countries.alpha2ToAlpha3(iso2)!.toLowerCase(), iso2);
		for (const locale of LOCALES) {
			const name = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' }).of(iso2);
			if (name) map.set(normalise(name), iso2);
		}
	}
	for (const [alias, iso2] of Object.entries(COUNTRY_ALIASES)) map.set(normalise(alias), iso2);
	map.delete('kg'); // "KG" stays Kyrgyzstan below, but never a destination by accident of case
	map.set('kg', 'KG');
	countryIndex = map;
	return map;
}

export function parseCountry(text: string): string | null {
	const t = text.trim();
	if (!t) return null;
	const map = countryMap();
	return map.get(t.toLowerCase()) ?? map.get(normalise(t)) ?? null;
}

// ─── the rest ──────────────────────────────────────────────────────────────────────────

const SEX_WORDS: Record<string, 'male' | 'female'> = {
	m: 'male',
	male: 'male',
	man: 'male',
	muj: 'male',
	mujskoi: 'male',
	mujchina: 'male',
	e: 'male',
	erkek: 'male',
	er: 'male',
	f: 'female',
	female: 'female',
	woman: 'female',
	j: 'female',
	jen: 'female',
	jenskii: 'female',
	jenshina: 'female',
	a: 'female',
	aial: 'female',
	aiol: 'female',
	ayal: 'female'
};

const SEX: Record<string, 'male' | 'female'> = Object.fromEntries(Object.entries(SEX_WORDS).map(([k, v]) => [normalise(k), v]));

/** A Kyrgyz personal number (ПИН): 14 digits, sex (1 female, 2 male), birth date DDMMYYYY, 5 digits. */
export function parsePin(text: string): { pin: string; sex: 'male' | 'female'; birthDate: string } | null {
	const pin = text.replace(/[\s-]/g, '');
	const m = pin.match(/^([12])(\d{2})(\d{2})(\d{4})\d{5}$/);
	if (!m) return null;
	const [d, mo, y] = [Number(m[2]), Number(m[3]), Number(m[4])];
	if (!validDay(y, mo, d) || y < 1900) return null;
	return { pin, sex: m[1] === '2' ? 'male' : 'female', birthDate: iso(y, mo, d) };
}

const CURRENCIES = new Set(Intl.supportedValuesOf('currency'));
const CURRENCY_WORDS: Record<string, string> = {
	som: 'KGS',
	rubl: 'RUB',
	rub: 'RUB',
	tenge: 'KZT',
	von: 'KRW',
	won: 'KRW',
	dollar: 'USD',
	evro: 'EUR',
	euro: 'EUR',
	funt: 'GBP',
	lira: 'TRY'
};

function choice(def: FieldDef, text: string): string | null {
	const n = normalise(text);
	for (const [value, words] of Object.entries(def.choices ?? {})) {
		if (n === normalise(value) || words.some((w) => normalise(w) === n)) return value;
	}
	return null;
}

/** Kinds whose values repeat down a column (regions, countries, dates…): their answers are remembered per field. */
const MEMO_KINDS = new Set<FieldKind>(['region', 'country', 'countries', 'sex', 'choice', 'choices', 'date', 'birth_date', 'any_date', 'currency']);
const MEMO_MAX = 50_000;
const memo = new WeakMap<FieldDef, { today: string; answers: Map<string, Checked> }>();

/** Checks one cell for a field. */
export function checkField(def: FieldDef, cell: RawCell, today: string): Checked {
	if (typeof cell !== 'string' || !MEMO_KINDS.has(def.kind)) return checkCell(def, cell, today);
	let m = memo.get(def);
	if (!m || m.today !== today || m.answers.size >= MEMO_MAX) memo.set(def, (m = { today, answers: new Map() }));
	let answer = m.answers.get(cell);
	if (!answer) m.answers.set(cell, (answer = checkCell(def, cell, today)));
	return answer;
}

const SCRIPT_CHECKED = new Set<FieldKind>(['text', 'name', 'passport', 'licence_number', 'choice', 'choices']);

function checkCell(def: FieldDef, cell: RawCell, today: string): Checked {
	const f = def.key;
	if (cell !== null && typeof cell === 'object' && !(cell instanceof Date)) return bad(f, 'import_issue_formula');
	const text = asText(cell);
	if (!text) return def.required ? bad(f, 'import_issue_required') : ok(null);
	if (typeof cell === 'string' && cell.trimStart().startsWith('=')) return bad(f, 'import_issue_formula');
	if (CONTROL.test(text)) return bad(f, 'import_issue_control');
	const max = def.max ?? 300;
	if (text.length > max) return bad(f, 'import_issue_too_long', { max });
	if (SCRIPT_CHECKED.has(def.kind) && mixesScripts(text)) return bad(f, 'import_issue_mixed_script');

	switch (def.kind) {
		case 'text':
			return ok(text.replace(/\s+/g, ' '));
		case 'name': {
			const clean = text.replace(/\s+/g, ' ');
			if (!/^[\p{L}\p{M}][\p{L}\p{M} .'’ʼ-]*$/u.test(clean)) return bad(f, 'import_issue_name');
			return ok(clean);
		}
		case 'pin': {
			const p = parsePin(text);
			return p ? ok(p.pin) : bad(f, 'import_issue_pin');
		}
		case 'passport': {
			const p = text.replace(/[\s-]/g, '').toUpperCase();
			if (CYRILLIC.test(p)) return bad(f, 'import_issue_passport_cyrillic');
			return /^[A-Z]{2}\d{7}$/.test(p) ? ok(p) : bad(f, 'import_issue_passport');
		}
		case 'tax_number': {
			const t = text.replace(/\s/g, '');
			return /^\d{14}$/.test(t) ? ok(t) : bad(f, 'import_issue_tax_number');
		}
		case 'licence_number':
			return /^[\p{L}\d][\p{L}\d\-/. ]{2,29}$/u.test(text) ? ok(text) : bad(f, 'import_issue_licence_number');
		case 'phone': {
			const phone = normalisePhone(text);
			return phone ? ok(phone) : bad(f, 'import_issue_phone');
		}
		case 'email':
			return /^[^\s@]{1,64}@[^\s@]+\.[^\s@]{2,}$/.test(text) ? ok(text.toLowerCase()) : bad(f, 'import_issue_email');
		case 'date':
		case 'birth_date': {
			const date = parseDate(cell);
			if (!date) return bad(f, 'import_issue_date');
			if (date > today) return bad(f, 'import_issue_date_future');
			if (date < '1900-01-01') return bad(f, 'import_issue_date_old');
			return ok(date);
		}
		case 'any_date': {
			const date = parseDate(cell);
			if (!date) return bad(f, 'import_issue_date');
			if (date < '1900-01-01' || date > '2199-12-31') return bad(f, 'import_issue_date_old');
			return ok(date);
		}
		case 'region': {
			const r = parseRegion(text);
			if (!r) return bad(f, 'import_issue_region');
			if ('ambiguous' in r) return bad(f, 'import_issue_region_osh');
			return ok(r.code);
		}
		case 'country': {
			const c = parseCountry(text);
			return c ? ok(c) : bad(f, 'import_issue_country');
		}
		case 'countries': {
			const parts = text
				.split(/[,;/\n]+/)
				.map((p) => p.trim())
				.filter(Boolean);
			const codes: string[] = [];
			for (const part of parts) {
				const c = parseCountry(part);
				if (!c) return bad(f, 'import_issue_country');
				codes.push(c);
			}
			return codes.length ? ok([...new Set(codes)].sort()) : bad(f, 'import_issue_required');
		}
		case 'sex': {
			const s = SEX[normalise(text)];
			return s ? ok(s) : bad(f, 'import_issue_sex');
		}
		case 'choice': {
			const c = choice(def, text);
			return c ? ok(c) : bad(f, 'import_issue_choice');
		}
		case 'choices': {
			const values: string[] = [];
			for (const part of text
				.split(/[,;/\n]+/)
				.map((p) => p.trim())
				.filter(Boolean)) {
				const c = choice(def, part);
				if (!c) return bad(f, 'import_issue_choice');
				values.push(c);
			}
			return ok([...new Set(values)]);
		}
		case 'amount': {
			const a = (typeof cell === 'number' ? String(cell) : text).replace(/[\s\u00a0]/g, '').replace(',', '.');
			return /^\d{1,12}(\.\d{1,2})?$/.test(a) ? ok(a) : bad(f, 'import_issue_amount');
		}
		case 'currency': {
			const code = text.toUpperCase();
			if (CURRENCIES.has(code)) return ok(code);
			const word = CURRENCY_WORDS[normalise(text)];
			return word ? ok(word) : bad(f, 'import_issue_currency');
		}
	}
}

// ─── mapping ───────────────────────────────────────────────────────────────────────────

const headerKey = (h: string) => normalise(h).replace(/ /g, '');

/**
 * Guesses which column holds each field from the header row: an exact alias match first, then a
 * header that contains an alias (longest alias wins). Each column serves one field.
 */
export function guessMapping(fields: FieldDef[], headers: string[]): Record<string, number> {
	const keys = headers.map((h) => headerKey(h ?? ''));
	const mapping: Record<string, number> = {};
	const used = new Set<number>();
	for (const pass of ['exact', 'contains'] as const) {
		for (const field of fields) {
			if (mapping[field.key] !== undefined) continue;
			const aliases = [field.key, ...field.aliases]
				.map(headerKey)
				.filter(Boolean)
				.sort((a, b) => b.length - a.length);
			let found = -1;
			for (const alias of aliases) {
				found = keys.findIndex((k, i) => !used.has(i) && k && (pass === 'exact' ? k === alias : alias.length >= 3 && k.includes(alias)));
				if (found !== -1) break;
			}
			if (found !== -1) {
				mapping[field.key] = found;
				used.add(found);
			}
		}
	}
	return mapping;
}
