import { m } from '#lib/messages';

/** Field labels of the vacancy form, for the error summary. */
export const vacancyLabels = () => ({
	title: m.vacancy_title_label(),
	employerName: m.vacancy_employer(),
	countryIso2: m.country_label(),
	city: m.vacancy_city(),
	sector: m.sector_label(),
	occupationCode: m.occupation_label(),
	salaryMin: m.salary_min(),
	salaryMax: m.salary_max(),
	currency: m.cc_currency(),
	payPeriod: m.cc_period(),
	hoursPerWeek: m.cc_hours(),
	housing: m.housing_label(),
	contractMonths: m.contract_months(),
	workerFee: m.worker_fee_label(),
	workerFeeNote: m.worker_fee_note(),
	places: m.places_label(),
	languages: m.vacancy_languages(),
	programme: m.programme_label(),
	closesOn: m.closes_on(),
	description: m.vacancy_description()
});
