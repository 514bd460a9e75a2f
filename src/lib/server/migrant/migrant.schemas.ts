import { z } from 'zod';
import { isoDate } from '../validation';
import { EDUCATION_LEVELS, SEXES } from './migrant.table';

/** Empty form fields mean "not given". */
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === '' || v === null ? undefined : v), schema.optional());

const iso2List = z
	.array(
		z
			.string()
			.trim()
			.toUpperCase()
			.regex(/^[A-Z]{2}$/, { error: 'error_country' })
	)
	.max(10, { error: 'error_too_many' });

const birthDate = isoDate
	.refine((v) => Date.parse(`${v}T00:00:00Z`) <= Date.now(), { error: 'error_date_future' })
	.refine(
		(v) => {
			const age = (Date.now() - Date.parse(`${v}T00:00:00Z`)) / (365.25 * 86_400_000);
			return age >= 14 && age <= 100;
		},
		{ error: 'error_age' }
	);

export const profileSchema = z.object({
	fullName: z.string({ error: 'error_required' }).trim().min(1, { error: 'error_required' }).max(120, { error: 'error_too_long' }),
	birthDate: optional(birthDate),
	sex: optional(z.enum(SEXES, { error: 'error_choose_one' })),
	regionCode: optional(
		z
			.string()
			.trim()
			.regex(/^KG-[A-Z]{1,2}$/, { error: 'error_choose_one' })
	),
	languages: z
		.array(
			z
				.string()
				.trim()
				.toLowerCase()
				.regex(/^[a-z]{2}$/, { error: 'error_language' })
		)
		.max(10, { error: 'error_too_many' }),
	education: optional(z.enum(EDUCATION_LEVELS, { error: 'error_choose_one' })),
	desiredCountries: iso2List,
	skills: z
		.array(
			z.object({
				occupationCode: z.string().regex(/^\d{1,4}$/, { error: 'error_invalid' }),
				years: z.coerce.number({ error: 'error_years' }).int({ error: 'error_years' }).min(0, { error: 'error_years' }).max(60, { error: 'error_years' })
			})
		)
		.max(20, { error: 'error_too_many' })
});
export type ProfileInput = z.output<typeof profileSchema>;
