import type { LabelValue, Mention, StudyLabel } from '../domain/labels.js';
import type { Ontology } from '../domain/ontology.js';
import type { SectionName } from '../domain/report.js';

/** A mention of the abnormal-findings lexicon (not an ontology label); `group` names the lexicon entry. */
export interface AbnormalMention extends Omit<Mention, 'label'> {
  group: string;
}

/** Sections whose mentions decide labels. Indication, technique and comparison never do. */
export const COUNTED_SECTIONS: ReadonlySet<SectionName> = new Set(['findings', 'impression', 'other', 'addendum']);

/**
 * Whether a mention is about the patient, now, in a section that counts, with evidence found in
 * the text (an LLM quote that could not be located never decides a label).
 */
export function counts(m: Pick<Mention, 'section' | 'temporality' | 'experiencer'> & { verified?: boolean }): boolean {
  return m.verified !== false && COUNTED_SECTIONS.has(m.section) && m.temporality === 'current' && m.experiencer === 'patient';
}

const ORDER: Record<Mention['assertion'], number> = { present: 0, uncertain: 1, absent: 2 };

/**
 * Study value of one label from its mentions (CheXpert-style aggregation): positive if any counted
 * mention is present; else uncertain if any is uncertain; else negative if any is absent; else not
 * mentioned. Conflict rule between sections: a certain negation in the impression overrides
 * uncertainty that appears only in the findings (the impression is the reader's conclusion);
 * a present mention anywhere is never overridden.
 */
export function aggregateLabel(mentions: Mention[]): StudyLabel {
  // Most labels of most reports have no mention: no filtered or sorted copies for them.
  if (mentions.length === 0) return { value: 'not_mentioned', evidence: [] };
  const counted = mentions.filter(counts);
  const has = (a: Mention['assertion']): boolean => counted.some((m) => m.assertion === a);
  let value: LabelValue = 'not_mentioned';
  if (has('present')) value = 'positive';
  else if (has('uncertain')) {
    const impressionNegates = counted.some((m) => m.assertion === 'absent' && m.section === 'impression');
    const impressionUnsure = counted.some((m) => m.assertion === 'uncertain' && m.section === 'impression');
    value = impressionNegates && !impressionUnsure ? 'negative' : 'uncertain';
  } else if (has('absent')) value = 'negative';
  const want: Mention['assertion'] | null = value === 'positive' ? 'present' : value === 'uncertain' ? 'uncertain' : value === 'negative' ? 'absent' : null;
  const evidence = [...mentions].sort((a, b) => rank(a, want) - rank(b, want) || a.span.start - b.span.start);
  return { value, evidence };
}

function rank(m: Mention, want: Mention['assertion'] | null): number {
  const c = counts(m) ? 0 : 10;
  return c + (want !== null && m.assertion === want ? 0 : 1 + ORDER[m.assertion]);
}

/**
 * No Finding by the ontology's semantics. `chexpert`: positive when no label outside
 * `noFindingIgnores` is positive or uncertain, else not mentioned (CheXpert never writes 0).
 * `no-abnormality`: positive only when no label is positive or uncertain and no finding of the
 * abnormal-findings lexicon is present or uncertain; otherwise negative, with the deciding mention as evidence.
 */
export function aggregateNoFinding(ontology: Ontology, noFindingId: string, labels: Record<string, StudyLabel>, abnormal: AbnormalMention[]): StudyLabel {
  const ignores = new Set(ontology.noFindingIgnores);
  const blocking = ontology.labels.filter((l) => !l.noFinding && !ignores.has(l.id) && (labels[l.id]?.value === 'positive' || labels[l.id]?.value === 'uncertain'));
  const evidence = blocking.flatMap((l) => labels[l.id]!.evidence.slice(0, 1));
  if (ontology.noFindingSemantics === 'chexpert') return blocking.length > 0 ? { value: 'not_mentioned', evidence } : { value: 'positive', evidence: [] };
  // A past finding named in the findings / impression ("prior granulomatous disease") still
  // describes something abnormal on the image, so historical lexicon mentions count here; so do
  // hedged ones, as hedged ontology labels do.
  const abnormalPresent = abnormal.filter((m) => COUNTED_SECTIONS.has(m.section) && m.temporality !== 'hypothetical' && m.experiencer === 'patient' && m.assertion !== 'absent' && m.verified !== false);
  if (blocking.length === 0 && abnormalPresent.length === 0) return { value: 'positive', evidence: [] };
  const lexicon = abnormalPresent.slice(0, 3).map(({ group: _g, ...m }) => ({ ...m, label: noFindingId }));
  return { value: 'negative', evidence: [...evidence, ...lexicon] };
}

/**
 * Study labels from mentions, one value per ontology label in ontology order, the same rules for
 * every extractor (rules engine, LLM, hybrid). `abnormal` feeds "no abnormality" No Finding.
 */
export function aggregateStudyLabels(ontology: Ontology, mentions: Mention[], abnormal: AbnormalMention[] = []): Record<string, StudyLabel> {
  const byLabel = new Map<string, Mention[]>();
  for (const m of mentions) {
    const list = byLabel.get(m.label);
    if (list) list.push(m);
    else byLabel.set(m.label, [m]);
  }
  const labels: Record<string, StudyLabel> = {};
  for (const l of ontology.labels) if (!l.noFinding) labels[l.id] = aggregateLabel(byLabel.get(l.id) ?? []);
  for (const l of ontology.labels) if (l.noFinding) labels[l.id] = aggregateNoFinding(ontology, l.id, labels, abnormal);
  const ordered: Record<string, StudyLabel> = {};
  for (const l of ontology.labels) ordered[l.id] = labels[l.id]!;
  return ordered;
}
