import { describe, expect, it } from 'vitest';
import { concatHeader, decodeShortMessage, encodeSegment, smsParts, splitSms } from './sms-encoding';
import { isStart, isStop } from './inbound';
import { nextSafeTime } from './consent.service';
import { RateGate } from './rate';

describe('SMS encoding and parts', () => {
	it('GSM-7 up to 160 characters in one part, 153 per part beyond', () => {
		expect(smsParts('a'.repeat(160))).toEqual({ encoding: 'gsm7', parts: 1 });
		expect(smsParts('a'.repeat(161))).toEqual({ encoding: 'gsm7', parts: 2 });
		expect(smsParts('a'.repeat(306))).toEqual({ encoding: 'gsm7', parts: 2 });
		expect(smsParts('a'.repeat(307))).toEqual({ encoding: 'gsm7', parts: 3 });
	});

	it('extension characters count twice and are never split', () => {
		expect(smsParts('€'.repeat(80))).toEqual({ encoding: 'gsm7', parts: 1 });
		expect(smsParts('€'.repeat(81)).parts).toBe(2);
		const { segments } = splitSms('a' + '€'.repeat(100));
		expect(segments.map((s) => encodeSegment(s, 'gsm7').length).every((n) => n <= 153)).toBe(true);
		expect(segments.join('')).toBe('a' + '€'.repeat(100));
	});

	it('Kyrgyz (ө ү ң) and Russian need UCS-2: 70 characters, 67 per part', () => {
		expect(smsParts('Саламатсызбы! Сиз өзүңүз үчүн').encoding).toBe('ucs2');
		expect(smsParts('ө'.repeat(70))).toEqual({ encoding: 'ucs2', parts: 1 });
		expect(smsParts('ө'.repeat(71))).toEqual({ encoding: 'ucs2', parts: 2 });
		expect(smsParts('ң'.repeat(134))).toEqual({ encoding: 'ucs2', parts: 2 });
		expect(smsParts('ң'.repeat(135))).toEqual({ encoding: 'ucs2', parts: 3 });
		const bytes = encodeSegment('Үй', 'ucs2');
		expect([...bytes]).toEqual([0x04, 0xae, 0x04, 0x39]);
	});

	it('an emoji is not split across parts', () => {
		const { segments } = splitSms('я'.repeat(66) + '🙂' + 'я'.repeat(10));
		expect(segments[0]).toBe('я'.repeat(66));
		expect(segments[1].startsWith('🙂')).toBe(true);
	});

	it('decodes what comes back: GSM-7, UCS-2, and odd lengths without crashing', () => {
		expect(decodeShortMessage(encodeSegment('STOP {1}', 'gsm7'), 0)).toBe('STOP {1}');
		expect(decodeShortMessage(encodeSegment('ТОКТОТ', 'ucs2'), 8)).toBe('ТОКТОТ');
		expect(decodeShortMessage(Buffer.from([0x04, 0x22, 0x04]), 8)).toBe('Т');
		expect(decodeShortMessage(Buffer.from([0x1b]), 0)).toBe('');
		expect([...concatHeader(300, 3, 2)]).toEqual([5, 0, 3, 44, 3, 2]);
	});
});

describe('opt-out words', () => {
	it('knows STOP in three languages and Latin spellings, only as the whole message', () => {
		for (const w of ['STOP', 'Стоп', 'ТОКТОТ', 'toktot', '/stop', '/stop@SaparBot', 'stop!']) expect(isStop(w)).toBe(true);
		for (const w of ['stop the raid', '2', '', 'СТОПКА']) expect(isStop(w)).toBe(false);
		expect(isStart('/start 123456')).toBe(true);
		expect(isStart('СТАРТ')).toBe(true);
	});
});

describe('safe time', () => {
	const at = (iso: string) => new Date(iso);
	it('inside the window: now; outside: the next opening, across midnight too', () => {
		const bishkek = { safeFrom: 9 * 60, safeTo: 21 * 60, timeZone: 'Asia/Bishkek' }; // UTC+6
		expect(nextSafeTime(at('2026-12-01T06:00:00Z'), bishkek)).toBeNull(); // 12:00 local
		expect(nextSafeTime(at('2026-12-01T16:30:00Z'), bishkek)?.toISOString()).toBe('2026-12-02T03:00:00.000Z'); // 22:30 → 09:00
		const night = { safeFrom: 20 * 60, safeTo: 2 * 60, timeZone: 'Europe/Moscow' }; // UTC+3
		expect(nextSafeTime(at('2026-12-01T20:00:00Z'), night)).toBeNull(); // 23:00
		expect(nextSafeTime(at('2026-12-01T22:30:00Z'), night)).toBeNull(); // 01:30
		expect(nextSafeTime(at('2026-12-01T09:00:00Z'), night)?.toISOString()).toBe('2026-12-01T17:00:00.000Z'); // 12:00 → 20:00
		expect(nextSafeTime(at('2026-12-01T09:00:00Z'), { safeFrom: null, safeTo: null, timeZone: 'UTC' })).toBeNull();
	});
});

describe('rate gate', () => {
	it('books one send per interval after a small burst', () => {
		const gate = new RateGate(10);
		const waits = Array.from({ length: 5 }, () => gate.reserve(1000));
		expect(waits).toEqual([0, 0, 100, 200, 300]);
		expect(new RateGate(0).reserve()).toBe(0);
	});
});
