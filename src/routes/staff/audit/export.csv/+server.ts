import { error } from '@sveltejs/kit';
import { type Locale, tr } from '#lib/i18n';
import { m } from '#lib/messages';
import { exportAudit, parseAuditFilter } from '#lib/server/audit/audit-search.service';
import { getDb } from '#lib/server/db/client';
import { formFailure, requireStaffActor } from '#lib/server/http/forms';
import { tabularResponse } from '#lib/server/tabular/tabular';

/** The current search as CSV (formula-escaped by tabular/; audited). Times in UTC (ISO 8601). */
export const GET = async (event) => {
	const actor = requireStaffActor(event);
	const { filter } = parseAuditFilter(event.url.searchParams);
	if (!filter) error(400, 'Bad search');
	const locale = event.locals.locale as Locale;
	const o = { locale };
	try {
		const rows = await exportAudit(getDb(), actor, filter);
		const columns = [
			{ key: 'id', header: m.audit_col_id({}, o), width: 10 },
			{ key: 'at', header: 'UTC', width: 24 },
			{ key: 'actor', header: m.audit_col_actor({}, o), width: 30 },
			{ key: 'organisation', header: m.audit_col_organisation({}, o), width: 30 },
			{ key: 'action', header: m.audit_col_action({}, o), width: 24 },
			{ key: 'entityType', header: m.audit_entity_type({}, o), width: 16 },
			{ key: 'entityId', header: m.audit_entity_id({}, o), width: 38 },
			{ key: 'ip', header: m.audit_col_ip({}, o), width: 16 }
		];
		const data = rows.map((r) => [
			r.id,
			r.at,
			r.actorEmail ?? r.actorUserId ?? '',
			r.organisationName ? tr(r.organisationName, locale) : '',
			r.action,
			r.entityType,
			r.entityId ?? '',
			r.ip ?? ''
		]);
		return tabularResponse('csv', 'audit-log', 'audit', { columns, rows: data });
	} catch (e) {
		formFailure(e);
		throw e;
	}
};
