import { PassThrough, Readable } from 'node:stream';
import { getDb } from '#lib/server/db/client';
import { formFailure, reauthRedirect, requireStaffActor } from '#lib/server/http/forms';
import { reportSource } from '#lib/server/imports/imports.service';
import { writeReport } from '#lib/server/imports/report';
import { downloadHeaders } from '#lib/server/tabular/tabular';

/** The dry-run report: the file's rows with an error column, streamed as XLSX (audited as an export). */
export const GET = async (event) => {
	const actor = requireStaffActor(event);
	let batch;
	try {
		batch = await reportSource(getDb(), actor, event.params.id);
	} catch (e) {
		reauthRedirect(event, e);
		formFailure(e);
		throw e;
	}
	const body = new PassThrough();
	writeReport(getDb(), batch, body, event.locals.locale).catch((error) => body.destroy(error));
	return new Response(Readable.toWeb(body) as ReadableStream, { headers: downloadHeaders('xlsx', `import-report-${batch.id.slice(0, 8)}`) });
};
