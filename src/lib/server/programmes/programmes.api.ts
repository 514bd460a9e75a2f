import { tr, type Locale } from '#lib/i18n';
import type { Programme, WindowState } from './programmes.service';

/** A programme as the API shows it, texts in the requested language. */
export function programmeJson(p: Programme & { window: WindowState }, lang: Locale, full = false) {
	return {
		slug: p.slug,
		title: tr(p.title, lang),
		country: p.countryIso2,
		window: { opensAt: p.opensAt, closesAt: p.closesAt, state: p.window },
		places: p.places,
		selection: { method: p.selection, seed: p.lotterySeed, selectedAt: p.selectedAt },
		...(full
			? {
					summary: tr(p.summary, lang),
					rules: p.rules,
					quotas: p.quotas,
					documents: p.documents.map((d) => ({ key: d.key, label: tr(d.label, lang) })),
					tests: p.tests.map((t) => ({ key: t.key, label: tr(t.label, lang) })),
					source: p.source,
					needsReview: p.needsReview
				}
			: {})
	};
}
