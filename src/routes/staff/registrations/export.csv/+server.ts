import { getDb } from '#lib/server/db/client';
import { formFailure, requireStaffActor } from '#lib/server/http/forms';
import { exportRegistrations } from '#lib/server/migrant/registration.service';

export const GET = async (event) => {
	const actor = requireStaffActor(event);
	let csv: string;
	try {
		csv = await exportRegistrations(getDb(), actor);
	} catch (e) {
		formFailure(e);
		throw e;
	}
	return new Response(`\uFEFF${csv}`, {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="registrations-${new Date().toISOString().slice(0, 10)}.csv"`,
			'cache-control': 'private, no-store'
		}
	});
};
