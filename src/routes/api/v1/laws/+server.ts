import { tr } from '#lib/i18n';
import { listEndpoint } from '#lib/server/api/api';
import { getDb } from '#lib/server/db/client';
import { listLaws } from '#lib/server/portal/portal.service';

export const GET = listEndpoint(
	() => listLaws(getDb()),
	(l, lang) => ({
		id: l.slug,
		kind: l.kind,
		number: l.number,
		adoptedOn: l.adoptedOn,
		status: l.status,
		reviewedOn: l.reviewedOn,
		title: tr(l.title, lang),
		countries: l.countries
	})
);
