import { tr, type Locale, type Translated } from '#lib/i18n';
import type { SourceSeed } from '../portal/portal.content';

/** A published project as the API shows it (docs/decisions/0031): texts in the asked language. */
export function projectJson(
	p: {
		slug: string;
		title: Translated;
		purpose: Translated;
		regionCode: string;
		district: string | null;
		village: string | null;
		budget: string | null;
		currency: string;
		startsOn: string | null;
		endsOn: string | null;
		responsibleName: string | null;
		responsibleRole: string | null;
		paymentUrl: string | null;
		example: boolean;
		source: SourceSeed | null;
		verifiedAt: Date | null;
		organisationName: Translated | null;
	},
	lang: Locale
) {
	return {
		id: p.slug,
		title: tr(p.title, lang),
		purpose: tr(p.purpose, lang),
		region: p.regionCode,
		district: p.district,
		village: p.village,
		budget: p.budget,
		currency: p.currency,
		startsOn: p.startsOn,
		endsOn: p.endsOn,
		responsible: p.responsibleName ? { name: p.responsibleName, position: p.responsibleRole } : null,
		postedBy: p.organisationName ? tr(p.organisationName, lang) : null,
		paymentUrl: p.paymentUrl,
		example: p.example,
		source: p.source ? { title: p.source.title, document: p.source.document } : null,
		verifiedAt: p.verifiedAt
	};
}
