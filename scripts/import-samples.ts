/**
 * Writes the sample files under samples/imports/ (committed; the tests and the README use them):
 * clean and messy employment-centre client lists (XLSX, CSV in UTF-8 and Windows-1251), the messy
 * list corrected, a licence register, a consular list and a returnee list, and broken files.
 * Run again after changing it: `npx tsx scripts/import-samples.ts`. All people are invented.
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import ExcelJS from 'exceljs';

const dir = 'samples/imports';
mkdirSync(`${dir}/broken`, { recursive: true });

/** A personal number: sex digit (1 female, 2 male), birth date DDMMYYYY, five digits. */
const pin = (sex: 'm' | 'f', birth: string, n: number) => {
	const [y, m, d] = birth.split('-');
	return `${sex === 'm' ? 2 : 1}${d}${m}${y}${String(n).padStart(5, '0')}`;
};

const clients = [
	{
		pin: pin('m', '1990-03-15', 101),
		name: 'Асанов Бакыт Асанович',
		sex: 'эркек',
		birth: '15.03.1990',
		phone: '0700 123 451',
		region: 'Чүй облусу',
		status: 'чыгууну пландаган',
		country: 'Орусия',
		sector: 'курулуш',
		date: '12.01.2024'
	},
	{
		pin: pin('f', '1995-07-02', 102),
		name: 'Токтогулова Айзада',
		sex: 'аял',
		birth: '02.07.1995',
		phone: '0555 987 652',
		region: 'Ош шаары',
		status: 'кайтып келген',
		country: 'Казакстан',
		sector: 'тамак-аш',
		date: '20.02.2024'
	},
	{
		pin: pin('m', '1988-11-23', 103),
		name: 'Мамытов Нурлан',
		sex: '',
		birth: '',
		phone: '+996 770 111 223',
		region: 'Нарын облусу',
		status: 'чет өлкөдө',
		country: 'Түштүк Корея',
		sector: 'өндүрүш',
		date: '03.03.2024'
	},
	{
		pin: pin('f', '1999-01-30', 104),
		name: 'Жумабаева Гүлнара',
		sex: 'аял',
		birth: '30.01.1999',
		phone: '0502 333 444',
		region: 'Ысык-Көл облусу',
		status: 'чыгууну пландаган',
		country: 'Улуу Британия',
		sector: 'айыл чарба',
		date: '15.04.2024'
	},
	{
		pin: pin('m', '1985-05-05', 105),
		name: 'Садыков Эрлан',
		sex: 'эркек',
		birth: '05.05.1985',
		phone: '0709 555 666',
		region: 'Баткен облусу',
		status: 'кайтып келген',
		country: 'Орусия',
		sector: 'транспорт',
		date: '01.06.2024'
	},
	{
		pin: pin('f', '1992-09-12', 106),
		name: 'Осмонова Чолпон',
		sex: 'аял',
		birth: '12.09.1992',
		phone: '0777 121 314',
		region: 'Талас облусу',
		status: 'чыгууну пландаган',
		country: 'Түркия',
		sector: 'кам көрүү',
		date: '10.07.2024'
	},
	{
		pin: pin('m', '1997-12-01', 107),
		name: 'Бекболотов Айбек',
		sex: 'эркек',
		birth: '01.12.1997',
		phone: '0990 101 202',
		region: 'Жалал-Абад облусу',
		status: 'чет өлкөдө',
		country: 'Орусия',
		sector: 'курулуш',
		date: '22.08.2024'
	},
	{
		pin: pin('f', '1993-04-18', 108),
		name: 'Кадырова Назгүл',
		sex: 'аял',
		birth: '18.04.1993',
		phone: '0559 404 505',
		region: 'Бишкек шаары',
		status: 'кайтып келген',
		country: 'Казакстан',
		sector: 'соода',
		date: '05.09.2024'
	}
];

const HEADERS_KY = ['ПИН', 'Аты-жөнү', 'Жынысы', 'Туулган күнү', 'Уюлдук', 'Облус', 'Абалы', 'Баруучу өлкө', 'Тармак', 'Кайрылган күнү', 'Эскертүү'];
const HEADERS_RU = ['ПИН', 'ФИО', 'Пол', 'Дата рождения', 'Телефон', 'Область', 'Статус', 'Страна назначения', 'Сфера', 'Дата обращения'];
type Client = (typeof clients)[number];
const kyRow = (c: Client, note = '') => [c.pin, c.name, c.sex, c.birth, c.phone, c.region, c.status, c.country, c.sector, c.date, note];

async function xlsx(path: string, headers: string[], rows: (string | number | { formula: string; result: unknown } | Date | null)[][]) {
	const wb = new ExcelJS.Workbook();
	const ws = wb.addWorksheet('Кардарлар');
	ws.addRow(headers);
	for (const r of rows) ws.addRow(r);
	await wb.xlsx.writeFile(path);
}

const csv = (rows: string[][], delimiter: string) =>
	rows.map((r) => r.map((v) => (/["\n;,\t]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v)).join(delimiter)).join('\r\n') + '\r\n';

/** Windows-1251 for Russian text (the letters this sample uses). */
function cp1251(text: string): Buffer {
	const out: number[] = [];
	for (const ch of text) {
		const c = ch.codePointAt(0)!;
		if (c < 0x80) out.push(c);
		else if (c >= 0x410 && c <= 0x44f) out.push(c - 0x410 + 0xc0);
		else if (c === 0x401) out.push(0xa8);
		else if (c === 0x451) out.push(0xb8);
		else if (c === 0x2116) out.push(0xb9);
		else throw new Error(`no Windows-1251 byte for ${ch}`);
	}
	return Buffer.from(out);
}

// The messy list as an employment centre might keep it: Kyrgyz headers (one the guess cannot place),
// a bad phone, an unknown region, a date in the future, a duplicate, Latin letters in a Cyrillic name,
// a formula, "Ош" without saying city or region.
const messy = [
	kyRow(clients[0]),
	kyRow({ ...clients[1], phone: '12-34' }, 'телефону туура эмес'),
	kyRow({ ...clients[2], region: 'Марс облусу' }),
	kyRow({ ...clients[3], date: '15.04.2099' }),
	kyRow({ ...clients[0], name: 'Асанов Бакыт' }, 'кайталанган'),
	kyRow({ ...clients[4], name: 'Caдыков Эрлан' }), // Latin C
	[clients[5].pin, { formula: 'CONCATENATE("Осмонова"," Чолпон")', result: 'Осмонова Чолпон' }, ...kyRow(clients[5]).slice(2)],
	kyRow({ ...clients[6], region: 'Ош' }),
	kyRow(clients[7]),
	[null, null, null, null, null, null, null, null, null, null, null]
];
await xlsx(`${dir}/clients-messy.xlsx`, HEADERS_KY, messy as never);
// The same list, corrected by the officer after reading the report.
await xlsx(`${dir}/clients-corrected.xlsx`, HEADERS_KY, clients.map((c) => kyRow(c)) as never);
await xlsx(`${dir}/clients-clean.xlsx`, HEADERS_KY, clients.map((c) => kyRow(c)) as never);

const ruRows = clients.map((c) => [c.pin, c.name, c.sex === 'эркек' ? 'м' : c.sex === 'аял' ? 'ж' : '', c.birth, c.phone, c.region, '', c.country, '', c.date]);
const ruText = (rows: string[][]) => rows.map((r) => r.map((v) => v.replace(/[ҮүӨөҢң]/g, (x) => ({ Ү: 'У', ү: 'у', Ө: 'О', ө: 'о', Ң: 'Н', ң: 'н' })[x]!)));
writeFileSync(`${dir}/clients-utf8.csv`, '\uFEFF' + csv([HEADERS_RU, ...ruRows], ','));
writeFileSync(
	`${dir}/clients-cp1251.csv`,
	cp1251(csv(ruText([HEADERS_RU, ...ruRows.map((r) => [...r.slice(0, 5), 'Чуйская обл.', ...r.slice(6, 7), 'Россия', ...r.slice(8)])]), ';'))
);

writeFileSync(
	`${dir}/licences.csv`,
	csv(
		[
			['Номер лицензии', 'ИНН', 'Наименование', 'Адрес', 'Телефон', 'E-mail', 'Дата выдачи', 'Действует до', 'Страны', 'Залог', 'Валюта', 'Статус'],
			[
				'ЛА-2024-101',
				'01234567890101',
				'ОсОО «Жол Сапар»',
				'г. Бишкек, ул. Киевская 10',
				'0312 000 101',
				'info@jol.example',
				'10.01.2024',
				'10.01.2025',
				'Россия; Казахстан',
				'500000',
				'KGS',
				'действует'
			],
			[
				'ЛА-2024-102',
				'01234567890102',
				'ОсОО «Ак Жол Кадр»',
				'г. Ош, ул. Ленина 5',
				'0555 000 102',
				'',
				'01.03.2024',
				'01.03.2025',
				'Республика Корея',
				'1000000',
				'KGS',
				'действует'
			],
			[
				'LA-2023-055',
				'01234567890103',
				'ОсОО «Евразия Труд»',
				'г. Бишкек, пр. Чуй 100',
				'',
				'',
				'15.06.2023',
				'15.06.2024',
				'Великобритания',
				'500000',
				'сом',
				'приостановлена'
			]
		],
		','
	)
);

await xlsx(
	`${dir}/consular-moscow.xlsx`,
	['Паспорт №', 'ФИО', 'ПИН', 'Телефон', 'Город', 'Адрес пребывания', 'Область происхождения', 'Дата прибытия', 'Дата постановки на учет'],
	[
		['AN1234501', 'Исаков Темир', pin('m', '1991-02-10', 201), '+7 916 000 1101', 'Москва', 'ул. Тверская 1', 'Ош облусу', '01.02.2024', '10.02.2024'],
		['AC7654302', 'Абдыкадырова Мээрим', '', '+7 926 000 2202', 'Москва', '', 'Чүй облусу', '15.03.2024', '20.03.2024'],
		['АN1234503', 'Ташиев Улан', '', '', 'Подольск', '', 'Баткен', '01.04.2024', '05.04.2024'] // Cyrillic А in the passport
	] as never
);

writeFileSync(
	`${dir}/returnees.csv`,
	'\uFEFF' +
		csv(
			[
				['PIN', 'Full name', 'Sex', 'Phone', 'Return date', 'Returned from', 'Region', 'Needs'],
				[pin('m', '1989-08-08', 301), 'Kubanychbek Alymbekov', 'male', '0700 300 301', '2024-10-01', 'Russia', 'Osh Region', 'job, training'],
				[pin('f', '1996-06-06', 302), 'Aigerim Sultanova', 'female', '0555 300 302', '2024-11-15', 'Kazakhstan', 'Bishkek', 'business'],
				[pin('m', '1979-03-03', 303), 'Bolot Kasymov', 'male', '0777 300 303', '2025-01-20', 'Türkiye', 'Naryn Region', 'legal']
			],
			'\t'
		)
);

// Broken files: empty, not a spreadsheet, a password-protected workbook (an OLE container), a cut-off XLSX.
writeFileSync(`${dir}/broken/empty.csv`, '');
writeFileSync(`${dir}/broken/not-a-table.pdf`, '%PDF-1.4\n%\u00e2\u00e3\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const ole = Buffer.alloc(4096);
Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(ole);
Buffer.from('EncryptedPackage', 'utf16le').copy(ole, 1024);
writeFileSync(`${dir}/broken/protected.xlsx`, ole);
const { readFileSync } = await import('node:fs');
const whole = readFileSync(`${dir}/clients-clean.xlsx`);
writeFileSync(`${dir}/broken/truncated.xlsx`, whole.subarray(0, Math.floor(whole.length * 0.6)));
// One cell of 100 MB of text, zipped to a few hundred kilobytes (a "zip bomb" for the reader's limits).
const { default: JSZip } = await import('jszip');
const bomb = new JSZip();
const base = await JSZip.loadAsync(whole);
for (const name of Object.keys(base.files)) bomb.file(name, await base.files[name].async('uint8array'));
bomb.file(
	'xl/worksheets/sheet1.xml',
	`<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>${'a'.repeat(100 * 1024 * 1024)}</t></is></c></row></sheetData></worksheet>`
);
writeFileSync(`${dir}/broken/cell-100mb.xlsx`, await bomb.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } }));
console.log('samples written to', dir);
