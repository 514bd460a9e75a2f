import { m } from '#lib/messages';

/** Field labels of the alert form, for the error summary. */
export const alertLabels = (): Record<string, string> => ({
	title_ky: `${m.alert_text_ky()} — ${m.alert_field_title()}`,
	title_ru: `${m.alert_text_ru()} — ${m.alert_field_title()}`,
	title_en: `${m.alert_text_en()} — ${m.alert_field_title()}`,
	body_ky: `${m.alert_text_ky()} — ${m.alert_field_body()}`,
	body_ru: `${m.alert_text_ru()} — ${m.alert_field_body()}`,
	body_en: `${m.alert_text_en()} — ${m.alert_field_body()}`,
	countries: m.alert_filter_countries(),
	cities: m.alert_filter_cities(),
	regions: m.alert_filter_regions(),
	languages: m.alert_filter_languages(),
	statuses: m.alert_filter_statuses(),
	missionIds: m.alert_filter_missions(),
	cohorts: m.alert_filter_cohorts(),
	phones: m.alert_phones(),
	listLocale: m.alert_list_locale(),
	scheduledAt: m.alert_scheduled_at()
});
