import { apiError, apiHandler } from '#lib/server/api/api';
import { assignBody, nrmStepBody, parseBody } from '#lib/server/api/contract';
import { apiStaff, jsonBody, validatedJson } from '#lib/server/cases/cases.api';
import { addCaseTask, assignCase, closeCase, recordNrmStep, referCase, reopenCase, sendCaseMessage, triageCase } from '#lib/server/cases/case.service';
import { getDb, type Db } from '#lib/server/db/client';
import type { Actor } from '#lib/server/access/access';

type Run = (db: Db, actor: Actor, id: string, body: Record<string, unknown>) => Promise<unknown>;
const ACTIONS: Record<string, Run> = {
	triage: triageCase,
	messages: sendCaseMessage,
	tasks: addCaseTask,
	close: closeCase,
	reopen: reopenCase,
	transitions: referCase,
	'nrm-steps': async (db, actor, id, body) => {
		const input = parseBody(nrmStepBody, body);
		if (input instanceof Response) return input;
		await recordNrmStep(db, actor, id, input.step);
		return { ok: true, data: { id } };
	},
	assign: async (db, actor, id, body) => {
		const input = parseBody(assignBody, body);
		if (input instanceof Response) return input;
		await assignCase(db, actor, id, input.userId);
		return { ok: true, data: { id } };
	}
};

/** Case actions for staff: triage, assign, messages, tasks, nrm-steps, close, reopen, transitions (referral/transfer). */
export const POST = apiHandler(async ({ locals, params, request }: import('./$types').RequestEvent) => {
	const actor = apiStaff(locals);
	if (actor instanceof Response) return actor;
	const run = ACTIONS[params.action];
	if (!run) return apiError(404, 'not_found', 'no such action');
	const body = await jsonBody(request);
	if (body instanceof Response) return body;
	const result = await run(getDb(), actor, params.id, body);
	if (result instanceof Response) return result;
	return validatedJson(result as Parameters<typeof validatedJson>[0], 200);
});
