import type { Mention } from './api-types.js';

/** How a mention is drawn: its assertion, with historical mentions shown apart whatever their polarity. */
export type MentionKind = 'present' | 'absent' | 'uncertain' | 'historical';

/** A run of text covered by the same set of mentions (indices into the mention array). */
export interface Segment {
  start: number;
  end: number;
  mentions: number[];
}

/** The display kind of a mention: a historical finding is neither current positive nor negative evidence. */
export function mentionKind(m: Pick<Mention, 'assertion' | 'temporality'>): MentionKind {
  return m.temporality === 'historical' ? 'historical' : m.assertion;
}

/**
 * Cuts the text into segments at every mention boundary so overlapping mentions (two labels on
 * one phrase, a trigger inside a longer span) each stay visible; spans outside the text or empty
 * after clamping are dropped rather than thrown on, because a stale offset must not blank the report.
 */
export function segmentText(length: number, mentions: ReadonlyArray<Pick<Mention, 'start' | 'end'>>): Segment[] {
  const spans: Array<{ i: number; start: number; end: number }> = [];
  mentions.forEach((m, i) => {
    const start = Math.max(0, Math.min(length, Math.floor(m.start)));
    const end = Math.max(0, Math.min(length, Math.floor(m.end)));
    if (Number.isFinite(start) && Number.isFinite(end) && end > start) spans.push({ i, start, end });
  });
  const cuts = new Set<number>([0, length]);
  for (const s of spans) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let k = 0; k + 1 < points.length; k++) {
    const start = points[k]!;
    const end = points[k + 1]!;
    if (end <= start) continue;
    const covering = spans.filter((s) => s.start <= start && s.end >= end).map((s) => s.i);
    const prev = out[out.length - 1];
    // Adjacent plain runs merge so the DOM holds one text node per gap, not one per boundary.
    if (prev && prev.mentions.length === 0 && covering.length === 0) prev.end = end;
    else out.push({ start, end, mentions: covering });
  }
  return out;
}

/** The mention that decides a segment's style: the shortest, i.e. the most specific, one. */
export function primaryMention(seg: Segment, mentions: ReadonlyArray<Pick<Mention, 'start' | 'end'>>): number | undefined {
  let best: number | undefined;
  for (const i of seg.mentions) {
    const m = mentions[i]!;
    if (best === undefined || m.end - m.start < mentions[best]!.end - mentions[best]!.start) best = i;
  }
  return best;
}

/** One line explaining a mention: what decided it (rules trigger or the model's quoted evidence) and who said so. */
export function explainMention(m: Mention, labelName: string): string {
  const kind = mentionKind(m);
  const parts = [`${labelName}: ${kind}${m.temporality === 'hypothetical' ? ' (hypothetical)' : ''}`];
  if (m.trigger) parts.push(`${m.trigger.kind} trigger “${m.trigger.text}”`);
  if (m.quote) parts.push(`quoted evidence “${m.quote}”${m.verified === false ? ' (not found in the text: unverified)' : ''}`);
  if (!m.trigger && !m.quote) parts.push('no trigger: the finding is stated plainly');
  parts.push(`from ${m.source}`);
  return parts.join(' · ');
}
