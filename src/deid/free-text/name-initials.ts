// Initials of a name the note holds (issue 11): staff who sign a note with their name initial
// their entries, rows and typist pairs with its letters ("-- Cody Mukherjee DPT  CM/cw", a flowsheet
// row ending "| CM", "Sofia Ruiz … SR"). A group of two or three letters that spells the initials of
// a name found in the same note is that person, in any style of note, whatever cue stands near it.
// Groups that are also words, clinical abbreviations, credentials or titles stay ("PT", "CT", "RN"),
// except as the first half of a typist pair ("CM/cw"), where the pair's shape decides.
import type { TokenScanner } from './token-scanner.js';
import { hasLower } from './token-scanner.js';
import { LEX } from '../lexicon-flags.js';
import { dottedInitialsAt, dottedInitialsOfNames } from './dotted-initials.js';
import { nameCues } from '../rules/deid-rules.js';

// Particles inside a name add no letter to some people's initials ("Alejandro Van Buren": AVB or AB).
const PARTICLES: ReadonlySet<string> = new Set(nameCues().nameWords.initialsParticles);

/** The initials a run of name words may be signed with: all their first letters, first and last, first and second. */
function initialsOf(words: readonly string[], out: Set<string>): void {
  const letters = words.map((w) => w[0]!.toUpperCase());
  const plain = words.filter((w) => !PARTICLES.has(w.toLowerCase())).map((w) => w[0]!.toUpperCase());
  for (const l of [letters, plain]) {
    if (l.length < 2) continue;
    if (l.length <= 3) out.add(l.join(''));
    out.add(l[0]! + l[l.length - 1]!);
    out.add(l[0]! + l[1]!);
    // A middle name the note leaves out still gives its letter ("Patience Bassinger (PWB)"): first, any, last.
    out.add(l[0]! + '?' + l[l.length - 1]!);
  }
}

// One flag per token, reused from report to report and cleared for each: a typed array of a
// report's token count is an off-heap buffer to allocate per call (the passes run twice a report).
let nameBuffer = new Uint8Array(1024);

/** `count` cleared flags (the first `count` of the shared buffer, grown when short). */
function nameFlags(count: number): Uint8Array {
  if (nameBuffer.length < count) nameBuffer = new Uint8Array(Math.max(count, nameBuffer.length * 2));
  nameBuffer.fill(0, 0, count);
  return nameBuffer;
}

/**
 * The initials of every person name the passes found: each run of NAME-marked words on a line
 * ("Cody Mukherjee", "Mukherjee, Cody J" read as Cody J Mukherjee), initials included.
 */
function noteInitials(s: TokenScanner): Set<string> {
  const out = new Set<string>();
  const name = nameFlags(s.tokens.length);
  for (const span of s.spans) {
    if (span.category !== 'NAME') continue;
    for (const i of s.tokensIn(span.start, span.end)) name[i] = 1;
  }
  for (let i = 0; i < s.tokens.length; ) {
    if (!name[i]) {
      i++;
      continue;
    }
    const words = [s.tokens[i]!.word];
    let comma = -1;
    let j = i + 1;
    for (; j < s.tokens.length && name[j]; j++) {
      const gap = s.text.slice(s.tokens[j - 1]!.end, s.tokens[j]!.start);
      if (!/^[ \t]*[.,]?[ \t]*$/.test(gap) || gap.length > 3) break;
      if (gap.includes(',')) {
        if (comma >= 0) break;
        comma = words.length;
      }
      words.push(s.tokens[j]!.word);
    }
    // "Mukherjee, Cody J": the given names first.
    const ordered = comma > 0 ? [...words.slice(comma), ...words.slice(0, comma)] : words;
    if (ordered.length >= 2 && ordered.length <= 4) initialsOf(ordered, out);
    i = j;
  }
  return out;
}

/** Whether token `i` stands alone in brackets right after a name found ("Lebedev, Ngozi (NL)"). */
function bracketAfterName(s: TokenScanner, i: number): boolean {
  const t = s.tokens[i]!;
  if (s.text[t.start - 1] !== '(' || s.text[t.end] !== ')') return false;
  let k = t.start - 2;
  while (k >= 0 && (s.text[k] === ' ' || s.text[k] === '\t')) k--;
  return s.spans.some((sp) => sp.category === 'NAME' && sp.end === k + 1);
}

/** Marks the groups of two or three letters that spell the initials of a name found in the note (rule id `name-initials`). */
export function initialsOfNames(s: TokenScanner): void {
  // The note's initials are worked out once, by the first test that needs them (dotted-initials.ts).
  let initials: Set<string> | undefined;
  const noteInitialsOnce = () => (initials ??= noteInitials(s));
  dottedInitialsOfNames(s, noteInitialsOnce);
  for (let i = 0; i < s.tokens.length; i++) {
    const t = s.tokens[i]!;
    if (t.word.length === 1) {
      dottedInitialsAt(s, i, noteInitialsOnce);
      continue;
    }
    if (t.word.length > 3 || s.marked.has(i)) continue;
    // Capitals in any note; lower-case groups only in a note written wholly in lower case, or in
    // brackets right after a name ("Lebedev, Ngozi (nl)"), where the place says what the group is.
    const upper = !hasLower(t.word);
    const bracketed = bracketAfterName(s, i);
    if (!upper && !((s.style === 'lower' || bracketed) && t.word === t.lower)) continue;
    // The word's own tests before the note's initials: most short capitals are words, credentials
    // or abbreviations ("MD", "CT", "DOB"), and the initials are worked out only for a group that
    // could be marked (from the same spans: nothing is marked here before they are).
    const typistPair = upper && s.text.charCodeAt(t.end) === 47 && /^\/[a-z]{2,3}\b/.test(s.text.slice(t.end, t.end + 5));
    if (!typistPair && (t.flags & (bracketed ? LEX.STOP | LEX.TITLE | LEX.CREDENTIAL : LEX.STOP | LEX.TITLE | LEX.CREDENTIAL | LEX.CLINICAL | LEX.COMMON | LEX.VOCAB)) !== 0) continue;
    const known = noteInitialsOnce();
    if (known.size === 0) return;
    const g = t.word.toUpperCase();
    // First, any and last letter only where the place says it is a group of initials: in brackets after a name,
    // between slashes as a wristband's field ("DEMBSKI,PEARL / 9487755 / PSD"), or after the patient's label
    // ("patient initials agh", "re: pt JER").
    const before = s.text.slice(Math.max(0, t.start - 20), t.start);
    const fielded =
      bracketed || (/\/[ \t]*$/.test(before) && /^[ \t]*[/-]/.test(s.text.slice(t.end, t.end + 3))) || /(?:^|[^A-Za-z])(?:initials|pt|patient)[ \t]*:?[ \t]+$/i.test(before);
    if (!known.has(g) && !(fielded && g.length === 3 && known.has(g[0]! + '?' + g[2]!))) continue;
    s.mark(i, 'NAME', 'name-initials');
  }
}
