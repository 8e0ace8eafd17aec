// Whether a position lies in a medical history list (issue 11): years there are dates, written bare
// after the condition or procedure ("- lap band 1972", "PE 1998, DVT 2006 HERE W/ GI BLEED").
// Lists run over several lines under a header ("Past Surgical History:") or far along one line
// ("PMH: ...") in notes of every case style.

/** A history cue: PMH, PSH, hx, h/o, history, s/p, status post. */
export const HISTORY_CUE = /\b(?:pmh|pmhx|psh|hx|h\/o|history|s\/p|status\s+post)\b/i;

// A header line that opens a list of dated conditions: a history header, diagnoses / problems, or a
// list of past operations and anaesthetics ("Prior anesthetics:", "Past surgeries:", "Previous operations:").
const LIST_HEADER = /^[ \t]*(?:[A-Za-z]+[ \t]+){0,2}(?:history|hx|pmh|pmhx|psh|diagnos[ie]s|problems|problem[ \t]+list|an(?:a)?esthetics|surgeries|operations)[ \t]*:/i;
// How far back a list may run: lines, and characters along the year's own line.
const MAX_LINES = 15;
const LINE_REACH = 400;

/**
 * True when `index` lies in a history list: a history cue earlier on its line (at most 400
 * characters back), or a history / diagnoses header above it with no blank line between.
 */
export function inHistoryList(text: string, index: number): boolean {
  let lineStart = text.lastIndexOf('\n', index - 1) + 1;
  if (HISTORY_CUE.test(text.slice(Math.max(lineStart, index - LINE_REACH), index))) return true;
  for (let k = 0; k < MAX_LINES && lineStart > 0; k++) {
    const prevStart = text.lastIndexOf('\n', lineStart - 2) + 1;
    const line = text.slice(prevStart, lineStart - 1);
    if (line.trim() === '') return false;
    if (LIST_HEADER.test(line)) return true;
    lineStart = prevStart;
  }
  return false;
}
