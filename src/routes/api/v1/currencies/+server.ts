import { tr } from '#lib/i18n';
import { listEndpoint } from '#lib/server/api/api';
import { getDb } from '#lib/server/db/client';
import { listCurrencies } from '#lib/server/reference/reference.repository';

export const GET = listEndpoint(
	() => listCurrencies(getDb()),
	(c, lang) => ({ code: c.code, name: tr(c.name, lang), minorUnits: c.minorUnits, common: c.common })
);
