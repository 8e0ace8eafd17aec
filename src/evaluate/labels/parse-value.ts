import type { LabelValue } from '../../domain/labels.js';

const WORDS: Record<string, LabelValue> = {
  positive: 'positive',
  negative: 'negative',
  uncertain: 'uncertain',
  not_mentioned: 'not_mentioned',
  'not mentioned': 'not_mentioned',
};

/**
 * Reads one label cell: CheXpert convention `1` positive, `0` negative, `-1` uncertain, blank not
 * mentioned (`1.0` / `0.0` / `-1.0` as the CheXpert labeler writes them), or the value words.
 * Returns undefined for anything else so the caller can name the file, row and column.
 */
export function parseLabelValue(raw: unknown): LabelValue | undefined {
  if (raw === null || raw === undefined) return 'not_mentioned';
  if (typeof raw === 'number') return raw === 1 ? 'positive' : raw === 0 ? 'negative' : raw === -1 ? 'uncertain' : undefined;
  if (typeof raw !== 'string') return undefined;
  const s = raw.trim();
  if (s === '') return 'not_mentioned';
  const word = WORDS[s.toLowerCase()];
  if (word) return word;
  if (!/^-?\d+(\.0+)?$/.test(s)) return undefined;
  return parseLabelValue(Number(s));
}
