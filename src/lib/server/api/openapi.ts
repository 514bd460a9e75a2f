import { BLACKLIST_REASONS } from '#lib/employers';
import { NRM_STEPS } from '#lib/cases';
import { REFERRAL_KINDS, REFERRAL_OUTCOMES, RETURN_NEEDS, RETURN_STATUSES } from '#lib/returns';
/** The API description served at /api/v1/openapi.json. Add each endpoint here as it is built. */
const lang = {
	name: 'lang',
	in: 'query',
	required: false,
	description: 'Language of the `name` fields (default ky).',
	schema: { type: 'string', enum: ['ky', 'ru', 'en'], default: 'ky' }
};
const translated = {
	type: 'object',
	description: 'The same text in each language that has it.',
	properties: { ky: { type: 'string' }, ru: { type: 'string' }, en: { type: 'string' } }
};
const error = { $ref: '#/components/responses/Error' };

/** A `{ data: [...] }` answer. */
function dataList(description: string, items: Record<string, unknown>) {
	return { description, content: { 'application/json': { schema: { type: 'object', required: ['data'], properties: { data: { type: 'array', items } } } } } };
}

function listOf(summary: string, properties: Record<string, unknown>, required: string[]) {
	return {
		get: { summary, tags: ['reference'], parameters: [lang], responses: { '200': dataList('OK', { type: 'object', required, properties }), '400': error } }
	};
}

export function openApiDocument(origin: string) {
	return {
		openapi: '3.1.0',
		info: {
			title: 'Sapar API',
			version: '1.0.0',
			description: 'Public API of Sapar, the safe labour migration platform of the Kyrgyz Republic. Errors are `{ "error": { "code", "message" } }`.'
		},
		servers: [{ url: `${origin}/api/v1` }],
		paths: {
			'/countries': listOf(
				'Countries (ISO 3166-1)',
				{ iso2: { type: 'string' }, iso3: { type: 'string' }, numeric: { type: 'string' }, name: { type: 'string' }, names: translated },
				['iso2', 'iso3', 'name']
			),
			'/regions': listOf(
				'Regions of the Kyrgyz Republic (ISO 3166-2:KG): seven oblasts and the cities of Bishkek and Osh',
				{ code: { type: 'string' }, kind: { type: 'string', enum: ['oblast', 'city'] }, name: { type: 'string' }, names: translated },
				['code', 'kind', 'name']
			),
			'/occupations': listOf('Occupations (ISCO-08 major groups)', { code: { type: 'string' }, name: { type: 'string' }, names: translated }, ['code', 'name']),
			'/countries/{iso2}/guide': {
				get: {
					summary: 'A destination-country guide: sections with source and last-reviewed date',
					tags: ['portal'],
					parameters: [{ name: 'iso2', in: 'path', required: true, schema: { type: 'string', pattern: '^[a-zA-Z]{2}$' } }, lang],
					responses: {
						'200': {
							description: 'OK',
							content: {
								'application/json': {
									schema: {
										type: 'object',
										properties: {
											country: { type: 'object', properties: { iso2: { type: 'string' }, name: { type: 'string' } } },
											intro: { type: 'string' },
											sections: {
												type: 'array',
												items: {
													type: 'object',
													required: ['kind', 'body', 'source', 'reviewedAt'],
													properties: {
														kind: { type: 'string', enum: ['entry', 'registration', 'work', 'taxes', 'health', 'rights', 'emergency'] },
														body: { type: 'string', description: 'markdown subset: paragraphs, "- " lists, **bold**, [links](url)' },
														language: { type: 'string', description: 'language the body is in (may differ from lang: fallback)' },
														fallback: { type: 'boolean' },
														source: { $ref: '#/components/schemas/Source' },
														reviewedAt: { type: 'string', description: 'YYYY-MM-DD' },
														stale: { type: 'boolean', description: 'not reviewed for 180 days' },
														needsReview: { type: 'boolean', description: 'not yet confirmed by an editor' },
														laws: { type: 'array', items: { type: 'string' } }
													}
												}
											}
										}
									}
								}
							}
						},
						'400': error,
						'404': error
					}
				}
			},
			'/laws': listOf(
				'Legislation and treaties library',
				{
					id: { type: 'string' },
					kind: { type: 'string' },
					number: { type: ['string', 'null'] },
					adoptedOn: { type: ['string', 'null'] },
					status: { type: 'string' },
					reviewedOn: { type: ['string', 'null'] },
					title: { type: 'string' },
					countries: { type: 'array', items: { type: 'string' } }
				},
				['id', 'kind', 'title', 'status']
			),
			'/laws/{id}': {
				get: {
					summary: 'One act: number, date, kind, status with its source, review date, plain-language summary, source and the guide sections relying on it',
					tags: ['portal'],
					parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }, lang],
					responses: { '200': { description: 'OK' }, '400': error, '404': error }
				}
			},
			'/alerts': {
				get: {
					summary: 'Public alerts for citizens abroad, newest first (only alerts their sender made public)',
					tags: ['alerts'],
					parameters: [lang, { name: 'limit', in: 'query', required: false, schema: { type: 'integer', minimum: 1, maximum: 200, default: 50 } }],
					responses: {
						'200': dataList('OK', {
							type: 'object',
							required: ['id', 'title', 'text', 'urgent', 'issuedBy', 'sentAt', 'url'],
							properties: {
								id: { type: 'string', format: 'uuid' },
								title: { type: 'string' },
								text: { type: 'string' },
								urgent: { type: 'boolean' },
								issuedBy: { type: 'string' },
								sentAt: { type: ['string', 'null'], format: 'date-time' },
								url: { type: 'string', format: 'uri' }
							}
						}),
						'400': error
					}
				}
			},
			'/directory': {
				get: {
					summary: 'Directory of help: consulates, employment centres, NGOs, hotlines, clinics',
					tags: ['portal'],
					parameters: [
						{ name: 'country', in: 'query', schema: { type: 'string', pattern: '^[a-zA-Z]{2}$' } },
						{ name: 'city', in: 'query', schema: { type: 'string', maxLength: 80 } },
						lang
					],
					responses: { '200': { description: 'OK' }, '400': error }
				}
			},
			'/search': {
				get: {
					summary: 'Search guides, laws, directory and FAQs in any language (typos and Latin-typed Cyrillic forgiven)',
					tags: ['portal'],
					parameters: [{ name: 'q', in: 'query', required: true, schema: { type: 'string', maxLength: 200 } }, lang],
					responses: {
						'200': dataList('OK', {
							type: 'object',
							required: ['title', 'kind', 'url', 'snippet'],
							properties: {
								title: { type: 'string' },
								kind: { type: 'string', enum: ['guide_section', 'law', 'directory_entry', 'faq', 'service'] },
								url: { type: 'string' },
								snippet: { type: 'string' }
							}
						}),
						'400': error
					}
				}
			},
			'/certificates/{code}': {
				get: {
					summary: 'Verify a training certificate: course, holder initials and date',
					tags: ['migrant'],
					parameters: [{ name: 'code', in: 'path', required: true, schema: { type: 'string', pattern: '^SAP-[0-9A-Z]{4}-[0-9A-Z]{4}$' } }, lang],
					responses: {
						'200': {
							description: 'A valid certificate',
							content: {
								'application/json': {
									schema: {
										type: 'object',
										properties: {
											code: { type: 'string' },
											valid: { type: 'boolean' },
											course: { type: 'string' },
											holderInitials: { type: 'string' },
											issuedAt: { type: 'string', format: 'date-time' }
										}
									}
								}
							}
						},
						'404': error
					}
				}
			},
			'/open-data': {
				get: {
					summary: 'Open data catalogue: each dataset with title, description, period covered, update date, licence (CC BY 4.0), suppression rule and its URLs',
					tags: ['open data'],
					parameters: [lang],
					responses: {
						'200': dataList('The datasets', {
							type: 'object',
							required: ['name', 'title', 'updated', 'licence', 'suppression', 'datapackage', 'csv', 'json'],
							properties: {
								name: { type: 'string' },
								title: { type: 'string' },
								description: { type: 'string' },
								period: { type: 'object', properties: { from: { type: ['string', 'null'] }, to: { type: ['string', 'null'] } } },
								updated: { type: 'string', format: 'date-time' },
								licence: { type: 'object', properties: { name: { type: 'string' }, title: { type: 'string' }, path: { type: 'string' } } },
								suppression: { type: 'object', properties: { threshold: { type: 'integer' }, rule: { type: 'string' } } },
								datapackage: { type: 'string', format: 'uri' },
								csv: { type: 'string', format: 'uri' },
								json: { type: 'string', format: 'uri' }
							}
						}),
						'400': error
					}
				}
			},
			'/open-data/{name}/datapackage.json': {
				get: {
					summary:
						'A dataset as a Frictionless Tabular Data Package descriptor (table schema: field name, type, description, unit; missing value "" = not shown)',
					tags: ['open data'],
					parameters: [{ name: 'name', in: 'path', required: true, schema: { type: 'string', pattern: '^[a-z0-9-]+$' } }],
					responses: { '200': { description: 'datapackage.json', content: { 'application/json': { schema: { type: 'object' } } } }, '404': error }
				}
			},
			'/open-data/{name}/data.csv': {
				get: {
					summary: "A dataset's CSV resource (UTF-8, no byte-order mark); suppressed counts are empty cells",
					tags: ['open data'],
					parameters: [{ name: 'name', in: 'path', required: true, schema: { type: 'string', pattern: '^[a-z0-9-]+$' } }],
					responses: { '200': { description: 'CSV', content: { 'text/csv': { schema: { type: 'string' } } } }, '404': error }
				}
			},
			'/open-data/{name}/data.json': {
				get: {
					summary: 'A dataset in JSON: field names and rows (suppressed counts are null)',
					tags: ['open data'],
					parameters: [{ name: 'name', in: 'path', required: true, schema: { type: 'string', pattern: '^[a-z0-9-]+$' } }],
					responses: {
						'200': {
							description: 'JSON',
							content: {
								'application/json': {
									schema: {
										type: 'object',
										properties: {
											name: { type: 'string' },
											updated: { type: 'string' },
											fields: { type: 'array', items: { type: 'string' } },
											rows: { type: 'array', items: { type: 'array' } }
										}
									}
								}
							}
						},
						'404': error
					}
				}
			},
			'/agencies': {
				get: {
					summary: 'Is this agency licensed? Search by name in Latin or Cyrillic letters, licence number or tax number',
					tags: ['recruitment'],
					parameters: [{ name: 'q', in: 'query', required: true, schema: { type: 'string', maxLength: 200 } }],
					responses: {
						'200': {
							description: 'Matching agencies (empty when none is registered)',
							content: {
								'application/json': { schema: { type: 'object', properties: { data: { type: 'array', items: { $ref: '#/components/schemas/Agency' } } } } }
							}
						},
						'400': error
					}
				}
			},
			'/agencies/{licenceNumber}': {
				get: {
					summary: 'One agency by licence number: status, validity, permitted countries, licence history and sanctions',
					tags: ['recruitment'],
					parameters: [{ name: 'licenceNumber', in: 'path', required: true, schema: { type: 'string' } }],
					responses: {
						'200': {
							description: 'The agency',
							content: {
								'application/json': {
									schema: {
										allOf: [
											{ $ref: '#/components/schemas/Agency' },
											{
												type: 'object',
												properties: {
													licences: {
														type: 'array',
														items: {
															type: 'object',
															properties: {
																number: { type: 'string' },
																issuedOn: { type: 'string', format: 'date' },
																expiresOn: { type: 'string', format: 'date' },
																countries: { type: 'array', items: { type: 'string' } },
																status: { $ref: '#/components/schemas/LicenceStatus' }
															}
														}
													},
													events: {
														type: 'array',
														items: {
															type: 'object',
															properties: {
																licenceNumber: { type: 'string' },
																kind: { type: 'string', enum: ['issued', 'renewed', 'suspended', 'reinstated', 'revoked'] },
																at: { type: 'string', format: 'date-time' },
																until: { type: ['string', 'null'], format: 'date' },
																reason: { type: ['string', 'null'] }
															}
														}
													}
												}
											}
										]
									}
								}
							}
						},
						'404': error
					}
				}
			},
			'/employers/blacklist': {
				get: {
					summary: 'Employers on the black list after a decision of the ministry (listed or under appeal, not past the end date), newest first',
					tags: ['recruitment'],
					parameters: [
						{ name: 'q', in: 'query', description: 'words of the name or city, in Latin or Cyrillic letters', schema: { type: 'string', maxLength: 200 } },
						{ name: 'country', in: 'query', schema: { type: 'string', pattern: '^[A-Za-z]{2}$' } }
					],
					responses: {
						'200': dataList('Listed employers (at most 50)', {
							type: 'object',
							properties: {
								number: { type: 'string', description: 'proceeding number, e.g. BL-2026-0001' },
								name: { type: 'string' },
								countryIso2: { type: 'string' },
								city: { type: 'string' },
								reasons: { type: 'array', items: { type: 'string', enum: [...BLACKLIST_REASONS] } },
								summary: { type: ['string', 'null'] },
								listedOn: { type: 'string', format: 'date' },
								listedUntil: { type: ['string', 'null'], format: 'date' },
								underAppeal: { type: 'boolean' }
							}
						}),
						'400': error
					}
				}
			},
			'/vacancies': {
				get: {
					summary: 'Public vacancies (licensed agencies for their permitted countries, and employment-centre programmes); newest first, 20 a page',
					tags: ['recruitment'],
					parameters: [
						{ name: 'q', in: 'query', schema: { type: 'string', maxLength: 200 } },
						{ name: 'country', in: 'query', schema: { type: 'string', pattern: '^[A-Za-z]{2}$' } },
						{ name: 'city', in: 'query', schema: { type: 'string' } },
						{
							name: 'sector',
							in: 'query',
							schema: {
								type: 'string',
								enum: ['agriculture', 'construction', 'manufacturing', 'hospitality', 'care', 'transport', 'retail', 'cleaning', 'other']
							}
						},
						{ name: 'occupation', in: 'query', description: 'ISCO-08 code', schema: { type: 'string' } },
						{ name: 'minSalary', in: 'query', description: 'minimum monthly pay in the vacancy currency', schema: { type: 'integer' } },
						{ name: 'language', in: 'query', schema: { type: 'string', pattern: '^[a-z]{2}$' } },
						{ name: 'page', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 500 } }
					],
					responses: {
						'200': {
							description: 'OK',
							content: {
								'application/json': {
									schema: {
										type: 'object',
										properties: {
											data: { type: 'array', items: { $ref: '#/components/schemas/Vacancy' } },
											page: { type: 'integer' },
											hasNext: { type: 'boolean' }
										}
									}
								}
							}
						},
						'400': error
					}
				}
			},
			'/vacancies/{id}': {
				get: {
					summary: 'One public vacancy with its description',
					tags: ['recruitment'],
					parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } }],
					responses: { '200': { description: 'OK', content: { 'application/json': { schema: { $ref: '#/components/schemas/Vacancy' } } } }, '404': error }
				}
			},
			'/me/applications': {
				get: {
					summary: "The signed-in migrant's own applications and their status (session cookie)",
					tags: ['migrant'],
					security: [{ session: [] }],
					responses: { '200': { description: 'OK' }, '401': error }
				}
			},
			'/me/profile': {
				get: {
					summary: "The signed-in migrant's own profile (session cookie)",
					tags: ['migrant'],
					security: [{ session: [] }],
					responses: { '200': { description: 'OK' }, '401': error, '404': error }
				},
				put: {
					summary: 'Replace the own profile',
					tags: ['migrant'],
					security: [{ session: [] }],
					requestBody: {
						required: true,
						content: {
							'application/json': {
								schema: {
									type: 'object',
									required: ['fullName'],
									properties: {
										fullName: { type: 'string', maxLength: 120 },
										birthDate: { type: 'string', description: 'YYYY-MM-DD' },
										sex: { type: 'string', enum: ['female', 'male'] },
										regionCode: { type: 'string', description: 'ISO 3166-2:KG' },
										languages: { type: 'array', items: { type: 'string', description: 'ISO 639-1' } },
										education: { type: 'string', enum: ['none', 'primary', 'secondary', 'vocational', 'higher'] },
										desiredCountries: { type: 'array', items: { type: 'string' } },
										skills: { type: 'array', items: { type: 'object', properties: { occupationCode: { type: 'string' }, years: { type: 'integer' } } } }
									}
								}
							}
						}
					},
					responses: {
						'200': { description: 'Saved' },
						'400': error,
						'401': error,
						'422': { description: 'Invalid fields: error.fields maps field → message key' }
					}
				}
			},
			'/me/export': {
				get: {
					summary: 'Everything Sapar holds about the signed-in migrant (JSON download)',
					tags: ['migrant'],
					security: [{ session: [] }],
					responses: { '200': { description: 'OK' }, '401': error }
				}
			},
			'/me/checklist/{iso2}': {
				get: {
					summary: "The signed-in migrant's pre-departure checklist for a destination",
					tags: ['migrant'],
					security: [{ session: [] }],
					parameters: [{ name: 'iso2', in: 'path', required: true, schema: { type: 'string' } }, lang],
					responses: { '200': { description: 'OK' }, '401': error, '404': error }
				}
			},
			'/currencies': listOf(
				'Currencies (ISO 4217); the ones migrants meet most come first',
				{ code: { type: 'string' }, name: { type: 'string' }, minorUnits: { type: 'integer' }, common: { type: 'boolean' } },
				['code', 'name']
			),
			'/me/returns': {
				get: {
					summary: "The signed-in migrant's return registrations with the responsible centre, referrals and their outcomes (session cookie)",
					tags: ['migrant'],
					security: [{ session: [] }],
					responses: {
						'200': dataList('OK', {
							type: 'object',
							properties: {
								id: { type: 'string', format: 'uuid' },
								returnDate: { type: 'string', format: 'date' },
								countryIso2: { type: 'string' },
								regionCode: { type: 'string', description: 'ISO 3166-2:KG' },
								needs: { type: 'array', items: { type: 'string', enum: [...RETURN_NEEDS] } },
								status: { type: 'string', enum: [...RETURN_STATUSES] },
								referrals: {
									type: 'array',
									items: {
										type: 'object',
										properties: {
											id: { type: 'string', format: 'uuid' },
											kind: { type: 'string', enum: [...REFERRAL_KINDS] },
											programme: { type: 'string', description: 'the name as written at referral' },
											programmeName: {
												...translated,
												nullable: true,
												description: 'the catalogue programme, in each language (null when outside the catalogue)'
											},
											referredOn: { type: 'string', format: 'date' },
											outcome: { type: 'string', enum: [...REFERRAL_OUTCOMES] },
											outcomeOn: { type: 'string', format: 'date', nullable: true },
											outcomeNote: { type: 'string', nullable: true }
										}
									}
								}
							}
						}),
						'401': error
					}
				}
			},
			...casePaths()
		},
		components: {
			securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'sapar.session_token' } },
			schemas: {
				LicenceStatus: { type: 'string', enum: ['valid', 'suspended', 'revoked', 'expired', 'never'] },
				Agency: {
					type: 'object',
					required: ['slug', 'name', 'status'],
					properties: {
						slug: { type: 'string' },
						name: { type: 'string' },
						taxNumber: { type: 'string' },
						address: { type: 'string' },
						phone: { type: ['string', 'null'] },
						website: { type: ['string', 'null'] },
						branches: { type: 'array', items: { type: 'object', properties: { city: { type: 'string' }, address: { type: 'string' } } } },
						status: { $ref: '#/components/schemas/LicenceStatus' },
						until: { type: ['string', 'null'], format: 'date', description: 'valid until / suspended until / expired on' },
						licenceNumber: { type: ['string', 'null'] },
						countries: { type: 'array', items: { type: 'string' }, description: 'permitted destination countries (ISO 3166-1 alpha-2)' }
					}
				},
				Vacancy: {
					type: 'object',
					properties: {
						id: { type: 'string', format: 'uuid' },
						title: { type: 'string' },
						employerName: { type: 'string' },
						countryIso2: { type: 'string' },
						city: { type: 'string' },
						sector: { type: 'string' },
						occupationCode: { type: 'string' },
						salaryMin: { type: 'string' },
						salaryMax: { type: ['string', 'null'] },
						currency: { type: 'string' },
						payPeriod: { type: 'string', enum: ['month', 'hour'] },
						hoursPerWeek: { type: 'integer' },
						housing: { type: 'string', enum: ['free', 'paid', 'none'] },
						contractMonths: { type: 'integer' },
						workerFee: { type: 'string', description: 'fees charged to the worker; anything above 0 is flagged' },
						feeFlagged: { type: 'boolean' },
						languages: { type: 'array', items: { type: 'string' } },
						places: { type: 'integer' },
						programme: { type: ['string', 'null'] },
						poster: {
							type: 'object',
							properties: {
								kind: { type: 'string', enum: ['agency', 'employment_centre'] },
								name: translated,
								slug: { type: 'string' },
								licenceStatus: { type: ['string', 'null'] },
								licenceNumber: { type: ['string', 'null'] }
							}
						}
					}
				},
				Source: {
					type: 'object',
					required: ['title'],
					properties: {
						document: { type: ['string', 'null'], description: 'seed document, when the fact comes from one' },
						title: { type: 'string' },
						article: { type: 'string' },
						excerpt: { type: 'string' },
						url: { type: 'string' }
					}
				}
			},
			responses: {
				Error: {
					description: 'The request was not valid',
					content: {
						'application/json': {
							schema: {
								type: 'object',
								properties: {
									error: {
										type: 'object',
										required: ['code', 'message'],
										properties: { code: { type: 'string' }, message: { type: 'string' } }
									}
								}
							}
						}
					}
				}
			}
		}
	};
}

/** Help requests (public, with the tracking code) and staff case work (session of a staff member with a second factor). */
function casePaths() {
	const staff = { tags: ['cases'], security: [{ session: [] }] };
	const id = { name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } };
	const body = (properties: Record<string, unknown>, required: string[] = []) => ({
		required: true,
		content: { 'application/json': { schema: { type: 'object', required, properties } } }
	});
	const text = { type: 'string' };
	const tracking = [
		{ name: 'number', in: 'path', required: true, schema: { type: 'string', example: 'SP-2026-000123' } },
		{ name: 'X-Tracking-Code', in: 'header', required: true, schema: { type: 'string', example: 'XXXX-XXXX-XXXX' } }
	];
	const fields = { description: 'Invalid input: `{ error: { code, message, fields: { field: messageKey } } }`' };
	const action = (summary: string, properties: Record<string, unknown>, required: string[]) => ({
		post: {
			...staff,
			summary,
			parameters: [id],
			requestBody: body(properties, required),
			responses: { '200': { description: 'OK' }, '400': fields, '401': error, '404': error, '422': error }
		}
	});
	return {
		'/help-requests': {
			post: {
				tags: ['help'],
				summary: 'Ask for help (anonymous, or as the signed-in migrant). No IP address is stored. Rate-limited per device/address.',
				parameters: [lang],
				requestBody: body(
					{
						type: {
							type: 'string',
							enum: [
								'unpaid_wages',
								'passport_taken',
								'abuse',
								'detention',
								'accident_health',
								'death_repatriation',
								'missing_person',
								'recruiter_deception',
								'other'
							]
						},
						countryIso2: text,
						city: text,
						narrative: { type: 'string', minLength: 10, maxLength: 5000 },
						employerName: text,
						agencyName: { type: 'string', description: 'linked to the agency register when exactly one agency matches' },
						contactName: text,
						contactPhone: text,
						contactEmail: text,
						contactChannel: { type: 'string', enum: ['none', 'sms', 'email'] },
						safeTime: text,
						idDocument: text,
						screening: {
							type: 'array',
							items: { type: 'string', enum: ['cannot_leave', 'documents_held', 'debt_bondage', 'threats', 'deceived_about_work'] },
							description: 'any answer flags trafficking indicators'
						},
						inDanger: { type: 'boolean' }
					},
					['type', 'countryIso2', 'city', 'narrative']
				),
				responses: {
					'201': { description: 'Created: `{ number, trackingCode }`; the code is shown only this once' },
					'400': fields,
					'413': error,
					'415': error,
					'429': error
				}
			}
		},
		'/help-requests/{number}': {
			get: {
				tags: ['help'],
				summary: 'Status, type, place and messages of a case, for the holder of its tracking code. Any mismatch is 404.',
				parameters: tracking,
				responses: { '200': { description: 'OK' }, '404': error, '429': error }
			}
		},
		'/help-requests/{number}/messages': {
			post: {
				tags: ['help'],
				summary: 'The person answers or adds information (text; files through the tracking page), as the holder of the tracking code. Any mismatch is 404.',
				parameters: tracking,
				requestBody: body({ body: { type: 'string', minLength: 1, maxLength: 5000 } }, ['body']),
				responses: { '201': { description: 'Added: `{ number }`' }, '400': fields, '404': error, '413': error, '415': error, '429': error }
			}
		},
		'/cases': {
			get: {
				...staff,
				summary: "The staff member's organisation's cases, most urgent first, then the nearest deadline",
				parameters: [
					{ name: 'view', in: 'query', schema: { type: 'string', enum: ['open', 'mine', 'overdue', 'closed'] } },
					{ name: 'page', in: 'query', schema: { type: 'integer', minimum: 1 } }
				],
				responses: { '200': { description: 'OK' }, '401': error, '403': error }
			}
		},
		'/cases/{id}': {
			get: {
				...staff,
				summary: 'One case with timeline, tasks and transitions; encrypted fields only when the confidentiality level allows. Audited with the reason.',
				parameters: [
					id,
					{
						name: 'reason',
						in: 'query',
						required: true,
						schema: { type: 'string', enum: ['triage', 'follow_up', 'referral_review', 'supervision', 'person_asked'] }
					}
				],
				responses: { '200': { description: 'OK' }, '400': error, '401': error, '404': error }
			}
		},
		'/cases/{id}/triage': action(
			'Type, urgency, trafficking flag and confidentiality level',
			{
				type: text,
				urgency: { type: 'string', enum: ['critical', 'high', 'normal', 'low'] },
				confidentiality: { type: 'string', enum: ['standard', 'restricted', 'strict'] },
				traffickingFlag: { type: 'boolean' }
			},
			['type', 'urgency', 'confidentiality']
		),
		'/cases/{id}/assign': action('Assign to a colleague of the owning organisation', { userId: text }, ['userId']),
		'/cases/{id}/messages': action('Message to the person (tracking page, and SMS/email through the job queue)', { body: text }, ['body']),
		'/cases/{id}/tasks': action('A task with a due date', { title: text, dueOn: { type: 'string', format: 'date' } }, ['title', 'dueOn']),
		'/cases/{id}/close': action(
			'Outcome and redress, and close',
			{
				outcomes: {
					type: 'array',
					items: { type: 'string', enum: ['wages_recovered', 'documents_returned', 'repatriated', 'referred_to_police', 'closed_without_result'] }
				},
				wagesRecovered: text,
				wagesCurrency: text,
				outcomeNote: text
			},
			['outcomes']
		),
		'/cases/{id}/reopen': action('Reopen a closed case', { reason: text }, ['reason']),
		'/cases/{id}/nrm-steps': action(
			'Record a step of the national referral mechanism as done (trafficking-flagged cases; once per step)',
			{ step: { type: 'string', enum: [...NRM_STEPS] } },
			['step']
		),
		'/cases/{id}/transitions': action(
			'Refer (receiver may read) or transfer (ownership moves) with consent recorded',
			{
				kind: { type: 'string', enum: ['referral', 'transfer'] },
				toOrganisationId: { type: 'string', format: 'uuid' },
				consent: { type: 'string', enum: ['given', 'danger_to_life'] },
				note: text
			},
			['kind', 'toOrganisationId', 'consent', 'note']
		),
		'/case-transitions/{id}': action(
			'The receiving organisation accepts or rejects (a reason is required to reject)',
			{ decision: { type: 'string', enum: ['accept', 'reject'] }, reason: text },
			['decision']
		)
	};
}
