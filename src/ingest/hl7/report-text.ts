import { decodeEscapes } from './escapes.js';
import type { Hl7Message } from './hl7-message.js';
import { field, repetitions } from './hl7-message.js';
import { isStudyUidObservation, observationId, sectionOf, setId, valueType } from './observation.js';
import { TEXT_VALUE_TYPES, type SectionHeading } from './vocab.js';

export type ReportTextOutcome =
  | { kind: 'text'; text: string }
  /** No TX / FT / ST observation at all; `valueTypes` lists the OBX-2 types seen (never values). */
  | { kind: 'no-text-observations'; valueTypes: string[] }
  /** Text observations exist but every value is empty; `setIds` names them by OBX-1. */
  | { kind: 'all-empty'; setIds: string[] };

interface TextObservation {
  setId: number;
  heading: SectionHeading | undefined;
  lines: string[];
}

/**
 * Builds the report text from the TX / FT / ST observations (OBX-5, every repetition, escapes
 * decoded), one line per value repetition. Observations are grouped by the OBR (or TXA) they follow
 * and ordered by OBX-1 set id inside each group (document order when a set id is missing). When an
 * OBX-3 observation id names a section (`&IMP`, LOINC 19005-8, …) a heading line such as
 * "IMPRESSION:" is written before the group, so splitSections can find it. For MDM^T02 only the
 * OBX after TXA count (HL7 v2.5 chapter 9, MDM^T02). Study-UID observations are not report text.
 */
export function buildReportText(msg: Hl7Message, isMdm: boolean): ReportTextOutcome {
  const d = msg.delimiters;
  const txaAt = isMdm ? msg.segments.findIndex((s) => s.name === 'TXA') : -1;
  const groups: TextObservation[][] = [[]];
  const seenTypes = new Set<string>();
  const emptySetIds: string[] = [];
  let textObservations = 0;
  for (let i = Math.max(txaAt, 0); i < msg.segments.length; i++) {
    const seg = msg.segments[i]!;
    if (seg.name === 'OBR' || seg.name === 'TXA') {
      if (groups[groups.length - 1]!.length) groups.push([]);
      continue;
    }
    if (seg.name !== 'OBX') continue;
    const type = valueType(seg, d);
    if (type) seenTypes.add(type);
    if (!TEXT_VALUE_TYPES.has(type)) continue;
    if (isStudyUidObservation(seg, d)) continue;
    textObservations++;
    const lines = repetitions(field(seg, 5), d).map((r) => decodeEscapes(r, d));
    if (!lines.some((l) => l.trim() !== '')) emptySetIds.push(field(seg, 1).trim() || `#${seg.position}`);
    groups[groups.length - 1]!.push({ setId: setId(seg), heading: sectionOf(observationId(seg, d)), lines: lines.length ? lines : [''] });
  }
  if (textObservations === 0) return { kind: 'no-text-observations', valueTypes: [...seenTypes].sort() };
  if (emptySetIds.length === textObservations) return { kind: 'all-empty', setIds: emptySetIds };

  const out: string[] = [];
  for (const group of groups) {
    if (!group.length) continue;
    if (group.every((o) => !Number.isNaN(o.setId))) group.sort((a, b) => a.setId - b.setId);
    if (out.length) out.push('');
    let current: SectionHeading | undefined;
    for (const o of group) {
      if (o.heading && o.heading !== current) {
        current = o.heading;
        if (!startsWithHeading(o.lines, o.heading)) out.push(`${o.heading}:`);
      }
      out.push(...o.lines);
    }
  }
  return { kind: 'text', text: trimBlankLines(out).join('\n') };
}

function startsWithHeading(lines: string[], heading: string): boolean {
  const first = lines.find((l) => l.trim() !== '');
  return first !== undefined && first.trimStart().toUpperCase().startsWith(heading);
}

function trimBlankLines(lines: string[]): string[] {
  let start = 0;
  let end = lines.length;
  while (start < end && lines[start]!.trim() === '') start++;
  while (end > start && lines[end - 1]!.trim() === '') end--;
  return lines.slice(start, end);
}

