import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { signInMigrant, signInStaff } from './support';

/**
 * Schema fuzzing (issues 14 and 15): every operation of /api/v1/openapi.json receives requests generated
 * from the document's own schemas — valid ones, and malformed ones (wrong types, missing or unknown
 * fields, NUL and control characters, oversize values, broken JSON, the wrong content type, a bad
 * API key) — as nobody (every operation), as a migrant (/me) and as a case worker (/cases). Fails on any 5xx, on a status the operation
 * does not declare, or on a JSON body that does not match the declared schema. API_FUZZ_RUNS requests per
 * operation and viewer (4 in `npm test`, about 230 requests; 60 with `npm run fuzz`).
 */
const RUNS = Number(process.env.API_FUZZ_RUNS ?? 4);
/** Anonymous callers try every operation; signed-in viewers the operations their session opens. */
const VIEWERS = { nobody: () => true, migrant: (path: string) => path.startsWith('/me/'), case_worker: (path: string) => /^\/case/.test(path) } as const;
const SEED = Number(process.env.FUZZ_SEED ?? 14);
const origin = () => `http://127.0.0.1:${process.env.E2E_PORT ?? 4173}`;

type Schema = Record<string, unknown> & {
	$ref?: string;
	type?: string | string[];
	anyOf?: Schema[];
	oneOf?: Schema[];
	allOf?: Schema[];
	enum?: unknown[];
	const?: unknown;
	properties?: Record<string, Schema>;
	required?: string[];
	items?: Schema;
	pattern?: string;
	format?: string;
	minLength?: number;
	maxLength?: number;
	minimum?: number;
	maximum?: number;
	maxItems?: number;
};
interface Parameter {
	name: string;
	in: 'query' | 'path' | 'header' | 'cookie';
	required?: boolean;
	schema: Schema;
}
interface Operation {
	operationId: string;
	parameters?: Parameter[];
	requestBody?: { content: Record<string, { schema: Schema }> };
	responses: Record<string, { $ref?: string; content?: Record<string, { schema: Schema }> }>;
}
type Doc = { paths: Record<string, Record<string, Operation>>; components: Record<string, Record<string, unknown>> };

/** Values no endpoint should take as they are. */
const poison = fc.oneof(
	fc.constant('\u0000'),
	fc.string({ maxLength: 12 }).map((s) => `${s}\u0000${s}`),
	fc.constant('x'.repeat(5000)),
	fc.constant('\u0007\u001b[2J'),
	fc.constant('\ud800'),
	fc.constant("' OR 1=1 --"),
	fc.constant('../../etc/passwd'),
	fc.constant('%'),
	fc.constant('-1e309'),
	fc.constant('9'.repeat(40))
);
const anyJson: fc.Arbitrary<unknown> = fc.oneof(
	poison,
	fc.integer(),
	fc.double(),
	fc.boolean(),
	fc.constant(null),
	fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }),
	fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 3 })
);

function deref(doc: Doc, schema: Schema): Schema {
	if (!schema.$ref) return schema;
	const target = schema.$ref
		.replace(/^#\//, '')
		.split('/')
		.reduce<unknown>((node, key) => (node as Record<string, unknown>)[key.replace(/~1/g, '/').replace(/~0/g, '~')], doc);
	return deref(doc, target as Schema);
}

/** A value valid for a JSON schema (the subset zod-openapi writes). */
function valid(doc: Doc, raw: Schema, depth = 0): fc.Arbitrary<unknown> {
	const s = deref(doc, raw);
	if (s.const !== undefined) return fc.constant(s.const);
	if (s.enum) return fc.constantFrom(...s.enum);
	const alternatives = s.anyOf ?? s.oneOf;
	if (alternatives) return fc.oneof(...alternatives.map((a) => valid(doc, a, depth + 1)));
	if (s.allOf) return valid(doc, s.allOf[0], depth + 1);
	const type = Array.isArray(s.type) ? s.type.find((t) => t !== 'null') : s.type;
	switch (type) {
		case 'string': {
			if (s.format === 'uuid') return fc.uuid();
			if (s.format === 'email') return fc.emailAddress().filter((e) => e.length <= (s.maxLength ?? 254));
			if (s.format === 'date-time') return fc.date({ noInvalidDate: true }).map((d) => d.toISOString());
			const min = s.minLength ?? 0;
			const max = Math.min(s.maxLength ?? 60, 200);
			if (s.pattern) return fc.stringMatching(new RegExp(s.pattern)).filter((v) => v.length >= min && v.length <= max);
			return fc.string({ minLength: min, maxLength: Math.max(min, max) });
		}
		case 'integer':
			return fc.integer({ min: s.minimum ?? -1000, max: s.maximum ?? 100_000 });
		case 'number':
			return fc.double({ min: s.minimum ?? -1000, max: s.maximum ?? 100_000, noNaN: true });
		case 'boolean':
			return fc.boolean();
		case 'array':
			return depth > 4 ? fc.constant([]) : fc.array(valid(doc, s.items ?? {}, depth + 1), { maxLength: Math.min(s.maxItems ?? 4, 4) });
		case 'object': {
			const props = s.properties ?? {};
			if (depth > 4 || !Object.keys(props).length) return fc.constant({});
			const model = Object.fromEntries(Object.entries(props).map(([k, v]) => [k, valid(doc, v, depth + 1)]));
			return fc.record(model, { requiredKeys: (s.required ?? []).filter((k) => k in props) as never[] });
		}
		default:
			return anyJson;
	}
}

/** Mostly valid, sometimes a wrong type or a poisoned value. */
const maybeBad = (doc: Doc, s: Schema) => fc.oneof({ weight: 3, arbitrary: valid(doc, s) }, { weight: 1, arbitrary: anyJson });

type Request = { path: string; query: [string, string][]; headers: Record<string, string>; body?: { type: string; data: string | Buffer } };

const asParam = (v: unknown) => (typeof v === 'string' ? v : (JSON.stringify(v) ?? ''));

/** Requests for one operation: valid parameters and body, or one of many kinds of malformed ones. */
function requests(doc: Doc, template: string, operation: Operation, samples: Record<string, string[]>): fc.Arbitrary<Request> {
	const params = operation.parameters ?? [];
	const pathArb = fc.tuple(
		...params
			.filter((p) => p.in === 'path')
			.map((p) =>
				fc.oneof(
					{ weight: 2, arbitrary: samples[p.name]?.length ? fc.constantFrom(...samples[p.name]) : valid(doc, p.schema).map(asParam) },
					{ weight: 1, arbitrary: valid(doc, p.schema).map(asParam) },
					{ weight: 1, arbitrary: poison }
				)
			)
	);
	const named = params.filter((p) => p.in === 'query' || p.in === 'header');
	const paramArb = fc.tuple(
		...named.map((p) =>
			fc.oneof(
				{ weight: p.required ? 0 : 1, arbitrary: fc.constant(undefined) },
				{ weight: 3, arbitrary: valid(doc, p.schema).map(asParam) },
				{ weight: 1, arbitrary: poison }
			)
		)
	);
	const extra = fc.array(fc.tuple(fc.string({ minLength: 1, maxLength: 8 }), fc.oneof(fc.string({ maxLength: 8 }), poison)), { maxLength: 2 });
	const jsonSchema = operation.requestBody?.content['application/json']?.schema;
	const bodyArb: fc.Arbitrary<Request['body']> = jsonSchema
		? fc.oneof(
				{ weight: 3, arbitrary: valid(doc, jsonSchema).map((v) => ({ type: 'application/json', data: JSON.stringify(v) })) },
				{
					weight: 2,
					arbitrary: fc
						.tuple(valid(doc, jsonSchema), fc.string({ minLength: 1, maxLength: 12 }), maybeBad(doc, {}))
						.map(([v, key, bad]) => ({ type: 'application/json', data: JSON.stringify({ ...(v as object), [key]: bad }) }))
				},
				{ weight: 1, arbitrary: anyJson.map((v) => ({ type: 'application/json', data: JSON.stringify(v) ?? 'null' })) },
				{ weight: 1, arbitrary: fc.constantFrom('{', '{"a":', '[1,2', '\u0000', 'x'.repeat(40_000)).map((data) => ({ type: 'application/json', data })) },
				{
					weight: 1,
					arbitrary: fc
						.constantFrom('text/plain', 'multipart/form-data; boundary=x', 'application/x-www-form-urlencoded')
						.map((type) => ({ type, data: 'a=1\u0000' }))
				},
				{ weight: 1, arbitrary: fc.uint8Array({ maxLength: 64 }).map((b) => ({ type: 'application/json; charset=utf-8', data: Buffer.from(b) })) }
			)
		: fc.constant(undefined);
	const auth = fc.oneof(
		{ weight: 9, arbitrary: fc.constant(undefined) },
		{ weight: 1, arbitrary: fc.constantFrom('Bearer sapar_not-a-key', 'Bearer', 'Basic eDp5') }
	);
	return fc.tuple(pathArb, paramArb, extra, bodyArb, auth).map(([pathValues, values, more, body, authorization]) => {
		let i = 0;
		const path = template.replace(/\{[^}]+\}/g, () => encodeURIComponent((pathValues[i++] as string).toWellFormed()));
		const query: [string, string][] = [];
		const headers: Record<string, string> = {};
		named.forEach((p, j) => {
			const v = values[j];
			if (v === undefined) return;
			if (p.in === 'query') query.push([p.name, v]);
			else headers[p.name] = v.replace(/[\u0000-\u001f\u007f-\uffff]/g, '?');
		});
		if (authorization) headers.authorization = authorization;
		return { path, query: [...query, ...more], headers, body };
	});
}

function responseSchema(doc: Doc, operation: Operation, status: number) {
	let response = operation.responses[String(status)] ?? operation.responses.default;
	if (!response) return { declared: false as const };
	let pointer = '';
	if (response.$ref) {
		pointer = response.$ref;
		response = deref(doc, { $ref: response.$ref }) as typeof response;
	}
	return { declared: true as const, pointer, json: !!response.content?.['application/json'] };
}

async function run(request: APIRequestContext, doc: Doc, samples: Record<string, string[]>, who: keyof typeof VIEWERS) {
	const ajv = new Ajv2020({ strict: false, allErrors: false, validateFormats: true });
	addFormats(ajv);
	ajv.addSchema({ ...doc, $id: 'https://sapar.test/openapi.json' } as object);
	const esc = (s: string) => s.replace(/~/g, '~0').replace(/\//g, '~1');
	let sent = 0;
	let fiveHundreds = 0;
	const failures: string[] = [];
	let operations = 0;
	for (const [template, item] of Object.entries(doc.paths)) {
		if (!VIEWERS[who](template)) continue;
		for (const [method, operation] of Object.entries(item)) {
			operations++;
			await fc.assert(
				fc.asyncProperty(requests(doc, template, operation, samples), async (req) => {
					const url = `/api/v1${req.path}?${new URLSearchParams(req.query)}`;
					const res = await request.fetch(url, {
						method: method.toUpperCase(),
						headers: { ...req.headers, ...(req.body ? { 'content-type': req.body.type } : {}), origin: origin() },
						data: req.body?.data,
						maxRedirects: 0,
						failOnStatusCode: false
					});
					sent++;
					const status = res.status();
					const where = `${who} ${method.toUpperCase()} ${url.slice(0, 160)} → ${status}`;
					if (status >= 500) {
						fiveHundreds++;
						failures.push(`${where}: 5xx ${(await res.text()).slice(0, 200)}`);
						return true;
					}
					const declared = responseSchema(doc, operation, status);
					if (!declared.declared) {
						failures.push(`${where}: status not declared ${(await res.text()).slice(0, 200)}`);
						return true;
					}
					const type = res.headers()['content-type'] ?? '';
					if (!declared.json || !type.includes('application/json')) {
						if (declared.json) failures.push(`${where}: ${type || 'no content type'} where JSON is declared`);
						return true;
					}
					const base = declared.pointer ? declared.pointer.slice(1) : `/paths/${esc(template)}/${method}/responses/${status}`;
					const validate = ajv.getSchema(`https://sapar.test/openapi.json#${base}/content/application~1json/schema`);
					if (!validate) throw new Error(`no schema at ${base}`);
					const body = await res.json().catch(() => Symbol('not JSON'));
					if (!validate(body)) failures.push(`${where}: body does not match: ${ajv.errorsText(validate.errors)} ${JSON.stringify(body).slice(0, 160)}`);
					return true;
				}),
				{ numRuns: RUNS, seed: SEED + sent }
			);
		}
	}
	console.log(JSON.stringify({ fuzz: 'api', viewer: who, operations, requests: sent, fiveHundreds }));
	return { sent, fiveHundreds, failures };
}

for (const who of Object.keys(VIEWERS) as (keyof typeof VIEWERS)[]) {
	test(`every API operation answers generated and malformed requests as documented (${who})`, async ({ browser, request }) => {
		test.setTimeout(600_000);
		const doc = (await (await request.get('/api/v1/openapi.json')).json()) as Doc;
		// Real values for path parameters, so that valid requests also reach the found (200) answers.
		const datasets = (await (await request.get('/api/v1/open-data')).json()).data.map((d: { name: string }) => d.name);
		const laws = (await (await request.get('/api/v1/laws')).json()).data.map((l: { id: string }) => l.id).slice(0, 3);
		const vacancies = (await (await request.get('/api/v1/vacancies')).json()).data.map((v: { id: string }) => v.id).slice(0, 3);
		const samples: Record<string, string[]> = { iso2: ['RU', 'kr', 'TR'], name: datasets, id: [...laws, ...vacancies], licenceNumber: ['nowhere'] };
		const context = await browser.newContext();
		const page = await context.newPage();
		if (who === 'migrant') await signInMigrant(page, 'en');
		if (who === 'case_worker') await signInStaff(page, 'caseworker@sapar.test');
		await page.close();
		const result = await run(context.request, doc, samples, who);
		expect(result.sent).toBeGreaterThan(who === 'nobody' ? 100 : 20);
		expect(result.failures).toEqual([]);
		await context.close();
	});
}
