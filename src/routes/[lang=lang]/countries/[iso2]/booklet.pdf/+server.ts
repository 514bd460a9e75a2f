import { error } from '@sveltejs/kit';
import { config } from '#lib/server/config';
import { getDb } from '#lib/server/db/client';
import { renderBooklet } from '#lib/server/portal/booklet';
import { getGuide } from '#lib/server/portal/portal.service';

export const GET = async ({ params, locals }) => {
	const guide = await getGuide(getDb(), params.iso2);
	if (!guide) error(404, 'Not found');
	const pdf = await renderBooklet(guide, locals.locale, config.origin);
	return new Response(new Uint8Array(pdf), {
		headers: {
			'content-type': 'application/pdf',
			'content-disposition': `inline; filename="sapar-${guide.countryIso2.toLowerCase()}-${locals.locale}.pdf"`,
			'cache-control': 'public, max-age=300'
		}
	});
};
