import { json } from '@sveltejs/kit';
import { apiHandler } from '#lib/server/api/api';
import { getDb } from '#lib/server/db/client';
import { publishedDraw } from '#lib/server/programmes/staff.service';

/** The published selection: enough to recompute it (docs/decisions/0030). References and regions only. */
export const GET = apiHandler(async ({ params }: import('./$types').RequestEvent) => {
	const { programme: p, candidates } = await publishedDraw(getDb(), params.slug);
	return json(
		{
			programme: p.slug,
			method: p.selection,
			seed: p.lotterySeed,
			places: p.places,
			quotas: p.quotas,
			selectedAt: p.selectedAt,
			algorithm:
				p.selection === 'lottery'
					? 'order by sha256(seed + ":" + reference) as lowercase hex ascending; walk the order and select while places remain and the region quota (if any) is not filled'
					: 'order by seq (arrival number) ascending; walk the order and select while places remain and the region quota (if any) is not filled',
			candidates: candidates.map((c) => ({
				reference: c.reference,
				region: c.regionCode,
				seq: c.seq,
				rank: c.rank,
				selected: c.stage === 'selected' || c.stage === 'departed'
			}))
		},
		{ headers: { 'cache-control': 'public, max-age=60' } }
	);
});
