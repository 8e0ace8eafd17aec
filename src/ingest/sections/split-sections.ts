import type { Section, SectionName } from '../../domain/report.js';
import { SECTION_HEADINGS } from './section-headings.js';

const headingToSection = new Map<string, SectionName>();
for (const [name, words] of SECTION_HEADINGS) for (const w of words) headingToSection.set(w, name);

const alternatives = [...headingToSection.keys()]
  .sort((a, b) => b.length - a.length)
  .map((w) => w.replace(/ /g, '\\s+'))
  .join('|');

// A heading starts a line (optionally after spaces / a bullet) and ends with a colon, or stands
// alone on its line. The colon form may also follow a sentence end on the same line.
const HEADING_RE = new RegExp(
  `(^|\\n|(?<=[.!?]\\s{1,4}))[ \\t]*((${alternatives})(?:\\s+of\\s+exam)?)[ \\t]*(?::|-{1,2}(?=\\s)|(?=[ \\t]*(?:\\n|$)))`,
  'gi',
);

/**
 * Splits free-text report into sections by heading. Text before the first heading is `findings`
 * when the report has no other findings section, else `other`. Offsets point into `text` and
 * exclude the heading itself.
 */
export function splitSections(text: string): Section[] {
  const marks: Array<{ name: SectionName; heading: string; headStart: number; bodyStart: number }> = [];
  for (const m of text.matchAll(HEADING_RE)) {
    const lead = m[1] ?? '';
    const word = (m[3] ?? '').toLowerCase().replace(/\s+/g, ' ');
    const name = headingToSection.get(word);
    if (!name) continue;
    const full = m[0];
    const colon = /[:-]\s*$/.test(full);
    // Bare headings (no colon) only count when written in capitals, to avoid "Report" in prose.
    const headingText = full.slice(lead.length).trim();
    if (!colon && headingText !== headingText.toUpperCase()) continue;
    const headStart = (m.index ?? 0) + lead.length + (full.slice(lead.length).length - full.slice(lead.length).trimStart().length);
    marks.push({ name, heading: headingText, headStart, bodyStart: (m.index ?? 0) + full.length });
  }
  const sections: Section[] = [];
  const firstHead = marks[0]?.headStart ?? text.length;
  if (text.slice(0, firstHead).trim() !== '') {
    const hasFindings = marks.some((m) => m.name === 'findings' || m.name === 'impression');
    sections.push(trim(text, { name: hasFindings ? 'other' : 'findings', heading: null, start: 0, end: firstHead }));
  }
  marks.forEach((m, i) => {
    const end = marks[i + 1]?.headStart ?? text.length;
    sections.push(trim(text, { name: m.name, heading: m.heading, start: m.bodyStart, end }));
  });
  return sections.filter((s) => s.end > s.start || s.heading !== null);
}

function trim(text: string, s: Section): Section {
  let { start, end } = s;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { ...s, start, end };
}
