import { error } from '@sveltejs/kit';
import { m, msg } from '#lib/messages';
import { exportRoster } from '#lib/server/alerts/alerts.service';
import { getDb } from '#lib/server/db/client';
import { formFailure, reauthRedirect, requireStaffActor } from '#lib/server/http/forms';
import { isTabularFormat, tabularResponse } from '#lib/server/tabular/tabular';

/** The roster as the consulate's evacuation or repatriation list (CSV or XLSX; audited). */
export const GET = async (event) => {
	const actor = requireStaffActor(event);
	const format = event.params.format;
	if (!isTabularFormat(format)) error(404, 'Not found');
	try {
		const { alert, entries } = await exportRoster(getDb(), actor, event.params.id, format);
		const columns = [
			{ key: 'name', header: m.alert_col_name(), width: 30 },
			{ key: 'phone', header: m.alert_col_phone(), width: 16 },
			{ key: 'city', header: m.alert_col_city(), width: 20 },
			{ key: 'state', header: m.alert_col_state(), width: 16 },
			{ key: 'answered', header: m.alert_col_answered(), width: 20 },
			{ key: 'case', header: m.alert_col_case(), width: 16 }
		];
		const rows = entries.map((e) => [e.name, e.phone, e.city, msg(`roster_state_${e.state}`), e.answeredAt, e.caseNumber]);
		return tabularResponse(format, `alert-${alert.id.slice(0, 8)}-roster`, 'roster', { columns, rows });
	} catch (e) {
		reauthRedirect(event, e);
		formFailure(e);
		throw e;
	}
};
