import { requireAccess, type Actor } from '../access/access';
import { auditedBy, recordAudit } from '../audit/audit.service';
import type { Db } from '../db/client';
import { openData } from './open-data';
import { refreshStatistics } from './statistics.service';

/**
 * On demand (issue 13): an analyst rebuilds the cube and every open dataset from the latest operations
 * data now, instead of waiting for the hourly job. Audited with the size and time of the rebuild.
 */
export async function regenerateStatistics(db: Db, actor: Actor): Promise<{ rows: number; millis: number; datasets: number }> {
	requireAccess(actor, 'statistics.refresh');
	const started = Date.now();
	const { rows } = await refreshStatistics(db);
	const datasets = (await openData(db)).size;
	const millis = Date.now() - started;
	await recordAudit(db, { action: 'statistics.refresh', entityType: 'statistics', ...auditedBy(actor), data: { rows, millis, datasets } });
	return { rows, millis, datasets };
}
