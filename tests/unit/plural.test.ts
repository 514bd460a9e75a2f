import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Plural forms (issue 16): a Russian number before a noun that changes with it (1 минута, 2 минуты,
 * 5 минут) goes through the message format's plural selector, never one fixed form. Kyrgyz nouns keep
 * one form after a number (5 күн), so only Russian (and English: 1 day, 2 days) are checked.
 */
const COUNTED: Record<string, RegExp> = {
	ru: /\{\w+\}\s+(дн[еяй]|день|час|минут|секунд|месяц|недел|год|лет|человек|людей|строк|раз[аы]?\b|запис|файл|сообщени|получател|заявк|мест|случа|ответ|участник|ошиб|организаци|агентств|ваканси)/,
	en: /\{(count|n|days|hours|minutes|rows|people|months|weeks)\}\s+(day|hour|minute|row|person|people|month|week)s?\b/
};

function files(dir: string, name: string): string[] {
	return readdirSync(dir).flatMap((f) => {
		const path = join(dir, f);
		return statSync(path).isDirectory() ? files(path, name) : f === name ? [path] : [];
	});
}

describe('plural forms', () => {
	for (const lang of ['ru', 'en'] as const) {
		it(`${lang}: a counted noun after a number is chosen by the plural selector`, () => {
			const fixed: string[] = [];
			for (const file of files('messages', `${lang}.json`)) {
				for (const [key, value] of Object.entries(JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>)) {
					if (typeof value === 'string' && COUNTED[lang].test(value)) fixed.push(`${file} ${key}: ${value}`);
				}
			}
			expect(fixed).toEqual([]);
		});
	}

	it('Russian plural messages give one, few and many', () => {
		const missing: string[] = [];
		for (const file of files('messages', 'ru.json')) {
			for (const [key, value] of Object.entries(JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>)) {
				if (!Array.isArray(value)) continue;
				const keys = Object.keys((value[0] as { match?: Record<string, string> }).match ?? {});
				if (!keys.some((k) => k.endsWith('=one'))) continue;
				for (const form of ['one', 'few', 'many', 'other']) if (!keys.some((k) => k.endsWith(`=${form}`))) missing.push(`${file} ${key}: ${form}`);
			}
		}
		expect(missing).toEqual([]);
	});
});
