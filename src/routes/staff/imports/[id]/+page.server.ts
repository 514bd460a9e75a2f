import { fail, redirect } from '@sveltejs/kit';
import { getDb } from '#lib/server/db/client';
import { formFailure, readForm, requireStaffActor } from '#lib/server/http/forms';
import { batchDetail, columnName, saveMapping, startPhase } from '#lib/server/imports/imports.service';
import { issueText } from '#lib/server/imports/report';
import { formValues } from '#lib/server/validation';

export const load = async (event) => {
	const actor = requireStaffActor(event);
	try {
		const d = await batchDetail(getDb(), actor, event.params.id);
		const locale = event.locals.locale;
		return {
			batch: d.batch,
			by: d.by,
			fields: d.fields.map((f) => ({ key: f.key, required: !!f.required })),
			columns: d.batch.headers.map((h, i) => ({ value: String(i), label: `${columnName(i)}: ${h}` })),
			issues: d.issues.map((i) => ({ rowNo: i.rowNo, field: i.field, text: issueText({ ...i, field: null }, locale) })),
			summary: d.summary.map((s) => ({
				field: s.field,
				text: issueText({ field: null, code: s.code, params: s.code === 'import_issue_duplicate' ? { row: '…' } : null }, locale),
				n: s.n
			}))
		};
	} catch (e) {
		return formFailure(e) as never;
	}
};

export const actions = {
	map: async (event) => {
		const actor = requireStaffActor(event);
		const data = await readForm(event.request);
		if (!data) return fail(413, { errors: { form: 'error_form_too_large' } });
		const values = formValues(data);
		try {
			const saved = await saveMapping(getDb(), actor, event.params.id, values);
			if (!saved.ok) return fail(400, { values, errors: saved.errors });
			if (!saved.data.reread) await startPhase(getDb(), actor, event.params.id, 'check');
		} catch (e) {
			return formFailure(e, values);
		}
		redirect(303, `/staff/imports/${event.params.id}`);
	},
	commit: async (event) => {
		const actor = requireStaffActor(event);
		try {
			await startPhase(getDb(), actor, event.params.id, 'commit');
		} catch (e) {
			return formFailure(e);
		}
		redirect(303, `/staff/imports/${event.params.id}`);
	},
	undo: async (event) => {
		const actor = requireStaffActor(event);
		try {
			await startPhase(getDb(), actor, event.params.id, 'undo');
		} catch (e) {
			return formFailure(e);
		}
		redirect(303, `/staff/imports/${event.params.id}`);
	}
};
