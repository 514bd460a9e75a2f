/**
 * What an uploaded file is, from its first bytes (the name and the browser's type are not trusted):
 * XLSX (a zip), a password-protected workbook or an old .xls (an OLE compound file), or text, whose
 * encoding (UTF-8 with or without BOM, UTF-16 with BOM, otherwise Windows-1251) and delimiter are guessed.
 */
export type Sniffed =
	{ kind: 'xlsx' } | { kind: 'csv'; encoding: CsvEncoding; delimiter: Delimiter } | { kind: 'empty' } | { kind: 'protected' } | { kind: 'unknown' };

export const ENCODINGS = ['utf-8', 'windows-1251', 'utf-16le', 'utf-16be'] as const;
export type CsvEncoding = (typeof ENCODINGS)[number];
export const DELIMITERS = [',', ';', '\t', '|'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const starts = (b: Uint8Array, magic: number[]) => magic.every((x, i) => b[i] === x);

/** The encoding of a text sample: a byte-order mark decides; valid UTF-8 is UTF-8; otherwise Windows-1251. */
export function sniffEncoding(sample: Uint8Array): CsvEncoding | null {
	if (starts(sample, [0xef, 0xbb, 0xbf])) return 'utf-8';
	if (starts(sample, [0xff, 0xfe])) return 'utf-16le';
	if (starts(sample, [0xfe, 0xff])) return 'utf-16be';
	// NUL bytes mean binary (or UTF-16 without a mark, which we do not guess).
	if (sample.subarray(0, 8192).includes(0)) return null;
	// A multi-byte character may be cut at the end of the sample: drop up to 3 trailing bytes.
	for (let cut = 0; cut <= 3 && cut < sample.length; cut++) {
		try {
			new TextDecoder('utf-8', { fatal: true }).decode(sample.subarray(0, sample.length - cut));
			return 'utf-8';
		} catch {
			/* try a shorter sample */
		}
	}
	return 'windows-1251';
}

/**
 * The delimiter used in the first lines: the candidate found the same (non-zero) number of times on
 * most lines, preferring the most frequent; quoted text is ignored.
 */
export function sniffDelimiter(text: string): Delimiter {
	const lines: string[] = [];
	let current = '';
	let quoted = false;
	for (const ch of text) {
		if (ch === '"') quoted = !quoted;
		if ((ch === '\n' || ch === '\r') && !quoted) {
			if (current.trim()) lines.push(current);
			current = '';
			if (lines.length >= 20) break;
			continue;
		}
		if (!quoted) current += ch;
	}
	if (current.trim() && lines.length < 20) lines.push(current);
	let best: Delimiter = ',';
	let bestScore = 0;
	for (const d of DELIMITERS) {
		const counts = lines.map((l) => l.split(d).length - 1);
		const first = counts[0] ?? 0;
		if (!first) continue;
		const agreeing = counts.filter((c) => c === first).length;
		const score = agreeing * 1000 + first;
		if (score > bestScore) {
			best = d;
			bestScore = score;
		}
	}
	return best;
}

export function decodeSample(sample: Uint8Array, encoding: CsvEncoding): string {
	return new TextDecoder(encoding).decode(sample);
}

export function sniff(sample: Uint8Array): Sniffed {
	if (sample.length === 0) return { kind: 'empty' };
	if (starts(sample, ZIP)) return { kind: 'xlsx' };
	if (starts(sample, OLE)) return { kind: 'protected' };
	const encoding = sniffEncoding(sample);
	if (!encoding) return { kind: 'unknown' };
	const text = decodeSample(sample, encoding).replace(/^\uFEFF/, '');
	if (!text.trim()) return { kind: 'empty' };
	// Text with control characters other than tab and line ends is not a CSV (PDF, images, …).
	const controls = text.slice(0, 8192).match(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g)?.length ?? 0;
	if (controls > 0) return { kind: 'unknown' };
	if (/^\s*(%PDF|<\?xml|<!doctype|<html|\{\\rtf)/i.test(text)) return { kind: 'unknown' };
	return { kind: 'csv', encoding, delimiter: sniffDelimiter(text) };
}
