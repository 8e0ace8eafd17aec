import type { Ontology } from '../domain/ontology.js';
import type { LabelValue, StudyLabels } from '../domain/labels.js';

/** Maps a label value to the ontology's export convention (CheXpert: 1 / 0 / -1 / blank). */
export function cellFor(value: LabelValue | undefined, ontology: Ontology): string {
  const e = ontology.export;
  switch (value) {
    case 'positive':
      return e.positive;
    case 'negative':
      return e.negative;
    case 'uncertain':
      return e.uncertain;
    default:
      return e.notMentioned;
  }
}

/** One CSV row: id then one cell per ontology label, in ontology order. */
export function chexpertRow(id: string, labels: StudyLabels, ontology: Ontology): string[] {
  return [id, ...ontology.labels.map((l) => cellFor(labels.labels[l.id]?.value, ontology))];
}

export function chexpertHeader(ontology: Ontology): string[] {
  return ['id', ...ontology.labels.map((l) => l.id)];
}
