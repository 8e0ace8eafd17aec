// Generator categories as the scorer groups them (see GOLD_GROUP in src/evaluate/deid/evaluate-deid.ts).
// States and countries on their own are not scored: not Safe Harbor identifiers.
export const GOLD_CATEGORY: Record<string, string> = { NAME: 'HCPName', LOCATION: 'Location', DATE: 'Date', DATE_YEAR: 'DateYear', AGE: 'Age', PHONE: 'Phone', ID: 'Other', EMAIL: 'Other', URL: 'Other', OTHER: 'Other' };
