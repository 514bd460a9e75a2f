import { tr } from '#lib/i18n';
import { listEndpoint } from '#lib/server/api/api';
import { getDb } from '#lib/server/db/client';
import { listOccupations } from '#lib/server/reference/reference.repository';

export const GET = listEndpoint(
	() => listOccupations(getDb()),
	(o, lang) => ({ code: o.code, name: tr(o.name, lang), names: o.name })
);
