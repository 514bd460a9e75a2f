import { z } from 'zod';
import 'zod-openapi';
import { NRM_STEPS } from '#lib/cases';
import { VIEW_REASONS } from '../cases/case.service';
import { apiError, lang } from './api';

export { lang, langQuery } from './api';

/**
 * The zod schemas the API validates its query strings, path parameters and bodies with. The OpenAPI
 * document (openapi.ts) is generated from these and from the domains' own body schemas, so the
 * document cannot say one thing while a handler checks another.
 */

const iso2 = z.string().regex(/^[A-Za-z]{2}$/);
const searchText = z.string().max(200);

export const alertsQuery = z.object({ lang, limit: z.coerce.number().int().min(1).max(200).default(50) });
export const directoryQuery = z.object({
	lang,
	country: iso2.optional().meta({ description: 'ISO 3166-1 alpha-2' }),
	city: z.string().max(80).optional()
});
export const searchQuery = z.object({ lang, q: searchText.refine((v) => v.trim().length > 0, 'q is required') });
export const agenciesQuery = z.object({
	q: searchText.refine((v) => v.trim().length > 0, 'q is required').meta({ description: 'name in Latin or Cyrillic letters, licence number or tax number' })
});
export const blacklistQuery = z.object({
	q: searchText.optional().meta({ description: 'words of the name or city, in Latin or Cyrillic letters' }),
	country: z.union([z.literal(''), iso2]).optional()
});
export const caseViewQuery = z.object({
	reason: z.enum(VIEW_REASONS).meta({ description: 'why the case is opened; audited with the view' })
});
export const caseQueueQuery = z.object({
	view: z.enum(['open', 'mine', 'overdue', 'closed']).optional(),
	page: z.coerce.number().int().min(1).max(1000).optional()
});

export const nrmStepBody = z.object({ step: z.enum(NRM_STEPS) });
export const assignBody = z.object({ userId: z.string().min(1).max(64) });

export const uuidParam = z.uuid();
export const iso2Param = z.object({ iso2 });

/** The query string checked against a schema; a 400 naming the fields that are wrong otherwise. */
export function parseQuery<S extends z.ZodType>(schema: S, url: URL): z.output<S> | Response {
	const parsed = schema.safeParse(Object.fromEntries(url.searchParams.entries()));
	if (parsed.success) return parsed.data;
	const detail = parsed.error.issues.map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message)).join('; ');
	return apiError(400, 'bad_request', `invalid query: ${detail}`.slice(0, 300));
}

/** A body checked against a schema (for the few endpoints whose service takes plain values). */
export function parseBody<S extends z.ZodType>(schema: S, body: unknown): z.output<S> | Response {
	const parsed = schema.safeParse(body);
	if (parsed.success) return parsed.data;
	const fields: Record<string, string> = {};
	for (const issue of parsed.error.issues) fields[issue.path.join('.') || 'form'] ??= 'error_invalid';
	return Response.json({ error: { code: 'bad_request', message: 'the request is not valid', fields } }, { status: 400 });
}
