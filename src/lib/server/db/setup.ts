import { loadDemoData } from '../demo/demo.seed';
import { loadSeedOrganisations } from '../reference/organisations.seed';
import { loadReferenceData } from '../reference/reference.seed';
import { loadPortalContent } from '../portal/portal.seed';
import { loadCourses } from '../training/training.seed';
import { loadProgrammes } from '../returns/programmes.seed';
import { loadIndicatorContent } from '../indicators/indicators.seed';
import { loadPlanContentIntoDb } from '../plan/plan.seed';
import { loadDiasporaContent } from '../diaspora/diaspora.seed';
import { loadProgrammeContent } from '../programmes/programmes.seed';
import { loadProjectContent } from '../projects/projects.seed';
import type { Db } from './client';
import { runMigrations } from './migrate';

/** Brings a database up to date: migrations, reference data (always), demo data (when asked). */
export async function prepareDatabase(db: Db, opts: { demo: boolean }): Promise<void> {
	await runMigrations(db);
	await loadReferenceData(db);
	await loadSeedOrganisations(db);
	await loadPortalContent(db);
	await loadCourses(db);
	await loadProgrammes(db);
	await loadIndicatorContent(db);
	await loadPlanContentIntoDb(db);
	await loadDiasporaContent(db);
	await loadProgrammeContent(db);
	await loadProjectContent(db);
	if (opts.demo) await loadDemoData(db);
}
