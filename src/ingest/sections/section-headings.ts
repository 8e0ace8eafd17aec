import type { SectionName } from '../../domain/report.js';

/**
 * Heading words and the section they open. Matched case-insensitively at the start of a line (or
 * after a sentence end) and followed by a colon, or alone on a line in capitals.
 */
export const SECTION_HEADINGS: ReadonlyArray<[SectionName, readonly string[]]> = [
  ['indication', ['indication', 'indications', 'clinical indication', 'reason for exam', 'reason for examination', 'reason for study', 'reason', 'history', 'clinical history', 'clinical information', 'clinical data', 'clinical details', 'clinical', 'clinical question', 'clinical notes', 'hx']],
  ['technique', ['technique', 'techniques', 'procedure', 'exam', 'examination', 'study', 'protocol', 'views', 'method']],
  ['comparison', ['comparison', 'comparisons', 'compared', 'prior', 'prior studies', 'previous', 'prior exam']],
  ['findings', ['findings', 'finding', 'report', 'description', 'body', 'discussion']],
  ['impression', ['impression', 'impressions', 'conclusion', 'conclusions', 'summary', 'opinion', 'diagnosis', 'interpretation', 'result', 'results', 'assessment']],
  ['addendum', ['addendum', 'addenda', 'amendment', 'addendum report']],
];
