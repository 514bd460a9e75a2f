import { describe, expect, it } from 'vitest';
import { checkField, guessMapping, mixesScripts, parseCountry, parseDate, parsePin, parseRegion, type FieldDef } from './fields';
import { REGISTERS } from './registers';
import { sniff, sniffDelimiter, sniffEncoding } from './sniff';

const field = (kind: FieldDef['kind'], extra: Partial<FieldDef> = {}): FieldDef => ({ key: 'x', kind, aliases: [], ...extra });
const today = '2026-12-02';

describe('import checks', () => {
	it('reads regions in three languages and their common spellings; bare "Ош" is ambiguous', () => {
		const cases: Record<string, unknown> = {
			'Чүй облусу': 'KG-C',
			'Чуйская обл.': 'KG-C',
			'Chüy Region': 'KG-C',
			'г. Бишкек': 'KG-GB',
			'Бишкек шаары': 'KG-GB',
			'Иссык-Кульская область': 'KG-Y',
			'Ысык-Көл': 'KG-Y',
			'Джалал-Абад': 'KG-J',
			Таласская: 'KG-T',
			'Ош облусу': 'KG-O',
			'город Ош': 'KG-GO',
			'KG-N': 'KG-N'
		};
		for (const [text, code] of Object.entries(cases)) expect(parseRegion(text), text).toEqual({ code });
		expect(parseRegion('Ош')).toEqual({ ambiguous: true });
		expect(parseRegion('Марс')).toBeNull();
	});

	it('reads countries by code and by name, also the everyday ones', () => {
		for (const [text, iso] of [
			['Орусия', 'RU'],
			['РФ', 'RU'],
			['Russia', 'RU'],
			['Казахстан', 'KZ'],
			['Түштүк Корея', 'KR'],
			['UK', 'GB'],
			['Türkiye', 'TR'],
			['DEU', 'DE']
		])
			expect(parseCountry(text), text).toBe(iso);
		expect(parseCountry('Атлантида')).toBeNull();
	});

	it('reads dates day first, ISO and as spreadsheet serials; refuses impossible and future ones', () => {
		expect(parseDate('05.03.2024')).toBe('2024-03-05');
		expect(parseDate('2024-3-5')).toBe('2024-03-05');
		expect(parseDate(45356)).toBe('2024-03-05');
		expect(parseDate('31.02.2024')).toBeNull();
		expect(parseDate('05.03.24')).toBeNull(); // two-digit years are ambiguous
		expect(checkField(field('date'), '01.01.2099', today)).toEqual({ ok: false, issue: { field: 'x', code: 'import_issue_date_future' } });
	});

	it('checks personal numbers, phones, passports and mixed scripts', () => {
		expect(parsePin('21503199000101')).toEqual({ pin: '21503199000101', sex: 'male', birthDate: '1990-03-15' });
		expect(parsePin('31503199000101')).toBeNull();
		expect(checkField(field('phone'), '0700 123 456', today)).toEqual({ ok: true, value: '+996700123456' });
		expect(checkField(field('phone'), '12-34', today)).toMatchObject({ ok: false, issue: { code: 'import_issue_phone' } });
		expect(checkField(field('passport'), 'an 1234567', today)).toEqual({ ok: true, value: 'AN1234567' });
		expect(checkField(field('passport'), 'АН1234567', today)).toMatchObject({ ok: false, issue: { code: 'import_issue_passport_cyrillic' } });
		expect(mixesScripts('Caдыков')).toBe(true);
		expect(mixesScripts('Садыков Erlan')).toBe(false);
		expect(checkField(field('name'), 'Caдыков Эрлан', today)).toMatchObject({ ok: false, issue: { code: 'import_issue_mixed_script' } });
		expect(checkField(field('text'), '=HYPERLINK("x")', today)).toMatchObject({ ok: false, issue: { code: 'import_issue_formula' } });
		expect(checkField(field('text'), { formula: 'A1' }, today)).toMatchObject({ ok: false, issue: { code: 'import_issue_formula' } });
		expect(checkField(field('text'), 'a\u0000b', today)).toMatchObject({ ok: false, issue: { code: 'import_issue_control' } });
	});

	it('guesses columns from headers in ky, ru and en, each column once', () => {
		const fields = REGISTERS.clients.fields;
		expect(guessMapping(fields, ['ПИН', 'Аты-жөнү', 'Туулган күнү', 'Телефон номери', 'Облус'])).toMatchObject({
			pin: 0,
			full_name: 1,
			birth_date: 2,
			phone: 3,
			region: 4
		});
		expect(guessMapping(fields, ['Full name', 'Phone', 'PIN', 'Date of birth'])).toMatchObject({ full_name: 0, phone: 1, pin: 2, birth_date: 3 });
		expect(guessMapping(fields, ['ФИО', 'telefon'])).toMatchObject({ full_name: 0, phone: 1 });
	});
});

describe('file sniffing', () => {
	it('tells XLSX, protected workbooks, UTF-8, Windows-1251 and binary apart', () => {
		expect(sniff(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0]))).toEqual({ kind: 'xlsx' });
		expect(sniff(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).toEqual({ kind: 'protected' });
		expect(sniff(Buffer.alloc(0))).toEqual({ kind: 'empty' });
		expect(sniff(Buffer.from('%PDF-1.4\n'))).toEqual({ kind: 'unknown' });
		expect(sniffEncoding(Buffer.from('ФИО;Телефон\n'))).toBe('utf-8');
		expect(sniffEncoding(Buffer.from([0xd4, 0xc8, 0xce, 0x3b, 0x0a]))).toBe('windows-1251'); // "ФИО;" in Windows-1251
		expect(sniffEncoding(Buffer.from('ФИО'.repeat(30)).subarray(0, 89))).toBe('utf-8'); // a character cut at the end
	});

	it('finds the delimiter, ignoring quoted text', () => {
		expect(sniffDelimiter('a;b;c\n1;"x, y";3\n')).toBe(';');
		expect(sniffDelimiter('a\tb\n1\t2\n')).toBe('\t');
		expect(sniffDelimiter('a,b,c\n1,2,3\n')).toBe(',');
	});
});
