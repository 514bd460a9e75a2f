import { tr } from '#lib/i18n';
import { listEndpoint } from '#lib/server/api/api';
import { getDb } from '#lib/server/db/client';
import { listRegions } from '#lib/server/reference/reference.repository';

export const GET = listEndpoint(
	() => listRegions(getDb()),
	(r, lang) => ({ code: r.code, kind: r.kind, name: tr(r.name, lang), names: r.name })
);
