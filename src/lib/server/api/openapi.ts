import { z } from 'zod';
import { createDocument, type ZodOpenApiOperationObject, type ZodOpenApiPathsObject, type ZodOpenApiResponsesObject } from 'zod-openapi';
import { BLACKLIST_REASONS } from '#lib/employers';
import { CASE_STATUSES, CASE_TYPES, OUTCOMES, URGENCIES } from '#lib/cases';
import { REFERRAL_KINDS, REFERRAL_OUTCOMES, RETURN_NEEDS, RETURN_STATUSES } from '#lib/returns';
import { SECTORS } from '#lib/recruitment';
import { INELIGIBLE_REASONS, LANGUAGE_LEVELS, PROGRAMME_STAGES, SELECTION_METHODS } from '#lib/programmes';
import { signupSchema } from '../programmes/programmes.service';
import { addInformationSchema, helpRequestSchema } from '../cases/intake.service';
import { closeSchema, decideSchema, messageSchema, referSchema, reopenSchema, taskSchema, triageSchema } from '../cases/case.service';
import { profileSchema } from '../migrant/migrant.schemas';
import { vacancyFilterSchema } from '../recruitment/vacancy.service';
import {
	agenciesQuery,
	alertsQuery,
	assignBody,
	blacklistQuery,
	caseQueueQuery,
	caseViewQuery,
	directoryQuery,
	iso2Param,
	langQuery,
	nrmStepBody,
	searchQuery,
	uuidParam
} from './contract';

/**
 * The API description served at /api/v1/openapi.json, generated (zod-openapi) from the schemas the
 * handlers validate with (contract.ts and the domains' body schemas). Add each endpoint here as it is built.
 */

// ─── Shared shapes ───────────────────────────────────────────────────────────

const ErrorBody = z
	.object({
		error: z.object({
			code: z.string(),
			message: z.string(),
			fields: z.record(z.string(), z.string()).optional().meta({ description: 'field → message key, for invalid input' })
		})
	})
	.meta({ id: 'Error', description: '`{ error: { code, message } }`' });

const Translated = z
	.object({ ky: z.string().optional(), ru: z.string().optional(), en: z.string().optional() })
	.meta({ id: 'Translated', description: 'The same text in each language that has it.' });

const nullable = <T extends z.ZodType>(schema: T) => schema.nullable();
const date = z.string().meta({ description: 'YYYY-MM-DD' });
const dateTime = z.string().meta({ format: 'date-time' });
const uuid = z.string().meta({ format: 'uuid' });

const Source = z
	.looseObject({
		document: nullable(z.string()).optional().meta({ description: 'seed document, when the fact comes from one' }),
		title: z.string(),
		article: z.string().optional(),
		excerpt: z.string().optional(),
		url: z.string().optional()
	})
	.meta({ id: 'Source' });

const LicenceStatus = z.enum(['valid', 'suspended', 'revoked', 'expired', 'never']).meta({ id: 'LicenceStatus' });

const Agency = z
	.looseObject({
		slug: z.string(),
		name: z.string(),
		taxNumber: z.string().optional(),
		address: z.string().optional(),
		phone: nullable(z.string()).optional(),
		website: nullable(z.string()).optional(),
		branches: z.array(z.looseObject({ city: z.string(), address: z.string() })).optional(),
		status: LicenceStatus,
		until: nullable(date).optional().meta({ description: 'valid until / suspended until / expired on' }),
		licenceNumber: nullable(z.string()).optional(),
		countries: z.array(z.string()).optional().meta({ description: 'permitted destination countries (ISO 3166-1 alpha-2)' })
	})
	.meta({ id: 'Agency' });

const Vacancy = z
	.looseObject({
		id: uuid,
		title: z.string(),
		employerName: z.string(),
		countryIso2: z.string(),
		city: z.string(),
		sector: z.enum(SECTORS),
		occupationCode: z.string(),
		salaryMin: z.string(),
		salaryMax: nullable(z.string()),
		currency: z.string(),
		payPeriod: z.enum(['month', 'hour']),
		hoursPerWeek: z.number().int(),
		housing: z.enum(['free', 'paid', 'none']),
		contractMonths: z.number().int(),
		workerFee: z.string().meta({ description: 'fees charged to the worker; anything above 0 is flagged' }),
		feeFlagged: z.boolean(),
		languages: z.array(z.string()),
		places: z.number().int().optional(),
		programme: nullable(z.string()).optional(),
		poster: z
			.looseObject({
				kind: z.enum(['agency', 'employment_centre']),
				name: Translated,
				slug: z.string(),
				licenceStatus: nullable(z.string()).optional(),
				licenceNumber: nullable(z.string()).optional()
			})
			.optional()
	})
	.meta({ id: 'Vacancy' });

const Project = z
	.looseObject({
		id: z.string(),
		title: z.string(),
		purpose: z.string(),
		region: z.string().meta({ description: 'ISO 3166-2:KG' }),
		district: nullable(z.string()),
		village: nullable(z.string()),
		budget: nullable(z.string()).meta({ description: 'decimal, in `currency`' }),
		currency: z.string(),
		startsOn: nullable(date),
		endsOn: nullable(date),
		responsible: nullable(z.object({ name: z.string(), position: nullable(z.string()) })),
		postedBy: nullable(z.string()),
		paymentUrl: nullable(z.string()),
		example: z.boolean().meta({ description: 'an example from a source document, not an open appeal' }),
		source: nullable(z.object({ title: z.string(), document: nullable(z.string()) })),
		verifiedAt: nullable(dateTime)
	})
	.meta({ id: 'Project' });

const list = <T extends z.ZodType>(item: T) => z.object({ data: z.array(item) });

// ─── Responses and security ──────────────────────────────────────────────────

const ERROR_TEXT: Record<string, string> = {
	'400': 'The request is not valid',
	'401': 'Not signed in, or an unknown, expired or revoked API key',
	'403': 'Not allowed (a key without the scope, a role without the permission)',
	'404': 'Not found',
	'409': 'Conflict with the current state',
	'413': 'Body too large',
	'415': 'Send application/json',
	'422': 'Not possible in the current state, or invalid fields',
	'429': 'Too many requests; see Retry-After',
	'503': 'The database is unavailable for a moment; see Retry-After'
};
const json = (description: string, schema: z.ZodType) => ({ description, content: { 'application/json': { schema } } });
const errors = (...codes: string[]) => Object.fromEntries(codes.map((c) => [c, { $ref: `#/components/responses/E${c}` }]));
/**
 * Any request may carry NUL or control characters in its URL (400, refused before routing), a bad key
 * (401), exceed a key's limit (429) or meet the database restarting (503).
 */
const ALWAYS = ['400', '401', '429', '503'];

type Op = Omit<ZodOpenApiOperationObject, 'responses'> & { responses: ZodOpenApiResponsesObject; errors?: string[] };
const ids = new Set<string>();
function op(id: string, { errors: codes = [], responses, ...rest }: Op): ZodOpenApiOperationObject {
	if (ids.has(id)) throw new Error(`duplicate operationId ${id}`);
	ids.add(id);
	return { operationId: id, ...rest, responses: { ...responses, ...errors(...new Set([...codes, ...ALWAYS])) } };
}

/** Public data: anyone, or a partner system with its key (which has its own rate limit). */
type Security = Record<string, string[]>[];
const PUBLIC: Security = [{}, { partnerKey: [] }];
const MIGRANT: Security = [{ session: [] }];
const STAFF: Security = [{ session: [] }];

function listOf(id: string, summary: string, item: z.ZodType, tag = 'reference'): ZodOpenApiPathsObject[string] {
	return {
		get: op(id, { summary, tags: [tag], security: PUBLIC, requestParams: { query: langQuery }, responses: { '200': json('OK', list(item)) }, errors: ['400'] })
	};
}

// ─── Paths ───────────────────────────────────────────────────────────────────

function publicPaths(): ZodOpenApiPathsObject {
	return {
		'/countries': listOf(
			'listCountries',
			'Countries (ISO 3166-1)',
			z.looseObject({ iso2: z.string(), iso3: z.string(), numeric: nullable(z.string()).optional(), name: z.string(), names: Translated })
		),
		'/regions': listOf(
			'listRegions',
			'Regions of the Kyrgyz Republic (ISO 3166-2:KG): seven oblasts and the cities of Bishkek and Osh',
			z.looseObject({ code: z.string(), kind: z.enum(['oblast', 'city']), name: z.string(), names: Translated })
		),
		'/occupations': listOf('listOccupations', 'Occupations (ISCO-08 major groups)', z.looseObject({ code: z.string(), name: z.string(), names: Translated })),
		'/currencies': listOf(
			'listCurrencies',
			'Currencies (ISO 4217); the ones migrants meet most come first',
			z.looseObject({ code: z.string(), name: z.string(), minorUnits: z.number().int().optional(), common: z.boolean().optional() })
		),
		'/laws': listOf(
			'listLaws',
			'Legislation and treaties library',
			z.looseObject({
				id: z.string(),
				kind: z.string(),
				number: nullable(z.string()),
				adoptedOn: nullable(z.string()),
				status: z.string(),
				reviewedOn: nullable(z.string()),
				title: z.string(),
				countries: z.array(z.string())
			}),
			'portal'
		),
		'/laws/{id}': {
			get: op('getLaw', {
				summary: 'One act: number, date, kind, status with its source, review date, plain-language summary, source and the guide sections relying on it',
				tags: ['portal'],
				security: PUBLIC,
				requestParams: { path: z.object({ id: z.string().min(1).max(200) }), query: langQuery },
				responses: {
					'200': json(
						'OK',
						z.looseObject({
							id: z.string(),
							kind: z.string(),
							number: nullable(z.string()),
							adoptedOn: nullable(z.string()),
							status: z.string(),
							statusSource: nullable(Source).meta({ description: 'where the status is stated (dated, quoted)' }),
							reviewedOn: nullable(z.string()),
							title: z.string(),
							summary: z.string(),
							countries: z.array(z.string()),
							source: nullable(Source).optional(),
							needsReview: z.boolean().optional(),
							guideSections: z.array(z.looseObject({ country: z.string(), kind: z.string(), url: z.string() }))
						})
					)
				},
				errors: ['400', '404']
			})
		},
		'/countries/{iso2}/guide': {
			get: op('getGuide', {
				summary: 'A destination-country guide: sections with source and last-reviewed date',
				tags: ['portal'],
				security: PUBLIC,
				requestParams: { path: iso2Param, query: langQuery },
				responses: {
					'200': json(
						'OK',
						z.looseObject({
							country: z.looseObject({ iso2: z.string(), name: z.string() }),
							intro: z.string(),
							sections: z.array(
								z.looseObject({
									kind: z.enum(['entry', 'registration', 'work', 'taxes', 'health', 'rights', 'emergency']),
									body: z.string().meta({ description: 'markdown subset: paragraphs, "- " lists, **bold**, [links](url)' }),
									language: z.string().optional().meta({ description: 'language the body is in (may differ from lang: fallback)' }),
									fallback: z.boolean().optional(),
									source: nullable(Source),
									reviewedAt: z.string().meta({ description: 'YYYY-MM-DD' }),
									stale: z.boolean().optional().meta({ description: 'not reviewed for 180 days' }),
									needsReview: z.boolean().optional().meta({ description: 'not yet confirmed by an editor' }),
									laws: z.array(z.string()).optional()
								})
							)
						})
					)
				},
				errors: ['400', '404']
			})
		},
		'/alerts': {
			get: op('listAlerts', {
				summary: 'Public alerts for citizens abroad, newest first (only alerts their sender made public)',
				tags: ['alerts'],
				security: PUBLIC,
				requestParams: { query: alertsQuery },
				responses: {
					'200': json(
						'OK',
						list(
							z.object({
								id: uuid,
								title: z.string(),
								text: z.string(),
								urgent: z.boolean(),
								issuedBy: z.string(),
								sentAt: nullable(dateTime),
								url: z.string().meta({ format: 'uri' })
							})
						)
					)
				},
				errors: ['400']
			})
		},
		'/directory': {
			get: op('listDirectory', {
				summary: 'Directory of help: consulates, employment centres, NGOs, hotlines, clinics',
				tags: ['portal'],
				security: PUBLIC,
				requestParams: { query: directoryQuery },
				responses: {
					'200': json(
						'OK',
						list(
							z.looseObject({
								id: z.string(),
								kind: z.string(),
								name: z.string(),
								country: nullable(z.string()),
								city: nullable(z.string()),
								address: nullable(z.string()),
								phones: nullable(z.array(z.string())).optional(),
								email: nullable(z.string()).optional(),
								website: nullable(z.string()).optional(),
								hours: nullable(z.string()),
								languages: nullable(z.array(z.string())).optional(),
								services: z.string(),
								needsReview: z.boolean()
							})
						)
					)
				},
				errors: ['400']
			})
		},
		'/projects': {
			get: op('listProjects', {
				summary:
					'Community projects at home posted by local authorities and NGOs and verified by a moderator, newest first (examples from the source documents last). Sapar handles no money: `paymentUrl` is the official payment route (the Ashar platform), null when not confirmed',
				tags: ['portal'],
				security: PUBLIC,
				requestParams: {
					query: z.object({
						lang: langQuery.shape.lang,
						region: z
							.string()
							.regex(/^KG-[A-Za-z]{1,2}$/)
							.optional()
							.meta({ description: 'ISO 3166-2:KG, e.g. KG-N (Naryn)' })
					})
				},
				responses: { '200': json('OK', list(Project.extend({ reports: z.number().int().meta({ description: 'published reports' }) }))) },
				errors: ['400']
			})
		},
		'/projects/{id}': {
			get: op('getProject', {
				summary: 'One published community project with its published progress and spending reports',
				tags: ['portal'],
				security: PUBLIC,
				requestParams: { path: z.object({ id: z.string().min(1).max(64).meta({ format: 'uuid' }) }), query: langQuery },
				responses: {
					'200': json(
						'OK',
						Project.extend({
							followers: z.number().int(),
							reports: z.array(z.looseObject({ kind: z.enum(['progress', 'spending']), text: z.string(), amount: nullable(z.string()), publishedAt: dateTime }))
						})
					)
				},
				errors: ['404']
			})
		},
		'/search': {
			get: op('search', {
				summary: 'Search guides, laws, directory and FAQs in any language (typos and Latin-typed Cyrillic forgiven)',
				tags: ['portal'],
				security: PUBLIC,
				requestParams: { query: searchQuery },
				responses: {
					'200': json(
						'OK',
						list(
							z.looseObject({
								title: z.string(),
								kind: z.enum(['guide_section', 'law', 'directory_entry', 'faq', 'service']),
								url: z.string(),
								snippet: z.string()
							})
						)
					)
				},
				errors: ['400']
			})
		},
		'/openapi.json': {
			get: op('getOpenApi', {
				summary: 'This document (OpenAPI 3.1)',
				tags: ['reference'],
				security: PUBLIC,
				responses: { '200': json('The OpenAPI document', z.looseObject({ openapi: z.string(), paths: z.looseObject({}) })) }
			})
		},
		'/certificates/{code}': {
			get: op('verifyCertificate', {
				summary: 'Verify a training certificate: course, holder initials and date',
				tags: ['training'],
				security: PUBLIC,
				requestParams: { path: z.object({ code: z.string().min(1).max(40).meta({ example: 'SAP-AB12-CD34' }) }), query: langQuery },
				responses: {
					'200': json(
						'A valid certificate',
						z.object({ code: z.string(), valid: z.boolean(), course: z.string(), holderInitials: z.string(), issuedAt: dateTime })
					)
				},
				errors: ['400', '404']
			})
		}
	};
}

function openDataPaths(): ZodOpenApiPathsObject {
	const name = z.object({ name: z.string().min(1).max(80).meta({ example: 'help-requests' }) });
	const tags = ['open data'];
	return {
		'/open-data': {
			get: op('listOpenData', {
				summary: 'Open data catalogue: each dataset with title, description, period covered, update date, licence (CC BY 4.0), suppression rule and its URLs',
				tags,
				security: PUBLIC,
				requestParams: { query: langQuery },
				responses: {
					'200': json(
						'The datasets',
						list(
							z.looseObject({
								name: z.string(),
								title: z.string(),
								description: z.string(),
								period: z.looseObject({ from: nullable(z.string()), to: nullable(z.string()) }),
								updated: z.string(),
								licence: z.looseObject({ name: z.string(), title: z.string().optional(), path: z.string().optional() }),
								suppression: z.object({ threshold: z.number().int(), rule: z.string() }),
								datapackage: z.string().meta({ format: 'uri' }),
								csv: z.string().meta({ format: 'uri' }),
								json: z.string().meta({ format: 'uri' })
							})
						)
					)
				},
				errors: ['400']
			})
		},
		'/open-data/{name}/datapackage.json': {
			get: op('getOpenDataPackage', {
				summary:
					'A dataset as a Frictionless Tabular Data Package descriptor (table schema: field name, type, description, unit; missing value "" = not shown)',
				tags,
				security: PUBLIC,
				requestParams: { path: name },
				responses: { '200': json('datapackage.json', z.looseObject({ name: z.string(), resources: z.array(z.looseObject({})) })) },
				errors: ['404']
			})
		},
		'/open-data/{name}/data.csv': {
			get: op('getOpenDataCsv', {
				summary: "A dataset's CSV resource (UTF-8, no byte-order mark); suppressed counts are empty cells",
				tags,
				security: PUBLIC,
				requestParams: { path: name },
				responses: { '200': { description: 'CSV', content: { 'text/csv': { schema: z.string() } } } },
				errors: ['404']
			})
		},
		'/open-data/{name}/data.json': {
			get: op('getOpenDataJson', {
				summary: 'A dataset in JSON: field names and rows (suppressed counts are null)',
				tags,
				security: PUBLIC,
				requestParams: { path: name },
				responses: {
					'200': json(
						'JSON',
						z.looseObject({
							name: z.string(),
							updated: z.string(),
							fields: z.array(z.string()),
							rows: z.array(z.array(z.union([z.string(), z.number(), z.null()])))
						})
					)
				},
				errors: ['404']
			})
		}
	};
}

function recruitmentPaths(): ZodOpenApiPathsObject {
	const tags = ['recruitment'];
	return {
		'/agencies': {
			get: op('findAgencies', {
				summary: 'Is this agency licensed? Search by name in Latin or Cyrillic letters, licence number or tax number',
				tags,
				security: PUBLIC,
				requestParams: { query: agenciesQuery },
				responses: { '200': json('Matching agencies (empty when none is registered)', list(Agency)) },
				errors: ['400']
			})
		},
		'/agencies/{licenceNumber}': {
			get: op('getAgency', {
				summary: 'One agency by licence number: status, validity, permitted countries, licence history and sanctions',
				tags,
				security: PUBLIC,
				requestParams: { path: z.object({ licenceNumber: z.string().min(1).max(200) }) },
				responses: {
					'200': json(
						'The agency',
						Agency.extend({
							licences: z.array(z.looseObject({ number: z.string(), issuedOn: date, expiresOn: date, countries: z.array(z.string()), status: LicenceStatus })),
							events: z.array(
								z.looseObject({
									licenceNumber: z.string(),
									kind: z.enum(['issued', 'renewed', 'suspended', 'reinstated', 'revoked']),
									at: dateTime,
									until: nullable(date),
									reason: nullable(z.string())
								})
							)
						})
					)
				},
				errors: ['404']
			})
		},
		'/employers/blacklist': {
			get: op('searchBlacklist', {
				summary: 'Employers on the black list after a decision of the ministry (listed or under appeal, not past the end date), newest first',
				tags,
				security: PUBLIC,
				requestParams: { query: blacklistQuery },
				responses: {
					'200': json(
						'Listed employers (at most 50)',
						list(
							z.looseObject({
								number: z.string().meta({ description: 'proceeding number, e.g. BL-2026-0001' }),
								name: z.string(),
								countryIso2: z.string(),
								city: z.string(),
								reasons: z.array(z.enum(BLACKLIST_REASONS)),
								summary: nullable(z.string()),
								listedOn: nullable(date),
								listedUntil: nullable(date),
								underAppeal: z.boolean()
							})
						)
					)
				},
				errors: ['400']
			})
		},
		'/vacancies': {
			get: op('searchVacancies', {
				summary: 'Public vacancies (licensed agencies for their permitted countries, and employment-centre programmes); newest first, 20 a page',
				tags,
				security: PUBLIC,
				requestParams: { query: vacancyFilterSchema },
				responses: { '200': json('OK', z.object({ data: z.array(Vacancy), page: z.number().int(), hasNext: z.boolean() })) },
				errors: ['400']
			})
		},
		'/vacancies/{id}': {
			get: op('getVacancy', {
				summary: 'One public vacancy with its description',
				tags,
				security: PUBLIC,
				requestParams: { path: z.object({ id: z.string().min(1).max(64).meta({ format: 'uuid' }) }) },
				responses: {
					'200': json('OK', Vacancy),
					'410': json(
						"Withdrawn: the agency's licence is suspended or revoked",
						z.object({
							error: z.object({
								code: z.literal('withdrawn'),
								message: z.string(),
								reason: z.enum(['licence_suspended', 'licence_revoked']),
								since: date.meta({ description: 'the day the licence was suspended or revoked (Asia/Bishkek)' }),
								until: nullable(date).meta({ description: 'the day a suspension ends; null when revoked' }),
								agency: z.object({
									slug: z.string(),
									name: Translated,
									licenceNumber: z.string(),
									licenceCheck: z.string().meta({ description: 'the licence check in this API' })
								})
							})
						})
					)
				},
				errors: ['404']
			})
		}
	};
}

function migrantPaths(): ZodOpenApiPathsObject {
	const tags = ['migrant'];
	// Issue 16: every code the person's pages show comes with its label in `lang`.
	const Label = z
		.object({ code: z.string(), label: z.string().meta({ description: 'the code in words, in the asked language' }) })
		.meta({ id: 'Label', description: 'An internal code with its label' });
	const mine = (id: string, summary: string, schema: z.ZodType) => ({
		get: op(id, { summary, tags, security: MIGRANT, requestParams: { query: langQuery }, responses: { '200': json('OK', schema) }, errors: ['400'] })
	});
	return {
		'/me': mine(
			'getMyAccount',
			"The signed-in migrant's account summary: masked phone, name, wished destinations and languages with their names (session cookie)",
			z.object({
				phone: nullable(z.string()).meta({ description: 'masked, e.g. +996 *** ** 56' }),
				name: nullable(z.string()),
				memberSince: nullable(dateTime),
				desiredCountries: z.array(Label),
				languages: z.array(Label)
			})
		),
		'/me/registrations': mine(
			'myRegistrations',
			"The signed-in migrant's own consular registrations, newest first, with mission, country and status labelled (session cookie)",
			list(
				z.object({
					id: uuid,
					mission: z.object({ id: uuid, name: z.string() }),
					country: Label,
					city: z.string(),
					address: z.string(),
					employer: nullable(z.string()),
					arrivalDate: date,
					stayMonths: z.number().int(),
					deadline: nullable(date).meta({ description: 'registration due by (stays over three months)' }),
					status: Label,
					contactName: nullable(z.string()),
					contactPhone: nullable(z.string()),
					createdAt: dateTime
				})
			)
		),
		'/me/consents': mine(
			'myConsents',
			"The signed-in migrant's consents, one per purpose, labelled (session cookie)",
			list(z.object({ purpose: Label, given: z.boolean(), grantedAt: nullable(dateTime), lastWithdrawnAt: nullable(dateTime) }))
		),
		'/me/certificates': mine(
			'myCertificates',
			"The signed-in migrant's training certificates; verify one at /certificates/{code} (session cookie)",
			list(z.object({ code: z.string(), course: z.string(), issuedAt: dateTime }))
		),
		'/me/help-requests': mine(
			'myHelpRequests',
			'The help requests the signed-in migrant sent, type and status labelled; follow one at /help-requests/{number} (session cookie)',
			list(z.object({ number: z.string(), type: Label, status: Label, createdAt: dateTime }))
		),
		'/me/applications': {
			get: op('myApplications', {
				summary: "The signed-in migrant's own applications and their status (session cookie)",
				tags,
				security: MIGRANT,
				responses: {
					'200': json(
						'OK',
						list(
							z.looseObject({
								id: uuid,
								state: z.string(),
								stateNote: nullable(z.string()),
								createdAt: dateTime,
								vacancyId: uuid,
								title: z.string(),
								countryIso2: z.string(),
								organisationName: Translated
							})
						)
					)
				}
			})
		},
		'/me/profile': {
			get: op('getMyProfile', {
				summary: "The signed-in migrant's own profile (session cookie)",
				tags,
				security: MIGRANT,
				responses: {
					'200': json('OK', z.looseObject({ fullName: z.string(), skills: z.array(z.looseObject({ occupationCode: z.string(), years: z.number().int() })) }))
				},
				errors: ['404']
			}),
			put: op('putMyProfile', {
				summary: 'Replace the own profile',
				tags,
				security: MIGRANT,
				requestBody: {
					required: true,
					content: { 'application/json': { schema: profileSchema.partial({ languages: true, desiredCountries: true, skills: true }) } }
				},
				responses: {
					'200': json('Saved', z.object({ ok: z.literal(true) })),
					'422': json('Invalid fields: error.fields maps field → message key', ErrorBody)
				},
				errors: ['400', '413', '415']
			})
		},
		'/me/export': {
			get: op('exportMyData', {
				summary: 'Everything Sapar holds about the signed-in migrant (JSON download)',
				tags,
				security: MIGRANT,
				responses: { '200': json('OK', z.looseObject({})) }
			})
		},
		'/me/checklist/{iso2}': {
			get: op('getMyChecklist', {
				summary: "The signed-in migrant's pre-departure checklist for a destination",
				tags,
				security: MIGRANT,
				requestParams: { path: iso2Param, query: langQuery },
				responses: {
					'200': json(
						'OK',
						z.object({
							country: z.string(),
							done: z.number().int(),
							total: z.number().int(),
							items: z.array(z.object({ code: z.string(), title: z.string(), hint: z.string(), guide: z.string(), doneAt: nullable(dateTime) }))
						})
					)
				},
				errors: ['400', '404']
			})
		},
		'/me/returns': {
			get: op('myReturns', {
				summary: "The signed-in migrant's return registrations with the responsible centre, referrals and their outcomes (session cookie)",
				tags,
				security: MIGRANT,
				responses: {
					'200': json(
						'OK',
						list(
							z.looseObject({
								id: uuid,
								returnDate: date,
								countryIso2: z.string(),
								regionCode: z.string().meta({ description: 'ISO 3166-2:KG' }),
								needs: z.array(z.enum(RETURN_NEEDS)),
								status: z.enum(RETURN_STATUSES),
								referrals: z.array(
									z.looseObject({
										id: uuid,
										kind: z.enum(REFERRAL_KINDS),
										programme: z.string().meta({ description: 'the name as written at referral' }),
										programmeName: nullable(Translated).meta({ description: 'the catalogue programme, in each language (null when outside the catalogue)' }),
										referredOn: date,
										outcome: z.enum(REFERRAL_OUTCOMES),
										outcomeOn: nullable(date),
										outcomeNote: nullable(z.string())
									})
								)
							})
						)
					)
				}
			})
		}
	};
}

/** Help requests (public, with the tracking code) and staff case work (session of a staff member with a second factor). */
function casePaths(): ZodOpenApiPathsObject {
	const staff = { tags: ['cases'], security: STAFF };
	const id = z.object({ id: uuidParam });
	const body = (schema: z.ZodType) => ({ required: true, content: { 'application/json': { schema } } });
	const tracking = {
		path: z.object({ number: z.string().min(1).max(40).meta({ example: 'SP-2026-000123' }) }),
		header: z.object({ 'x-tracking-code': z.string().max(40).meta({ example: 'XXXX-XXXX-XXXX' }) })
	};
	const done = json('OK', z.looseObject({ id: uuid }));
	const action = (operationId: string, summary: string, schema: z.ZodType) => ({
		post: op(operationId, {
			...staff,
			summary,
			requestParams: { path: id },
			requestBody: body(schema),
			responses: { '200': done },
			errors: ['400', '403', '404', '409', '413', '415', '422']
		})
	});
	const message = z.object({ fromPerson: z.boolean(), at: dateTime, body: z.string() });
	return {
		'/help-requests': {
			post: op('createHelpRequest', {
				tags: ['help'],
				summary:
					'Ask for help (anonymous, as the signed-in migrant, or as a partner system with a help_requests.create key). No IP address is stored. Rate-limited per address.',
				security: [{}, { session: [] }, { partnerKey: ['help_requests.create'] }],
				requestParams: { query: langQuery.partial() },
				requestBody: body(helpRequestSchema),
				responses: {
					'201': json('Created; the tracking code is shown only this once', z.object({ number: z.string(), trackingCode: z.string() }))
				},
				errors: ['400', '403', '413', '415']
			})
		},
		'/help-requests/{number}': {
			get: op('trackHelpRequest', {
				tags: ['help'],
				summary: 'Status, type, place and messages of a case, for the holder of its tracking code. Any mismatch is 404.',
				security: [{}],
				requestParams: tracking,
				responses: {
					'200': json(
						'OK',
						z.object({
							number: z.string(),
							status: z.enum(CASE_STATUSES),
							type: z.enum(CASE_TYPES),
							countryIso2: z.string(),
							city: z.string(),
							createdAt: dateTime,
							updatedAt: dateTime,
							messages: z.array(message),
							files: z.array(z.object({ name: z.string(), mediaType: z.string(), size: z.number().int(), at: dateTime })),
							outcome: nullable(
								z.object({
									closedAt: nullable(dateTime),
									outcomes: z.array(z.enum(OUTCOMES)),
									wagesRecovered: nullable(z.string()).meta({ description: 'decimal, in wagesCurrency' }),
									wagesCurrency: nullable(z.string()),
									referredTo: z.array(Translated).meta({ description: 'organisations that accepted a referral of the case' })
								})
							).meta({ description: 'how the case ended; null while it is open' }),
							reopenUntil: nullable(dateTime).meta({
								description: 'until when the person may reopen the closed case on the tracking page (30 days after closing)'
							})
						})
					)
				},
				errors: ['404']
			})
		},
		'/help-requests/{number}/messages': {
			post: op('addHelpRequestMessage', {
				tags: ['help'],
				summary: 'The person answers or adds information (text; files through the tracking page), as the holder of the tracking code. Any mismatch is 404.',
				security: [{}],
				requestParams: tracking,
				requestBody: body(addInformationSchema),
				responses: { '201': json('Added', z.object({ number: z.string() })) },
				errors: ['400', '404', '413', '415']
			})
		},
		'/cases': {
			get: op('listCases', {
				tags: ['cases'],
				summary:
					"The organisation's cases (no encrypted field), most urgent first, then the nearest deadline: for its staff, or its partner system with a cases.read key",
				security: [{ session: [] }, { partnerKey: ['cases.read'] }],
				requestParams: { query: caseQueueQuery },
				errors: ['400', '403'],
				responses: {
					'200': json(
						'OK',
						z.object({
							items: z.array(
								z.looseObject({
									id: uuid,
									number: z.string(),
									type: z.enum(CASE_TYPES),
									countryIso2: z.string(),
									city: z.string(),
									urgency: z.enum(URGENCIES),
									traffickingFlag: z.boolean(),
									status: z.enum(CASE_STATUSES),
									assigneeName: nullable(z.string()),
									due: dateTime,
									overdue: z.boolean(),
									createdAt: dateTime
								})
							),
							view: z.string(),
							page: z.number().int(),
							hasNext: z.boolean()
						})
					)
				}
			})
		},
		'/cases/{id}': {
			get: op('getCase', {
				...staff,
				summary: 'One case with timeline, tasks and transitions; encrypted fields only when the confidentiality level allows. Audited with the reason.',
				requestParams: { path: id, query: caseViewQuery },
				responses: {
					'200': json(
						'OK',
						z.looseObject({
							case: z.looseObject({ id: uuid, number: z.string(), status: z.enum(CASE_STATUSES) }),
							owner: z.boolean(),
							sensitive: nullable(z.looseObject({ narrative: z.string(), messages: z.array(message) })),
							events: z.array(z.looseObject({})),
							tasks: z.array(z.looseObject({})),
							transitions: z.array(z.looseObject({}))
						})
					)
				},
				errors: ['400', '403', '404']
			})
		},
		'/cases/{id}/triage': action('triageCase', 'Type, urgency, trafficking flag and confidentiality level', triageSchema),
		'/cases/{id}/assign': action('assignCase', 'Assign to a colleague of the owning organisation', assignBody),
		'/cases/{id}/messages': action('sendCaseMessage', 'Message to the person (tracking page, and SMS/email through the job queue)', messageSchema),
		'/cases/{id}/tasks': action('addCaseTask', 'A task with a due date', taskSchema),
		'/cases/{id}/close': action('closeCase', 'Outcome and redress, and close', closeSchema),
		'/cases/{id}/reopen': action('reopenCase', 'Reopen a closed case', reopenSchema),
		'/cases/{id}/nrm-steps': action(
			'recordNrmStep',
			'Record a step of the national referral mechanism as done (trafficking-flagged cases; once per step)',
			nrmStepBody
		),
		'/cases/{id}/transitions': action('referCase', 'Refer (receiver may read) or transfer (ownership moves) with consent recorded', referSchema),
		'/case-transitions/{id}': {
			post: op('decideTransition', {
				...staff,
				summary: 'The receiving organisation accepts or rejects (a reason is required to reject)',
				requestParams: { path: id },
				requestBody: body(decideSchema),
				responses: { '200': json('OK', z.looseObject({ caseId: uuid })) },
				errors: ['400', '403', '404', '409', '413', '415', '422']
			})
		}
	};
}

function build(origin: string) {
	ids.clear();
	return createDocument({
		openapi: '3.1.0',
		info: {
			title: 'Sapar API',
			version: '1.0.0',
			description:
				'Public API of Sapar, the safe labour migration platform of the Kyrgyz Republic. Errors are `{ "error": { "code", "message" } }`. Partner systems send their key as `Authorization: Bearer sapar_…`.',
			license: { name: 'Open data: CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' }
		},
		servers: [{ url: `${origin}/api/v1` }],
		security: PUBLIC,
		tags: [
			{ name: 'reference', description: 'Reference lists' },
			{ name: 'portal', description: 'Guides, laws, directory and search' },
			{ name: 'alerts', description: 'Public alerts' },
			{ name: 'training', description: 'Training certificates' },
			{ name: 'open data', description: 'Open data packages (CC BY 4.0)' },
			{ name: 'recruitment', description: 'Agencies, vacancies and the employer black list' },
			{ name: 'migrant', description: "The signed-in migrant's own data" },
			{ name: 'help', description: 'Help requests and their tracking' },
			{ name: 'cases', description: 'Case work for staff and partner systems' },
			{ name: 'programmes', description: 'Government-to-government programmes: sign-up and the published selection' }
		],
		paths: { ...publicPaths(), ...openDataPaths(), ...recruitmentPaths(), ...migrantPaths(), ...casePaths(), ...programmePaths() },
		components: {
			securitySchemes: {
				session: { type: 'apiKey', in: 'cookie', name: 'sapar.session_token', description: 'A signed-in session (migrant, or staff with a second factor)' },
				partnerKey: {
					type: 'http',
					scheme: 'bearer',
					description:
						'A partner API key (`sapar_…`) issued at /staff/api-keys, with scopes public.read, open_data.read, help_requests.create, cases.read. An unknown, expired or revoked key is a 401.'
				}
			},
			responses: Object.fromEntries(Object.entries(ERROR_TEXT).map(([code, text]) => [`E${code}`, json(text, ErrorBody)]))
		}
	});
}

let cached: { origin: string; doc: ReturnType<typeof build> } | null = null;

/** The document for this origin (built once; it depends only on code). */
export function openApiDocument(origin: string) {
	if (cached?.origin !== origin) cached = { origin, doc: build(origin) };
	return cached.doc;
}

/** Programme intake (issue 17, part 1; docs/decisions/0030): programmes, sign-up, the published selection order. */
function programmePaths(): ZodOpenApiPathsObject {
	const tags = ['programmes'];
	const slug = z.object({ slug: z.string().min(1).max(80).meta({ example: 'uk-seasonal' }) });
	const label = z.object({ key: z.string(), label: z.string() });
	const Programme = z
		.looseObject({
			slug: z.string(),
			title: z.string(),
			country: z.string(),
			window: z.object({ opensAt: dateTime, closesAt: dateTime, state: z.enum(['upcoming', 'open', 'closed']) }),
			places: z.number().int(),
			selection: z.object({ method: z.enum(SELECTION_METHODS), seed: nullable(z.string()), selectedAt: nullable(dateTime) }),
			summary: z.string().optional(),
			rules: z
				.looseObject({
					minAge: z.number().int().optional(),
					maxAge: z.number().int().optional(),
					languageLevel: z.enum(LANGUAGE_LEVELS).optional(),
					healthDeclaration: z.boolean().optional(),
					excludePrevious: z.boolean().optional()
				})
				.optional(),
			quotas: z.record(z.string(), z.number().int()).optional().meta({ description: 'region code → most places for people from that region' }),
			documents: z.array(label).optional(),
			tests: z.array(label).optional(),
			source: nullable(Source).optional(),
			needsReview: z.boolean().optional()
		})
		.meta({ id: 'Programme' });
	const signupBody = signupSchema.extend({ consent: z.union([z.literal(true), z.literal('yes')]) });
	return {
		'/programmes': {
			get: op('listProgrammes', {
				tags,
				summary: 'Government-to-government programmes with their sign-up window, places and selection method',
				security: PUBLIC,
				requestParams: { query: langQuery },
				responses: { '200': json('OK', list(Programme)) }
			})
		},
		'/programmes/{slug}': {
			get: op('getProgramme', {
				tags,
				summary: 'One programme: window, places, eligibility rules, regional quotas, documents and tests, selection method and seed, source',
				security: PUBLIC,
				requestParams: { path: slug, query: langQuery },
				responses: { '200': json('OK', Programme) },
				errors: ['404']
			})
		},
		'/programmes/{slug}/signups': {
			post: op('signUpForProgramme', {
				tags,
				summary:
					'Sign up (anonymous, or as the signed-in migrant). The published rules are applied at once (eligible, or not_eligible with a reason). 201 only once the sign-up is committed; the reference and code also go to the phone by SMS. Under a rush 429 with Retry-After, before anything is written. 409: the window is not open, or the phone is already signed up.',
				security: [{}, { session: [] }],
				requestParams: { path: slug, query: langQuery.partial() },
				requestBody: { required: true, content: { 'application/json': { schema: signupBody } } },
				responses: {
					'201': json(
						'Signed up; the code is shown only this once',
						z.object({ reference: z.string(), code: z.string(), stage: z.enum(PROGRAMME_STAGES), reason: nullable(z.enum(INELIGIBLE_REASONS)) })
					)
				},
				errors: ['404', '409', '413', '415']
			})
		},
		'/programmes/{slug}/draw': {
			get: op('getProgrammeDraw', {
				tags,
				summary:
					'The published selection once run: method, seed, places, quotas and every candidate (reference, region, arrival number, rank, selected). Lottery order: SHA-256 of "seed:reference" as hex, ascending; then select in order while places remain and the region quota is not filled.',
				security: PUBLIC,
				requestParams: { path: slug },
				responses: {
					'200': json(
						'OK',
						z.object({
							programme: z.string(),
							method: z.enum(SELECTION_METHODS),
							seed: nullable(z.string()),
							places: z.number().int(),
							quotas: z.record(z.string(), z.number().int()),
							selectedAt: nullable(dateTime),
							algorithm: z.string(),
							candidates: z.array(
								z.object({ reference: z.string(), region: z.string(), seq: z.number().int(), rank: nullable(z.number().int()), selected: z.boolean() })
							)
						})
					)
				},
				errors: ['404']
			})
		}
	};
}
