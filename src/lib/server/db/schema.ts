// Every table, for drizzle-kit and the query builder.
export * from '../auth/auth.table';
export * from '../reference/reference.table';
export * from '../org/org.table';
export * from '../audit/audit.table';
export * from '../channels/channels.table';
export * from '../http/rate-limit.table';
export * from '../portal/portal.table';
export * from '../migrant/migrant.table';
export * from '../training/training.table';
export * from '../recruitment/recruitment.table';
export * from '../employers/employers.table';
export * from '../returns/returns.table';
export * from '../cases/cases.table';
export * from '../clients/clients.table';
export * from '../migrant/consular-list.table';
export * from '../returns/returnee-list.table';
export * from '../imports/imports.table';
