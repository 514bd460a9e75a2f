import { m, msg } from '#lib/messages';
import type { Dimension } from '#lib/statistics';

/** The reader's words for a key of a statistics dimension. */
export function keyLabel(dimension: Dimension, key: string, ctx: { locale: string; regions: Record<string, string> }): string {
	if (key === 'unknown') return m.stats_unknown();
	if (key === 'other' && dimension === 'country') return m.stats_other_countries();
	if (key === 'all') return m.stats_total();
	switch (dimension) {
		case 'sex':
			return msg(`sex_${key}`);
		case 'age_group':
			return msg(`stats_age_${key}`);
		case 'region':
			return ctx.regions[key] ?? key;
		case 'country':
			return new Intl.DisplayNames([ctx.locale], { type: 'region' }).of(key) ?? key;
		case 'sector':
			return msg(`sector_${key}`);
		default:
			return key;
	}
}

export const dimensionLabel = (d: Dimension) => msg(`stats_dim_${d}`);
