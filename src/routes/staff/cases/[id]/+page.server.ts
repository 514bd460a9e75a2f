import { fail, redirect } from '@sveltejs/kit';
import { can } from '#lib/server/access/access';
import {
	addCaseTask,
	assignableColleagues,
	assignCase,
	caseHeader,
	closeCase,
	completeCaseTask,
	recordNrmStep,
	isViewReason,
	openCase,
	referCase,
	referralTargets,
	reopenCase,
	sendCaseMessage,
	triageCase
} from '#lib/server/cases/case.service';
import { addAttachment, listAttachments } from '#lib/server/cases/attachment.service';
import { secureCookies } from '#lib/server/config';
import { employerFlag, reportEmployerFromCase } from '#lib/server/employers/employers.service';
import { BLACKLIST_REASONS } from '#lib/employers';
import { getDb } from '#lib/server/db/client';
import { formFailure, readForm, reauthRedirect, requireStaffActor } from '#lib/server/http/forms';
import { COMMON_CURRENCIES } from '#lib/server/reference/reference.seed';
import { fieldLevel, formValues, type Validated } from '#lib/server/validation';

/** The reason for opening a case is asked once per browser session and case (a cookie scoped to the case's path). */
const REASON_COOKIE = 'case_reason';

export const load = async (event) => {
	const actor = requireStaffActor(event);
	const db = getDb();
	try {
		const reason = event.cookies.get(REASON_COOKIE);
		if (!isViewReason(reason)) return { needReason: true as const, header: await caseHeader(db, actor, event.params.id) };
		const opened = await openCase(db, actor, event.params.id, reason);
		const owner = opened.owner;
		return {
			needReason: false as const,
			reason,
			...opened,
			colleagues: owner && can(actor, 'case.assign') ? await assignableColleagues(db, opened.case.organisationId) : [],
			targets: owner && can(actor, 'case.refer') ? await referralTargets(db, actor) : [],
			currencies: COMMON_CURRENCIES,
			attachments: await listAttachments(db, opened.case.id, !!opened.sensitive),
			blacklisted: opened.case.employerName ? await employerFlag(db, opened.case.employerName, opened.case.countryIso2) : null,
			reasons: BLACKLIST_REASONS
		};
	} catch (e) {
		reauthRedirect(event, e);
		return formFailure(e) as never;
	}
};

type Action = (values: Record<string, string>, data: FormData) => Promise<Validated<unknown> | void>;

/** Runs one case action: the form again with errors, or back to the case page. */
function act(name: string, run: (actor: ReturnType<typeof requireStaffActor>, id: string) => Action) {
	return async (event: import('./$types').RequestEvent) => {
		const actor = requireStaffActor(event);
		const data = await readForm(event.request);
		if (!data) return fail(413, { action: name, values: {}, errors: { form: 'error_case_file_large' } });
		const values = formValues(data);
		try {
			const result = await run(actor, event.params.id)(values, data);
			if (result && !result.ok) return fail(400, { action: name, values, errors: fieldLevel(result.errors) });
		} catch (e) {
			return formFailure(e, values);
		}
		redirect(303, `/staff/cases/${event.params.id}?done=${name}`);
	};
}

export const actions = {
	reason: async (event) => {
		requireStaffActor(event);
		const values = formValues(await event.request.formData());
		if (!isViewReason(values.reason)) return fail(400, { action: 'reason', values, errors: { reason: 'error_choose_one' } });
		event.cookies.set(REASON_COOKIE, values.reason, { path: `/staff/cases/${event.params.id}`, httpOnly: true, sameSite: 'strict', secure: secureCookies() });
		redirect(303, `/staff/cases/${event.params.id}`);
	},
	triage: act('triage', (actor, id) => (values) => triageCase(getDb(), actor, id, values)),
	assign: act('assign', (actor, id) => (values) => assignCase(getDb(), actor, id, values.userId ?? '')),
	message: act('message', (actor, id) => (values) => sendCaseMessage(getDb(), actor, id, values)),
	task: act('task', (actor, id) => (values) => addCaseTask(getDb(), actor, id, values)),
	taskDone: act('taskDone', (actor, id) => (values) => completeCaseTask(getDb(), actor, id, values.taskId ?? '')),
	nrm: act('nrm', (actor, id) => (values) => recordNrmStep(getDb(), actor, id, values.step ?? '')),
	close: act('close', (actor, id) => (values, data) => closeCase(getDb(), actor, id, { ...values, outcomes: data.getAll('outcomes') })),
	reopen: act('reopen', (actor, id) => (values) => reopenCase(getDb(), actor, id, values)),
	refer: act('refer', (actor, id) => (values) => referCase(getDb(), actor, id, values)),
	attach: act('attach', (actor, id) => (_values, data) => {
		const file = data.get('file');
		return addAttachment(getDb(), actor, id, file instanceof File ? file : null);
	}),
	// `reason` is the view reason on this page: the black-list reason travels as `blReason`.
	reportEmployer: act('reportEmployer', (actor, id) => async (values) => {
		const result = await reportEmployerFromCase(getDb(), actor, id, { ...values, reason: values.blReason });
		if (result.ok || !result.errors.reason) return result;
		const { reason, ...errors } = result.errors;
		return { ok: false, errors: { ...errors, blReason: reason } };
	})
};
