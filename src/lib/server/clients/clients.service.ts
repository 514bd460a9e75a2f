import { count, desc, eq } from 'drizzle-orm';
import { scopeFilter, type Actor } from '../access/access';
import { auditedBy, recordAudit } from '../audit/audit.service';
import { decryptField } from '../cases/field-crypto';
import type { Db } from '../db/client';
import { AppError } from '../errors';
import { employmentClient } from './clients.table';

export const CLIENTS_PAGE = 50;

/**
 * A page of the centre's clients with their personal fields decrypted, for the centre's own staff.
 * Every page view is audited (who looked at which page of the register).
 */
export async function listClients(db: Db, actor: Actor, page = 1) {
	const scope = scopeFilter(actor, 'client.read');
	if (!('organisationId' in scope)) throw new AppError('forbidden', 'clients are per centre');
	const where = eq(employmentClient.organisationId, scope.organisationId);
	const offset = (Math.max(1, Math.min(page, 100_000)) - 1) * CLIENTS_PAGE;
	const [rows, [{ n }]] = await Promise.all([
		db
			.select()
			.from(employmentClient)
			.where(where)
			.orderBy(desc(employmentClient.registeredOn), desc(employmentClient.createdAt))
			.limit(CLIENTS_PAGE)
			.offset(offset),
		db.select({ n: count() }).from(employmentClient).where(where)
	]);
	await db.transaction((tx) =>
		recordAudit(tx, { action: 'client.view', entityType: 'employment_client', entityId: null, ...auditedBy(actor), data: { page, shown: rows.length } })
	);
	return {
		total: n,
		clients: rows.map((r) => {
			const personal = JSON.parse(decryptField(r.personal, `employment_client:${r.pinIndex}`, 'personal')) as {
				fullName: string;
				pin: string;
				phone: string | null;
			};
			return {
				id: r.id,
				...personal,
				sex: r.sex,
				birthDate: r.birthDate,
				regionCode: r.regionCode,
				status: r.status,
				countryIso2: r.countryIso2,
				sector: r.sector,
				registeredOn: r.registeredOn
			};
		})
	};
}
