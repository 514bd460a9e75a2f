import { getDb } from '#lib/server/db/client';
import { formFailure, requireStaffActor } from '#lib/server/http/forms';
import { listContent } from '#lib/server/portal/content.service';
import { CONTENT_TYPES } from '#lib/server/portal/portal.table';

export const load = async (event) => {
	const actor = requireStaffActor(event);
	try {
		const rows = await listContent(getDb(), actor, event.locals.locale);
		return {
			types: [...CONTENT_TYPES],
			toReview: rows.filter((r) => r.open?.status === 'in_review' && !r.open.mine),
			mine: rows.filter((r) => r.open?.mine),
			stale: rows.filter((r) => r.stale),
			untranslated: rows.filter((r) => r.missing.length),
			unconfirmed: rows.filter((r) => r.needsReview),
			all: rows
		};
	} catch (e) {
		return formFailure(e) as never;
	}
};
