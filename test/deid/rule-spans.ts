// Spans the rule passes alone find (no learned layer, balanced profile), for the tests of a rule
// class: the learned layer's marks would hide whether the rule took the word.
import { detectFreeTextNames } from '../../src/deid/free-text-names.js';

/** The NAME tokens the rules find in `text`. */
export const ruleNames = (text: string): string[] =>
  detectFreeTextNames(text, { profile: 'balanced', model: null })
    .filter((s) => s.category === 'NAME')
    .map((s) => text.slice(s.start, s.end));

/** The LOCATION / INSTITUTION text the rules find in `text`, in order. */
export const rulePlaces = (text: string): string[] =>
  detectFreeTextNames(text, { profile: 'balanced', model: null })
    .filter((s) => s.category === 'LOCATION' || s.category === 'INSTITUTION')
    .sort((a, b) => a.start - b.start)
    .map((s) => text.slice(s.start, s.end));

/** Whether every word of `phrase` (its first occurrence in `text`) lies inside some span of `spans`: found, by whichever rule or category. */
export function wordsCovered(text: string, phrase: string, spans: readonly { start: number; end: number }[]): boolean {
  const at = text.indexOf(phrase);
  return [...phrase.matchAll(/\S+/g)].every((w) => spans.some((s) => s.start <= at + w.index && s.end >= at + w.index + w[0].length));
}
