import type { LabelValue, Mention, StudyLabel, StudyLabels } from '../../domain/labels.js';
import type { Ontology } from '../../domain/ontology.js';

const RANK: Record<LabelValue, number> = { positive: 3, uncertain: 2, negative: 1, not_mentioned: 0 };

function valueOf(m: Mention): LabelValue | undefined {
  // Only verified, current mentions about the patient decide a study label: a historical or
  // hypothetical finding says nothing about this image, and an unverified quote is not evidence.
  if (!m.verified || m.temporality !== 'current' || m.experiencer !== 'patient') return undefined;
  return m.assertion === 'present' ? 'positive' : m.assertion === 'uncertain' ? 'uncertain' : 'negative';
}

/**
 * Aggregates mentions into one value per ontology label (positive > uncertain > negative >
 * not mentioned, the CheXpert precedence), the deciding mention first in the evidence. The
 * "no finding" label is computed: positive when no other label (except `noFindingIgnores`) is
 * positive or uncertain, otherwise not mentioned.
 */
export function labelsFromMentions(ontology: Ontology, mentions: Mention[]): StudyLabels['labels'] {
  const out: Record<string, StudyLabel> = {};
  for (const l of ontology.labels) {
    if (l.noFinding) continue;
    const own = mentions.filter((m) => m.label === l.id);
    let value: LabelValue = 'not_mentioned';
    for (const m of own) {
      const v = valueOf(m);
      if (v && RANK[v] > RANK[value]) value = v;
    }
    const deciding = own.filter((m) => valueOf(m) === value);
    const rest = own.filter((m) => valueOf(m) !== value);
    out[l.id] = { value, evidence: value === 'not_mentioned' ? own : [...deciding, ...rest] };
  }
  const noFinding = ontology.labels.find((l) => l.noFinding);
  if (noFinding) {
    const ignore = new Set(ontology.noFindingIgnores);
    const anything = Object.entries(out).some(([id, s]) => !ignore.has(id) && (s.value === 'positive' || s.value === 'uncertain'));
    out[noFinding.id] = { value: anything ? 'not_mentioned' : 'positive', evidence: [] };
  }
  return out;
}
