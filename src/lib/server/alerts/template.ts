import { LOCALES, type Locale, type Translated } from '#lib/i18n';

/** The only placeholders a template may use: the person's city and their answer link. */
export const PLACEHOLDERS = ['city', 'link'] as const;
export const MAX_TITLE = 120;
/** Leaves room for the answer line and the link within an SMS body of 1,600 characters. */
export const MAX_BODY = 900;

/** NUL and other control characters (new lines and tabs are fine). */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

export type TemplateErrors = Partial<Record<`title_${Locale}` | `body_${Locale}`, string>>;

/** Checks the three texts: all present, within limits, no unknown or broken placeholder, no NUL. */
export function checkTemplate(title: Translated, body: Translated): TemplateErrors {
	const errors: TemplateErrors = {};
	for (const l of LOCALES) {
		const t = title[l]?.trim() ?? '';
		const b = body[l]?.trim() ?? '';
		if (CONTROL.test(t)) errors[`title_${l}`] = 'error_invalid';
		else if (!t) errors[`title_${l}`] = 'error_required';
		else if (t.length > MAX_TITLE) errors[`title_${l}`] = 'error_too_long';
		if (CONTROL.test(b)) errors[`body_${l}`] = 'error_invalid';
		else if (!b) errors[`body_${l}`] = 'error_required';
		else if (b.length > MAX_BODY) errors[`body_${l}`] = 'error_too_long';
		else if (unknownPlaceholders(b).length) errors[`body_${l}`] = 'error_alert_placeholder';
	}
	return errors;
}

/** Placeholders in a text other than {city} and {link}, and unbalanced braces. */
export function unknownPlaceholders(text: string): string[] {
	const found = [...text.matchAll(/\{([^{}]*)\}/g)].map((m) => m[1]).filter((p) => !(PLACEHOLDERS as readonly string[]).includes(p));
	const stray = text.replace(/\{(city|link)\}/g, '').match(/[{}]/g);
	return stray ? [...found, ...stray] : found;
}

/** Fills the placeholders (the same rule the set-based SQL applies). */
export function fill(text: string, values: { city: string; link: string }): string {
	return text.replaceAll('{city}', values.city).replaceAll('{link}', values.link);
}

/** Recipient id → the 22-character token of its answer link (base64url of the UUID's bytes). */
export function tokenOf(recipientId: string): string {
	return Buffer.from(recipientId.replace(/-/g, ''), 'hex').toString('base64url');
}

/** Token → recipient id, or null when it is not one. */
export function recipientIdOf(token: string): string | null {
	if (!/^[A-Za-z0-9_-]{22}$/.test(token)) return null;
	const hex = Buffer.from(token, 'base64url').toString('hex');
	if (hex.length !== 32) return null;
	return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** SQL that computes the same token from a uuid column. */
export const TOKEN_SQL = (column: string) => `rtrim(translate(encode(uuid_send(${column}), 'base64'), '+/', '-_'), '=')`;
