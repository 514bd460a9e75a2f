import { can, scopeOf } from '#lib/server/access/access';
import { AUDIT_EXPORT_LIMIT, filterQuery, parseAuditFilter, searchAudit, verifyAuditLog } from '#lib/server/audit/audit-search.service';
import { getDb } from '#lib/server/db/client';
import { formFailure, requireStaffActor } from '#lib/server/http/forms';

/** The audit-log screen (issue 14): a GET search (works without JavaScript), 50 a page, newest first. */
export const load = async (event) => {
	const actor = requireStaffActor(event);
	const { values, filter, errors } = parseAuditFilter(event.url.searchParams);
	try {
		const page = filter ? await searchAudit(getDb(), actor, filter) : { rows: [], next: null };
		return {
			values,
			errors,
			rows: page.rows,
			next: page.next,
			query: filterQuery(filter ?? {}),
			paged: !!filter?.before,
			exportLimit: AUDIT_EXPORT_LIMIT,
			ownOrganisation: scopeOf(actor, 'audit.read') === 'organisation',
			canVerify: can(actor, 'audit.verify')
		};
	} catch (e) {
		return formFailure(e) as never;
	}
};

export const actions = {
	verify: async (event) => {
		const actor = requireStaffActor(event);
		try {
			const report = await verifyAuditLog(getDb(), actor);
			return { verified: { ok: report.ok, rows: report.rows, brokenAt: report.brokenAt ?? null } };
		} catch (e) {
			return formFailure(e);
		}
	}
};
