// Organisations known by name (issue 11, recall of locations on unseen notes): a patient's pharmacy,
// insurer, laboratory, equipment supplier, ambulance service, care chain or employer, named as a
// national or regional company ("rx sent to CVS", "CPAP from Apria", "works at Target", "Ins:
// AETNA"). The names are a lexicon (lexicons/organisations.txt); the cues that make an ordinary
// word one of them are data (rules/en/deid-place-cues.yaml, knownOrganisations).
import { LEX, NAME_LISTS } from '../lexicon-flags.js';
import { knownOrganisationNames, type KnownOrganisation } from './organisation-names.js';
import * as tokenScanner from './token-scanner.js';
import type { TokenScanner } from './token-scanner.js';
import { placeCues, type PlaceCueSets } from './place-rules.js';

// Bound once at load (see token-scanner.ts: under tsx's CommonJS output an import is a getter call).
const { isCap } = tokenScanner;

/** End offset of `name` written at `from` (blanks for its spaces, any case, curly apostrophes), or -1. */
function nameEnd(text: string, from: number, name: string): number {
  let p = from;
  for (let k = 0; k < name.length; k++) {
    const c = name[k]!;
    if (c === ' ') {
      if (text[p] !== ' ' && text[p] !== '\t') return -1;
      while (text[p] === ' ' || text[p] === '\t') p++;
      continue;
    }
    const t = text[p];
    if (t === undefined) return -1;
    const lower = t === '’' ? "'" : t.toLowerCase();
    if (lower !== c) return -1;
    p++;
  }
  // A whole name: no letter or digit goes on after it ("Targets", "CVS2").
  return /[A-Za-z0-9]/.test(text[p] ?? '') ? -1 : p;
}

// A model number after a name: digits, or up to three letters and digits ("2008K", "S9", "PM-2272").
const MODEL_AFTER = /^[ \t]+(?:\p{L}{1,3}-?)?\d/u;
// Words a name of ordinary words is: any English, clinical or function word, or a lone letter ("Big Y").
const ORDINARY = LEX.COMMON | LEX.CLINICAL | LEX.VOCAB | LEX.STOP;
// A person's name: a lone word of the name lists is a company only where no person could stand.

/**
 * Organisations of the lexicon, by name: an entry holding a word no vocabulary holds ("Walgreens",
 * "UnitedHealthcare", "rite aid") wherever it stands; an entry of ordinary words ("Target", "Quest",
 * "Big Y", "CVS"), a lone word a name list holds ("Kohler") or a maker ("~medtronic") only after a
 * cue: a preposition ("works at Target", "labs via Quest"; "to" after a verb of sending: "rx sent to
 * CVS"), a label's colon or a bracket closed by the name ("Pharmacy: Target", "(Aetna)"), or a
 * branch word after it ("Big Y pharmacy"). An ordinary name is not taken before a clinical or
 * ordinary word that goes on the phrase ("at Target INR", "from Quest for answers"). In a
 * mixed-case note the name is capitalised, and a name of two ordinary words or more written in
 * Title case needs no cue ("To the medical desk, American Airlines"). Branch words after the name join it.
 */
export function knownOrganisations(s: TokenScanner, cues: PlaceCueSets = placeCues(), names: Map<string, KnownOrganisation[]> = knownOrganisationNames()): void {
  const { tokens, text } = s;
  const shippedNames = names === knownOrganisationNames();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // Most words open no name of the lexicon: one bit of the mask says so (shipped lexicon only).
    if (shippedNames && (t.flags & LEX.ORG_NAME_START) === 0) continue;
    const cands = names.get(t.lower);
    if (cands === undefined || s.marked.has(i)) continue;
    // Capitalised in a mixed-case note, or written with an inner capital ("iMedX", "eClinical").
    if (s.style === 'mixed' && !isCap(t.word) && !/[A-Z]/.test(t.word)) continue;
    let end = -1;
    let org: KnownOrganisation | undefined;
    for (const c of cands) {
      end = nameEnd(text, t.start, c.name);
      if (end >= 0) {
        org = c;
        break;
      }
    }
    if (!org) continue;
    let last = i;
    while (last + 1 < tokens.length && tokens[last + 1]!.start < end) last++;
    let free = true;
    let ordinary = true;
    for (let k = i; k <= last; k++) {
      if (s.marked.has(k)) free = false;
      const w = tokens[k]!;
      if (w.lower.length > 1 && (w.flags & ORDINARY) === 0) ordinary = false;
    }
    if (!free) continue;
    const personWord = last === i && (t.flags & NAME_LISTS) !== 0;
    // What stands after the name: a branch word joins it; an ordinary word goes on a phrase.
    const next = tokens[last + 1];
    const nextJoined = next !== undefined && s.blankBetween(last, last + 1);
    const head = nextJoined && cues.knownOrgHeads.has(next.lower);
    // "Carrier: Anthem until June 2020": a conjunction of time ends the name and goes on no phrase of it.
    const phraseGoesOn = nextJoined && !head && !cues.orgEnders.has(next.lower) && (next.flags & LEX.STOP) === 0 && ((next.flags & LEX.CLINICAL) !== 0 || ((next.flags & LEX.COMMON) !== 0 && !isCap(next.word)));
    // "American Airlines", "Home Depot": ordinary words of a name of two or more, each capitalised in
    // a mixed-case note, are the name wherever they stand.
    const titled = ordinary && !org.cueOnly && last > i && s.style === 'mixed' && tokens.slice(i, last + 1).every((w) => isCap(w.word) && (w.flags & LEX.STOP) === 0);
    // A maker's name before a model number names the product ("via Fresenius 2008K", "by Medtronic 5392").
    if (org.cueOnly && MODEL_AFTER.test(text.slice(end, end + 8))) continue;
    if ((ordinary || personWord || org.cueOnly) && !head && !titled) {
      const cue = cueBefore(s, i, end, cues);
      const strong = cue === 'strong' || cue === 'label';
      // A maker's name of its own (not a word) needs any cue but a bracket after a device.
      const enough = org.cueOnly && !ordinary && !personWord ? strong || cue === 'weak' : strong;
      if (!enough || phraseGoesOn) continue;
    }
    const stop = head ? last + 1 : last;
    for (let k = i; k <= stop; k++) s.mark(k, 'INSTITUTION', 'place-org-known');
    i = stop;
  }
}

/**
 * Whether the bracket before token `i` follows a person or a representative ("Vendor rep present:
 * Jo Lee (Gore)") rather than a device or a product ("pacemaker (Boston Scientific)").
 */
function bracketAfterPerson(s: TokenScanner, p: number, i: number, cues: PlaceCueSets): boolean {
  const prev = s.tokens[p];
  if (prev === undefined) return false;
  if ((prev.flags & (LEX.COMMON | LEX.CLINICAL | LEX.STOP)) === 0) return true;
  const lineStart = s.text.lastIndexOf('\n', s.tokens[i]!.start) + 1;
  for (let k = p; k >= 0 && s.tokens[k]!.start >= lineStart; k--) if (cues.knownOrgRepWords.has(s.tokens[k]!.lower)) return true;
  return false;
}

/**
 * The cue right before the name starting at token `i` (and ending at `end`): a strong preposition
 * (or "to" after a verb of sending), any other preposition of the list ('weak'), a label's colon or
 * an opening bracket closed right after the name after a person ('label'), or such a bracket after
 * anything else, a device or a product ('bracket').
 */
function cueBefore(s: TokenScanner, i: number, end: number, cues: PlaceCueSets): 'strong' | 'weak' | 'label' | 'bracket' | undefined {
  const { tokens, text } = s;
  let p = i - 1;
  if (p >= 0 && tokens[p]!.lower === 'the' && s.blankBetween(p, i)) p--;
  const gapStart = p >= 0 ? tokens[p]!.end : 0;
  const gap = text.slice(gapStart, tokens[p + 1]!.start);
  // "(Aetna)", "rep present: Jo Lee (Gore)": a bracket the name closes.
  if (/\([ \t]*$/.test(gap) && /^[ \t]*\)/.test(text.slice(end, end + 3))) return bracketAfterPerson(s, p, i, cues) ? 'label' : 'bracket';
  if (p < 0) return undefined;
  const prev = tokens[p]!;
  if (/^[ \t]*:[ \t]*$/.test(gap) || /^[ \t]*\([ \t]*$/.test(gap)) {
    for (const words of cues.knownOrgLabels) {
      const from = p - words.length + 1;
      if (from >= 0 && words.every((w, n) => tokens[from + n]!.lower === w && (n === 0 || s.blankBetween(from + n - 1, from + n)))) return 'label';
    }
    return undefined;
  }
  // "w/ Apria": the slash of the short form is part of the preposition.
  if (!/^[ \t]+$/.test(gap) && !(prev.lower === 'w' && /^\/[ \t]*$/.test(gap))) return undefined;
  if (cues.knownOrgStrongPrepositions.has(prev.lower)) return 'strong';
  if (prev.lower === 'to' && p > 0 && s.blankBetween(p - 1, p) && cues.knownOrgSendVerbs.has(tokens[p - 1]!.lower)) return 'strong';
  return cues.knownOrgPrepositions.has(prev.lower) ? 'weak' : undefined;
}
