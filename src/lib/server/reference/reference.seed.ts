import countries from 'i18n-iso-countries';
import { sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { LOCALES, type Translated } from '#lib/i18n';
import { country, currency, occupation, region } from './reference.table';
import { REGIONS } from './data/regions';
import { OCCUPATIONS } from './data/occupations';

function displayNames(type: 'region' | 'currency', code: string): Translated {
	const out: Translated = {};
	for (const locale of LOCALES) {
		const name = new Intl.DisplayNames([locale], { type, fallback: 'none' }).of(code);
		if (name) out[locale] = name;
	}
	return out;
}

/** Currencies most often met by migrants; shown first in pickers. */
export const COMMON_CURRENCIES = ['KGS', 'RUB', 'KZT', 'KRW', 'GBP', 'TRY', 'USD', 'EUR', 'AED', 'CNY', 'UZS'];

/**
 * Reference data is owned by code: loaded in every environment and kept in step on each start
 * (names from CLDR via Intl, codes from ISO lists).
 */
export async function loadReferenceData(db: Db): Promise<void> {
	const countryRows = Object.keys(countries.getAlpha2Codes()).map((iso2) => ({
		iso2,
		iso3: countries.alpha2ToAlpha3(iso2)!,
		numeric: countries.alpha2ToNumeric(iso2)!,
		name: displayNames('region', iso2)
	}));
	const currencyRows = Intl.supportedValuesOf('currency').map((code) => ({
		code,
		name: displayNames('currency', code),
		minorUnits: new Intl.NumberFormat('en', { style: 'currency', currency: code }).resolvedOptions().maximumFractionDigits ?? 2,
		common: COMMON_CURRENCIES.includes(code)
	}));
	await db.transaction(async (tx) => {
		await tx
			.insert(country)
			.values(countryRows)
			.onConflictDoUpdate({
				target: country.iso2,
				set: { iso3: sql`excluded.iso3`, numeric: sql`excluded.numeric`, name: sql`excluded.name` }
			});
		await tx
			.insert(region)
			.values(REGIONS)
			.onConflictDoUpdate({ target: region.code, set: { kind: sql`excluded.kind`, name: sql`excluded.name` } });
		await tx
			.insert(occupation)
			.values(OCCUPATIONS)
			.onConflictDoUpdate({ target: occupation.code, set: { name: sql`excluded.name` } });
		await tx
			.insert(currency)
			.values(currencyRows)
			.onConflictDoUpdate({
				target: currency.code,
				set: { name: sql`excluded.name`, minorUnits: sql`excluded.minor_units`, common: sql`excluded.common` }
			});
	});
}
