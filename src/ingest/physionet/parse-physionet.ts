import type { IngestItem, ParseOptions } from '../ingest-item.js';
import { RadlabelError } from '../../errors/index.js';
import { splitSections } from '../sections/split-sections.js';
import { KnownIdentifiersSchema } from '../../domain/report.js';

const START_RE = /START_OF_RECORD=([^|\n]*)\|\|\|\|([^|\n]*)\|\|\|\|\r?\n/g;
const END = '||||END_OF_RECORD';

/**
 * Parses the PhysioNet deid corpus layout: `START_OF_RECORD=<patient>||||<note>||||` on its own
 * line, the note body, then `||||END_OF_RECORD`. The report text is the body exactly as written,
 * from the character after the START line's newline up to `||||END_OF_RECORD`: the corpus gold
 * (`id-phi.phrase`, `id.deid`) counts its 0-based offsets from there. Id `patient-note` goes into
 * `archiveId` and `source.messageId`; the patient number into `patientId` (keeps date shifts and
 * surrogates consistent across a patient's notes).
 */
export function parsePhysionet(text: string, opts: ParseOptions = {}): IngestItem[] {
  const items: IngestItem[] = [];
  const starts = [...text.matchAll(START_RE)];
  if (starts.length === 0) {
    return [{ kind: 'error', error: new RadlabelError('PHYSIONET_PARSE', 'No START_OF_RECORD line found.', { locator: { file: opts.file } }), raw: '' }];
  }
  starts.forEach((m, i) => {
    const patient = m[1]!.trim();
    const note = m[2]!.trim();
    const id = `${patient}-${note}`;
    const bodyStart = m.index + m[0].length;
    const limit = starts[i + 1]?.index ?? text.length;
    const endAt = text.indexOf(END, bodyStart);
    const locator = { file: opts.file, row: i + 1, messageId: id };
    if (endAt < 0 || endAt > limit) {
      items.push({ kind: 'error', error: new RadlabelError('PHYSIONET_PARSE', 'The record has no ||||END_OF_RECORD before the next record.', { locator }), raw: text.slice(m.index, limit) });
      return;
    }
    const body = text.slice(bodyStart, endAt);
    if (body.trim() === '') {
      items.push({ kind: 'skipped', locator, reason: 'no-report-text', detail: 'The record body is empty.' });
      return;
    }
    items.push({
      kind: 'report',
      report: {
        source: { format: 'physionet', system: 'physionet', file: opts.file, messageId: id, row: i + 1 },
        status: 'unknown',
        sections: splitSections(body),
        text: body,
        archiveId: id,
        patientId: patient,
        identifiers: KnownIdentifiersSchema.parse({}),
      },
    });
  });
  return items;
}
