import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import { getDb } from '../db/client';
import { formFailure, invalid, requireStaffActor } from '../http/forms';
import { formValues } from '../validation';
import { SPECS } from './content.spec';
import { isContentType, openEditor, saveRevision } from './content.service';
import type { ContentType } from './portal.table';

// Shared by the "new" and "edit" routes: one editor page, two addresses.

export function typeParam(value: string): ContentType {
	if (!isContentType(value)) error(404, 'Not found');
	return value;
}

export async function loadEditor(event: RequestEvent, id: string | null) {
	const actor = requireStaffActor(event);
	const type = typeParam(event.params.type ?? '');
	try {
		const editor = await openEditor(getDb(), actor, type, id);
		return { type, id, specs: SPECS[type], ...editor };
	} catch (e) {
		return formFailure(e) as never;
	}
}

export async function saveEditor(event: RequestEvent, id: string | null) {
	const actor = requireStaffActor(event);
	const type = typeParam(event.params.type ?? '');
	const values = formValues(await event.request.formData());
	const submit = values.intent === 'submit';
	let result: Awaited<ReturnType<typeof saveRevision>>;
	try {
		result = await saveRevision(getDb(), actor, type, id, values, submit);
	} catch (e) {
		return formFailure(e, values);
	}
	if (!result.ok) return invalid(values, result.errors);
	redirect(303, `/staff/content/${type}/${result.data.entityId}?saved=${submit ? 'submitted' : 'draft'}`);
}
