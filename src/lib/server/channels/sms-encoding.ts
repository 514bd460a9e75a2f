/**
 * SMS encoding (3GPP TS 23.038): GSM-7 when every character is in the default alphabet or its
 * extension table (160 septets, 153 per part of a long message; extension characters count twice),
 * otherwise UCS-2 (70 characters, 67 per part). Kyrgyz ө ү ң and all Cyrillic need UCS-2.
 */
const GSM_BASIC = '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\u001bÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
const BASIC = new Map<string, number>([...GSM_BASIC].map((c, i) => [c, i]));
BASIC.delete('\u001b');
const EXTENSION = new Map<string, number>([
	['\f', 0x0a],
	['^', 0x14],
	['{', 0x28],
	['}', 0x29],
	['\\', 0x2f],
	['[', 0x3c],
	['~', 0x3d],
	[']', 0x3e],
	['|', 0x40],
	['€', 0x65]
]);
const DECODE_BASIC = new Map([...BASIC].map(([c, i]) => [i, c]));
const DECODE_EXTENSION = new Map([...EXTENSION].map(([c, i]) => [i, c]));

export type SmsEncoding = 'gsm7' | 'ucs2';
export const LIMITS = { gsm7: { single: 160, part: 153 }, ucs2: { single: 70, part: 67 } } as const;

const septets = (c: string) => (BASIC.has(c) ? 1 : EXTENSION.has(c) ? 2 : 0);

export function smsEncoding(text: string): SmsEncoding {
	for (const c of text) if (septets(c) === 0) return 'ucs2';
	return 'gsm7';
}

/** The text cut into the parts it is sent as (one part when it fits a single message). */
export function splitSms(text: string): { encoding: SmsEncoding; segments: string[] } {
	const encoding = smsEncoding(text);
	const cost = encoding === 'gsm7' ? septets : (c: string) => c.length; // UTF-16 code units
	const chars = [...text];
	const total = chars.reduce((n, c) => n + cost(c), 0);
	if (total <= LIMITS[encoding].single) return { encoding, segments: [text] };
	const segments: string[] = [];
	let current = '';
	let used = 0;
	for (const c of chars) {
		const n = cost(c);
		// An extension character (escape + code) or a surrogate pair is never split across parts.
		if (used + n > LIMITS[encoding].part) {
			segments.push(current);
			current = '';
			used = 0;
		}
		current += c;
		used += n;
	}
	if (current) segments.push(current);
	return { encoding, segments };
}

/** Parts and encoding of a text (alert previews: SMS parts and cost per language). */
export function smsParts(text: string): { encoding: SmsEncoding; parts: number } {
	const { encoding, segments } = splitSms(text);
	return { encoding, parts: segments.length };
}

/** GSM-7 unpacked (one septet per octet, SMPP data_coding 0) or UCS-2 big-endian (data_coding 8). */
export function encodeSegment(segment: string, encoding: SmsEncoding): Buffer {
	if (encoding === 'ucs2') {
		const buf = Buffer.from(segment, 'utf16le');
		return buf.swap16();
	}
	const out: number[] = [];
	for (const c of segment) {
		const basic = BASIC.get(c);
		if (basic !== undefined) out.push(basic);
		else {
			const ext = EXTENSION.get(c);
			if (ext === undefined) throw new Error('not GSM-7');
			out.push(0x1b, ext);
		}
	}
	return Buffer.from(out);
}

/** Text from an incoming short message (data_coding 0/1 GSM-7 unpacked, 8 UCS-2, 3 Latin-1). */
export function decodeShortMessage(bytes: Buffer, dataCoding: number): string {
	const coding = dataCoding & 0x0f;
	if (coding === 0x08) {
		const even = bytes.length - (bytes.length % 2);
		return Buffer.from(bytes.subarray(0, even)).swap16().toString('utf16le');
	}
	if (coding === 0x03) return bytes.toString('latin1');
	let text = '';
	for (let i = 0; i < bytes.length; i++) {
		if (bytes[i] === 0x1b) {
			if (i + 1 < bytes.length) text += DECODE_EXTENSION.get(bytes[++i]) ?? ' ';
		} else text += DECODE_BASIC.get(bytes[i]) ?? (bytes[i] < 0x80 ? String.fromCharCode(bytes[i]) : ' ');
	}
	return text;
}

/** The 6-byte concatenation header (IEI 0x00, 8-bit reference) for part `seq` of `total`. */
export function concatHeader(ref: number, total: number, seq: number): Buffer {
	return Buffer.from([0x05, 0x00, 0x03, ref & 0xff, total, seq]);
}
