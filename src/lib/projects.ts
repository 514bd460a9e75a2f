/** Community project choices shared by the server and the pages (docs/decisions/0031). */
export const PROJECT_STATUSES = ['pending', 'published', 'returned'] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];
export const REPORT_KINDS = ['progress', 'spending'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];
export const PROJECT_CURRENCIES = ['KGS', 'USD', 'EUR', 'RUB'] as const;
/** Organisation kinds that post community projects. */
export const PROJECT_POSTER_KINDS = ['local_authority', 'ngo'] as const;
