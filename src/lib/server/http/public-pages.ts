import { getDb } from '../db/client';
import { listGuideCountries, listLaws } from '../portal/portal.service';
import { listCourses } from '../training/training.service';
import { listDomains } from '../indicators/indicators.service';
import { listProgrammes } from '../programmes/programmes.service';
import { listPublicProjects } from '../projects/projects.service';

/**
 * Public pages, without the language prefix. Every one exists in ky, ru and en and is listed in
 * /sitemap.xml; capabilities add theirs here.
 */
const STATIC_PAGES = [
	'',
	'/sign-in',
	'/countries',
	'/laws',
	'/help',
	'/faq',
	'/search',
	'/training',
	'/certificates',
	'/contract-check',
	'/agencies',
	'/vacancies',
	'/employers',
	'/employers/report',
	'/help/request',
	'/help/track',
	'/help/figures',
	'/help/urgent',
	'/indicators',
	'/alerts',
	'/statistics',
	'/action-plan',
	'/diaspora',
	'/projects',
	'/open-data',
	'/programmes',
	'/programmes/status'
];

export async function publicPages(): Promise<string[]> {
	const db = getDb();
	const [guides, laws, courses, domains, programmes, projects] = await Promise.all([
		listGuideCountries(db),
		listLaws(db),
		listCourses(db),
		listDomains(db),
		listProgrammes(db),
		listPublicProjects(db, {})
	]);
	return [
		...STATIC_PAGES,
		...guides.map((g) => `/countries/${g.iso2.toLowerCase()}`),
		...laws.map((l) => `/laws/${l.slug}`),
		...courses.map((c) => `/training/${c.slug}`),
		...domains.map((d) => `/indicators/${d.slug}`),
		...programmes.map((p) => `/programmes/${p.slug}`),
		...projects.projects.map((p) => `/projects/${p.slug}`)
	];
}
