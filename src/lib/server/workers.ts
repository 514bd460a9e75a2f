/**
 * The composition root for background work: each domain registers its own jobs here. The jobs layer
 * (`jobs/queue.ts`) knows none of them; payload types are added by each domain's `*.jobs.ts`.
 */
import type { Db } from './db/client';
import { startChannels } from './channels/channels.service';
import { registerRegistrationJobs } from './migrant/registration.jobs';
import { registerAgencyJobs } from './recruitment/agency.jobs';
import { registerImportJobs } from './imports/imports.jobs';
import { registerAlertHandlers, registerAlertJobs } from './alerts/alerts.jobs';
import { registerStatisticsJobs } from './statistics/statistics.jobs';
import { registerBot } from './bot/bot';
import { registerPrivacyJobs } from './privacy/privacy.jobs';

export async function startWorkers(db: Db): Promise<void> {
	// The channels layer first: the dispatcher sends what the domains queue.
	await startChannels(db);
	await registerRegistrationJobs(db);
	await registerAgencyJobs(db);
	await registerImportJobs(db);
	await registerAlertJobs(db);
	await registerStatisticsJobs(db);
	await registerPrivacyJobs(db);
}

/** In-memory registrations every process needs, also one that runs no workers (SAPAR_WORKERS=off). */
export function registerHandlers(db: Db): void {
	registerAlertHandlers(db);
	registerBot(db);
}
