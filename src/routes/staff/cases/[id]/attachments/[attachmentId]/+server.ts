import { error } from '@sveltejs/kit';
import { readAttachment } from '#lib/server/cases/attachment.service';
import { fileHeaders } from '#lib/server/cases/case-files';
import { getDb } from '#lib/server/db/client';
import { isAppError } from '#lib/server/errors';
import { reauthRedirect, requireStaffActor } from '#lib/server/http/forms';

/** Downloads one attachment (audited as an export); always as a download, never rendered inline. */
export const GET = async (event) => {
	const actor = requireStaffActor(event);
	try {
		const file = await readAttachment(getDb(), actor, event.params.id, event.params.attachmentId);
		return new Response(new Uint8Array(file.bytes), { headers: fileHeaders(file.name, file.mediaType) });
	} catch (e) {
		reauthRedirect(event, e);
		if (isAppError(e)) error(404, 'Not found');
		throw e;
	}
};
