/** Vacancy choices shared by the tables, the services and the forms (labels are `sector_*`, … messages). */
export const SECTORS = ['agriculture', 'construction', 'manufacturing', 'hospitality', 'care', 'transport', 'retail', 'cleaning', 'other'] as const;
export const HOUSING = ['free', 'paid', 'none'] as const;
export const PAY_PERIODS = ['month', 'hour'] as const;
export const PROGRAMMES = ['eps_korea', 'uk_seasonal', 'other_state'] as const;
