import { parsePhoneNumberWithError } from 'libphonenumber-js/max';

/** Normalises a phone number to E.164; local Kyrgyz numbers (0700 123 456) are accepted. Null when invalid. */
export function normalisePhone(input: string): string | null {
	const cleaned = input.trim();
	if (!cleaned || cleaned.length > 32) return null;
	try {
		const parsed = parsePhoneNumberWithError(cleaned, 'KG');
		return parsed.isValid() ? parsed.number : null;
	} catch {
		return null;
	}
}

/** +996 700 *** 456 — for screens that confirm where a code went without showing the whole number. */
export function maskPhone(e164: string): string {
	return e164.length > 7 ? `${e164.slice(0, 7)}…${e164.slice(-3)}` : e164;
}
