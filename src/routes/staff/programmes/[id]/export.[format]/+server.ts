import { error } from '@sveltejs/kit';
import { type Locale } from '#lib/i18n';
import { m, msg } from '#lib/messages';
import { getDb } from '#lib/server/db/client';
import { formFailure, reauthRedirect, requireStaffActor } from '#lib/server/http/forms';
import { stageList } from '#lib/server/programmes/staff.service';
import { isTabularFormat, tabularResponse } from '#lib/server/tabular/tabular';

/** The people at one stage as CSV or XLSX (formula-escaped by tabular/; needs a recent sign-in; audited). */
export const GET = async (event) => {
	const actor = requireStaffActor(event);
	const format = event.params.format;
	if (!isTabularFormat(format)) error(404, 'Not found');
	const locale = event.locals.locale as Locale;
	try {
		const { programme, stage, rows } = await stageList(getDb(), actor, event.params.id, event.url.searchParams.get('stage') ?? '', { export: true });
		const o = { locale };
		const columns = [
			{ key: 'reference', header: m.programme_reference_col({}, o), width: 16 },
			{ key: 'name', header: m.programme_name_col({}, o), width: 30 },
			{ key: 'phone', header: m.phone_label({}, o), width: 16 },
			{ key: 'birthDate', header: m.birth_date_label({}, o), width: 12 },
			{ key: 'sex', header: m.sex_label({}, o), width: 8 },
			{ key: 'region', header: m.programme_region_col({}, o), width: 8 },
			{ key: 'stage', header: m.programme_stage_col({}, o), width: 18 },
			{ key: 'reason', header: m.programme_reason_label({}, o), width: 24 },
			{ key: 'slot', header: m.programme_slot_col({}, o), width: 18 },
			{ key: 'rank', header: m.programme_rank_col({}, o), width: 8 }
		];
		const data = rows.map((r) => [
			r.reference,
			r.fullName,
			r.phone,
			r.birthDate,
			msg(`sex_${r.sex}`, {}, o),
			r.regionCode,
			msg(`programme_stage_${r.stage}`, {}, o),
			r.reason ? msg(`programme_reason_${r.reason}`, {}, o) : '',
			r.slotAt,
			r.rank
		]);
		return tabularResponse(format, `${programme.slug}-${stage}`, stage, { columns, rows: data });
	} catch (e) {
		reauthRedirect(event, e);
		formFailure(e);
		throw e;
	}
};
