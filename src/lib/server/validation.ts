import { z } from 'zod';

/** Field errors keyed by field name; each value is a message key in messages/*.json. */
export type FieldErrors = Record<string, string>;

export type Validated<T> = { ok: true; data: T } | { ok: false; errors: FieldErrors };

/**
 * Runs a zod schema whose messages are message keys (e.g. 'error_required').
 * The first problem per field wins; unknown keys fall back to 'error_invalid'.
 */
export function validate<S extends z.ZodType>(schema: S, input: unknown): Validated<z.output<S>> {
	const result = schema.safeParse(input);
	if (result.success) return { ok: true, data: result.data };
	const errors: FieldErrors = {};
	for (const issue of result.error.issues) {
		const field = issue.path.map(String).join('.') || 'form';
		if (errors[field]) continue;
		errors[field] = issue.message?.startsWith('error_') ? issue.message : 'error_invalid';
	}
	return { ok: false, errors };
}

/** FormData to a plain object of strings (the last value wins; files are ignored). */
export function formValues(data: FormData): Record<string, string> {
	const out: Record<string, string> = {};
	for (const [key, value] of data.entries()) if (typeof value === 'string') out[key] = value;
	return out;
}

/** Errors of list items ("skills.0.years") reported on their field ("skills"), for forms. */
export function fieldLevel(errors: FieldErrors): FieldErrors {
	const out: FieldErrors = {};
	for (const [key, value] of Object.entries(errors)) out[key.split('.')[0]] ??= value;
	return out;
}

// ─── Field schemas shared by every form (messages are keys in messages/*.json) ───

export const requiredText = (max: number) =>
	z.string({ error: 'error_required' }).trim().min(1, { error: 'error_required' }).max(max, { error: 'error_too_long' });

export const optionalText = (max: number) => z.string().trim().max(max, { error: 'error_too_long' }).optional().default('');

/** A calendar date as YYYY-MM-DD (30 February is refused). */
export const isoDate = z
	.string({ error: 'error_required' })
	.trim()
	.min(1, { error: 'error_required' })
	.regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'error_date' })
	.refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v), { error: 'error_date' });

/** Record ids in URLs and forms: anything else is "not found" before it reaches the database. */
export const isUuid = (value: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
