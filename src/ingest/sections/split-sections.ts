import type { Section, SectionName } from '../../domain/report.js';
import { SECTION_HEADINGS } from './section-headings.js';

interface HeadingInfo {
  name: SectionName;
  bare: boolean;
}

const HEADINGS = new Map<string, HeadingInfo>();
for (const e of SECTION_HEADINGS) for (const w of e.words) HEADINGS.set(w, { name: e.name, bare: e.bare });

const WORD = [...HEADINGS.keys()]
  .sort((a, b) => b.length - a.length)
  .map((w) => w.replace(/ /g, '[ \\t]+'))
  .join('|');

// A heading is one heading word or two joined by "/", "&" or "and" ("FINDINGS/IMPRESSION"); it
// ends with a colon, a spaced dash, or the end of its line (bare form, checked in toMark). It is
// tried only where a heading may start (see CANDIDATE_RE), with the sticky flag, so the pass stays
// linear and cheap.
const HEADING_RE = new RegExp(
  `[ \\t]*((?:${WORD})(?:[ \\t]*(?:/|&|[ \\t]and[ \\t])[ \\t]*(?:${WORD}))?)\\b[ \\t]*(:|-{1,2}(?=[ \\t\\r\\n])|(?=[ \\t]*(?:\\r?\\n|$)))`,
  'iy',
);
// Where a heading may start: after a line break, or after a sentence end on the same line.
const CANDIDATE_RE = /\n|[.!?][ \t]{1,4}(?=[A-Za-z])/g;
const JOIN_RE = /[ \t]*(?:\/|&|[ \t]and[ \t])[ \t]*/i;
const PARAGRAPH_BREAK = /\n[ \t]*\r?\n\s*/;

interface Mark {
  name: SectionName;
  heading: string;
  headStart: number;
  bodyStart: number;
}

/**
 * Splits a free-text radiology report into sections by heading (FINDINGS, IMPRESSION, CONCLUSION,
 * CLINICAL HISTORY, INDICATION, REASON FOR EXAM, COMPARISON, TECHNIQUE, EXAMINATION, ADDENDUM, and
 * compounds like "FINDINGS/IMPRESSION:"). Offsets point into `text` and exclude the heading.
 *
 * - A heading needs a colon or dash, unless it is a distinctive word alone on its line in capitals
 *   or title case; prose such as "The impression is…" or "history of smoking" never splits.
 * - A compound heading takes the impression section when one part is an impression word, else
 *   findings when one part is a findings word, else the section of its first part.
 * - Text before the first heading is `findings` when the report has no findings heading and no
 *   heading precedes it other than impression / addendum, else `other`.
 * - Without a findings heading, a paragraph after a blank line inside an indication, comparison or
 *   technique section becomes an unheaded `findings` section (the common "history, blank line,
 *   body, IMPRESSION" layout).
 *
 * Runs in one pass over the text: a cheap scan for line starts and sentence ends, and a sticky
 * heading match at each, so the cost is linear in the text length.
 */
export function splitSections(text: string): Section[] {
  const marks: Mark[] = [];
  let from = 0;
  const tryAt = (pos: number): void => {
    if (pos < from) return;
    HEADING_RE.lastIndex = pos;
    const m = HEADING_RE.exec(text);
    if (!m) return;
    const mark = toMark(text, m);
    if (!mark) return;
    marks.push(mark);
    from = mark.bodyStart;
  };
  tryAt(0);
  CANDIDATE_RE.lastIndex = 0;
  for (let c = CANDIDATE_RE.exec(text); c; c = CANDIDATE_RE.exec(text)) tryAt(c.index + c[0].length);
  const sections: Section[] = [];
  const hasFindings = marks.some((m) => m.name === 'findings');
  const firstHead = marks[0]?.headStart ?? text.length;
  if (text.slice(0, firstHead).trim() !== '') {
    const first = marks[0]?.name;
    const preIsFindings = !hasFindings && (first === undefined || first === 'impression' || first === 'addendum');
    sections.push(trim(text, { name: preIsFindings ? 'findings' : 'other', heading: null, start: 0, end: firstHead }));
  }
  marks.forEach((m, i) => {
    const end = marks[i + 1]?.headStart ?? text.length;
    const section = trim(text, { name: m.name, heading: m.heading, start: m.bodyStart, end });
    if (!hasFindings && (m.name === 'indication' || m.name === 'comparison' || m.name === 'technique')) {
      const body = text.slice(section.start, section.end);
      const br = PARAGRAPH_BREAK.exec(body);
      if (br) {
        const cut = section.start + br.index;
        sections.push(trim(text, { ...section, end: cut }));
        sections.push(trim(text, { name: 'findings', heading: null, start: cut, end: section.end }));
        return;
      }
    }
    sections.push(section);
  });
  return sections.filter((s) => s.end > s.start || s.heading !== null);
}

function toMark(text: string, m: RegExpExecArray): Mark | undefined {
  const raw = m[1] ?? '';
  const parts = raw.split(JOIN_RE).map((p) => p.toLowerCase().replace(/[ \t]+/g, ' '));
  const infos = parts.map((p) => HEADINGS.get(p));
  if (infos.some((i) => i === undefined)) return undefined;
  const known = infos as HeadingInfo[];
  const start = m.index ?? 0;
  const headStart = start + (m[0].length - m[0].trimStart().length);
  const delimiter = m[2] ?? '';
  if (delimiter === '') {
    // Bare heading: alone on its own line, distinctive word, capitals or title case.
    const atLineStart = start === 0 || text[start - 1] === '\n';
    if (!atLineStart || !known.every((i) => i.bare) || !isHeadingCase(raw)) return undefined;
  }
  const name = known.some((i) => i.name === 'impression') ? 'impression' : known.some((i) => i.name === 'findings') ? 'findings' : known[0]!.name;
  return { name, heading: text.slice(headStart, start + m[0].length).trim(), headStart, bodyStart: start + m[0].length };
}

function isHeadingCase(s: string): boolean {
  if (s === s.toUpperCase()) return true;
  const first = s.trimStart()[0] ?? '';
  return first !== first.toLowerCase();
}

function trim(text: string, s: Section): Section {
  let { start, end } = s;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { ...s, start, end };
}
