import { tr } from '#lib/i18n';
import { listEndpoint } from '#lib/server/api/api';
import { getDb } from '#lib/server/db/client';
import { listCountries } from '#lib/server/reference/reference.repository';

export const GET = listEndpoint(
	() => listCountries(getDb()),
	(c, lang) => ({ iso2: c.iso2, iso3: c.iso3, numeric: c.numeric, name: tr(c.name, lang), names: c.name })
);
