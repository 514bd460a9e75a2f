import { fail, redirect } from '@sveltejs/kit';
import { getDb } from '#lib/server/db/client';
import { formFailure, requireStaffActor } from '#lib/server/http/forms';
import { importableRegisters, listBatches, maxImportBytes } from '#lib/server/imports/imports.service';
import { handleUpload } from '#lib/server/imports/imports.upload';

export const load = async (event) => {
	const actor = requireStaffActor(event);
	try {
		const [registers, batches] = await Promise.all([importableRegisters(getDb(), actor), listBatches(getDb(), actor)]);
		return { registers, batches, maxMb: Math.round(maxImportBytes() / 1024 / 1024) };
	} catch (e) {
		return formFailure(e) as never;
	}
};

export const actions = {
	default: async (event) => {
		const actor = requireStaffActor(event);
		let result;
		try {
			await importableRegisters(getDb(), actor);
			result = await handleUpload(getDb(), actor, event);
		} catch (e) {
			return formFailure(e);
		}
		if (!result.ok) return fail('tooLarge' in result ? 413 : 400, { errors: result.errors });
		redirect(303, `/staff/imports/${result.data.id}`);
	}
};
