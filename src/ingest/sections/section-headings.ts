import type { SectionName } from '../../domain/report.js';

/**
 * Heading words and the section they open. A heading is matched case-insensitively at the start of
 * a line (or after a sentence end on the same line) when followed by a colon or dash.
 *
 * `bare` words are distinctive enough to count as a heading without a colon too, when they stand
 * alone on their line written in capitals or title case ("IMPRESSION", "Findings"). Words such as
 * "report", "result" or "study" need a colon: alone on a line they are usually a document title.
 *
 * Sign-off and recommendation headings map to `other` so that they end the preceding section
 * (the radiologist's name must not become part of the impression).
 */
export interface HeadingEntry {
  readonly name: SectionName;
  readonly words: readonly string[];
  readonly bare: boolean;
}

export const SECTION_HEADINGS: readonly HeadingEntry[] = [
  {
    name: 'indication',
    bare: true,
    words: ['indication', 'indications', 'clinical indication', 'clinical indications', 'reason for exam', 'reason for examination', 'reason for study', 'reason for request', 'reason for referral', 'clinical statement', 'history', 'clinical history', 'clinical information', 'clinical data', 'clinical details', 'clinical question', 'clinical notes', 'clinical', 'hx'],
  },
  { name: 'indication', bare: false, words: ['reason'] },
  { name: 'technique', bare: true, words: ['technique', 'techniques', 'examination', 'protocol', 'procedure'] },
  { name: 'technique', bare: false, words: ['exam', 'study', 'views', 'method', 'procedure performed'] },
  { name: 'comparison', bare: true, words: ['comparison', 'comparisons', 'comparison study', 'comparison studies', 'comparison exam', 'comparison exams', 'prior studies', 'prior study', 'prior exam', 'prior examinations'] },
  { name: 'comparison', bare: false, words: ['compared', 'compared to', 'compared with', 'prior', 'previous'] },
  { name: 'findings', bare: true, words: ['findings', 'finding'] },
  { name: 'findings', bare: false, words: ['report', 'description', 'body', 'discussion', 'result', 'results'] },
  { name: 'impression', bare: true, words: ['impression', 'impressions', 'final impression', 'overall impression', 'conclusion', 'conclusions', 'summary', 'opinion'] },
  { name: 'impression', bare: false, words: ['diagnosis', 'interpretation', 'assessment'] },
  { name: 'addendum', bare: true, words: ['addendum', 'addenda', 'amendment', 'addendum report'] },
  {
    name: 'other',
    bare: false,
    words: ['recommendation', 'recommendations', 'wet read', 'dictated by', 'signed by', 'electronically signed by', 'reviewed by', 'transcribed by', 'attending radiologist', 'radiologist', 'critical result', 'critical results', 'notification'],
  },
];
