import { asc, desc } from 'drizzle-orm';
import type { Db } from '../db/client';
import { country, currency, occupation, region } from './reference.table';

export const listCountries = (db: Db) => db.select().from(country).orderBy(asc(country.iso2));
export const listRegions = (db: Db) => db.select().from(region).orderBy(asc(region.code));
export const listOccupations = (db: Db) => db.select().from(occupation).orderBy(asc(occupation.code));
export const listCurrencies = (db: Db) => db.select().from(currency).orderBy(desc(currency.common), asc(currency.code));
