import { z } from 'zod';
import { ContentFileError, loadContent } from '../content/files';
import { sourceSchema, translatedSchema } from '../portal/portal.content';
import { PUBLIC_SERIES } from '../statistics/public';
import { FINDING_KINDS } from './indicators.table';

/**
 * The MGI content files (docs/decisions/0022-indicators-and-action-plan.md):
 * - content/mgi-domains/<slug>.yaml — a domain and the indicator areas it covers;
 * - content/mgi-rounds/<year>.yaml — an assessment round;
 * - content/mgi-findings/<year>-<domain>.yaml — the round's findings for one domain.
 */

const slug = z.string().regex(/^[a-z0-9][a-z0-9-]*$/);

export const mgiDomainSchema = z.strictObject({
	slug,
	position: z.number().int().min(1),
	title: translatedSchema,
	description: translatedSchema,
	source: sourceSchema,
	needsReview: z.boolean(),
	indicators: z.array(z.strictObject({ slug, title: translatedSchema, needsReview: z.boolean() })).min(1)
});
export type MgiDomainSeed = z.infer<typeof mgiDomainSchema>;

export const mgiRoundSchema = z.strictObject({
	year: z.number().int().min(2015).max(2100),
	title: translatedSchema,
	note: translatedSchema,
	source: sourceSchema,
	needsReview: z.boolean()
});
export type MgiRoundSeed = z.infer<typeof mgiRoundSchema>;

export const mgiFindingsSchema = z.strictObject({
	round: z.number().int(),
	domain: slug,
	/** the document all findings of the file come from; each finding names its section and quote */
	source: sourceSchema,
	findings: z.array(
		z.strictObject({
			slug,
			kind: z.enum(FINDING_KINDS),
			/** an indicator slug of the domain, when the finding is about one */
			indicator: slug.optional(),
			text: translatedSchema,
			/** slugs of laws in content/laws the finding rests on */
			laws: z.array(slug),
			/** slugs of action-plan tasks in content/plan-tasks that answer it */
			tasks: z.array(slug).default([]),
			/** keys of public statistics series that show it in figures */
			statistics: z.array(z.enum(PUBLIC_SERIES.map((s) => s.key) as [string, ...string[]])).default([]),
			article: z.string().trim().min(1),
			excerpt: z.string().trim().min(1).max(300),
			needsReview: z.boolean()
		})
	)
});
export type MgiFindingsSeed = z.infer<typeof mgiFindingsSchema>;

export interface MgiContent {
	domains: MgiDomainSeed[];
	rounds: MgiRoundSeed[];
	findings: MgiFindingsSeed[];
}

/** Every MGI file, validated, with the links between them checked (domain, round, indicator). */
export function loadMgiContent(root?: string): MgiContent {
	const domains = loadContent('mgi-domains', mgiDomainSchema, root);
	for (const { path, data } of domains) {
		if (path !== data.slug) throw new ContentFileError(`content/mgi-domains/${path}.yaml`, `slug ${data.slug} does not match the file name`);
	}
	const rounds = loadContent('mgi-rounds', mgiRoundSchema, root);
	for (const { path, data } of rounds) {
		if (path !== String(data.year)) throw new ContentFileError(`content/mgi-rounds/${path}.yaml`, `year ${data.year} does not match the file name`);
	}
	const findings = loadContent('mgi-findings', mgiFindingsSchema, root);
	for (const { path, data } of findings) {
		const where = `content/mgi-findings/${path}.yaml`;
		const domain = domains.find((d) => d.data.slug === data.domain);
		if (!domain) throw new ContentFileError(where, `unknown domain ${data.domain}`);
		if (!rounds.some((r) => r.data.year === data.round)) throw new ContentFileError(where, `unknown round ${data.round}`);
		for (const f of data.findings) {
			if (f.indicator && !domain.data.indicators.some((i) => i.slug === f.indicator)) {
				throw new ContentFileError(where, `${f.slug}: indicator ${f.indicator} is not in domain ${data.domain}`);
			}
		}
	}
	return {
		domains: domains.map((d) => d.data).sort((a, b) => a.position - b.position),
		rounds: rounds.map((r) => r.data).sort((a, b) => a.year - b.year),
		findings: findings.map((f) => f.data)
	};
}
