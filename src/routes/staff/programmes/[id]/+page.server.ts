import { getDb } from '#lib/server/db/client';
import { formFailure, invalid, requireStaffActor } from '#lib/server/http/forms';
import { listRegions } from '#lib/server/reference/reference.repository';
import {
	addSlot,
	isStage,
	markDeparted,
	messageStage,
	offices,
	pipeline,
	programmeSlots,
	recordCheck,
	runSelection,
	stageList
} from '#lib/server/programmes/staff.service';
import { formValues } from '#lib/server/validation';

const SHOWN = 200;

export const load = async (event) => {
	const actor = requireStaffActor(event);
	const wanted = event.url.searchParams.get('stage');
	const stage = isStage(wanted) ? wanted : 'eligible';
	try {
		const [pipe, slots, list, places, regions] = await Promise.all([
			pipeline(getDb(), actor, event.params.id),
			programmeSlots(getDb(), actor, event.params.id),
			stageList(getDb(), actor, event.params.id, stage, { limit: SHOWN }),
			offices(getDb()),
			listRegions(getDb())
		]);
		return { ...pipe, slots, stage, rows: list.rows, shown: SHOWN, offices: places, regions };
	} catch (e) {
		formFailure(e);
		throw e;
	}
};

type Actor = ReturnType<typeof requireStaffActor>;
async function act<T>(event: import('./$types').RequestEvent, fn: (actor: Actor, values: Record<string, string>) => Promise<T>) {
	const actor = requireStaffActor(event);
	const values = formValues(await event.request.formData());
	try {
		return await fn(actor, values);
	} catch (e) {
		return formFailure(e, values);
	}
}

export const actions = {
	slot: (event) =>
		act(event, async (actor, values) => {
			const r = await addSlot(getDb(), actor, event.params.id, values);
			return r.ok ? { slotAdded: true } : invalid(values, r.errors);
		}),
	check: (event) =>
		act(event, async (actor, values) => {
			await recordCheck(getDb(), actor, values.signupId ?? '', values.result ?? '');
			return { saved: true };
		}),
	depart: (event) =>
		act(event, async (actor, values) => {
			await markDeparted(getDb(), actor, values.signupId ?? '');
			return { saved: true };
		}),
	select: (event) =>
		act(event, async (actor, values) => {
			const r = await runSelection(getDb(), actor, event.params.id, values.seed ?? null);
			return r.ok ? { selection: r.data } : invalid(values, r.errors);
		}),
	message: (event) =>
		act(event, async (actor, values) => {
			const r = await messageStage(getDb(), actor, event.params.id, values);
			return r.ok ? { messaged: r.data.recipients } : invalid(values, r.errors);
		})
};
