// The organisations known by name (lexicons/organisations.txt), read once and keyed by their first
// word. Apart from the pass that matches them (known-organisations.ts) so the lexicon mask
// (lexicon-flags.ts) can mark first words without an import cycle.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { LEXICON_DIR } from '../lexicons.js';

/** An organisation of the lexicon: its name in lower case (words single-spaced) and whether it needs a cue. */
export interface KnownOrganisation {
  name: string;
  /** Marked "~": a maker whose name also names a product ("Medtronic pump"); taken only after a cue. */
  cueOnly: boolean;
}

// The first word of a name as the token scanner reads it: Latin letters and inner apostrophes.
const FIRST_WORD_RE = /^[a-z]+(?:'[a-z]+)*/;

/** Reads an organisation lexicon: one name per line, "#" comments, "~" before a name that needs a cue. */
export function parseOrganisations(text: string): Map<string, KnownOrganisation[]> {
  const byFirst = new Map<string, KnownOrganisation[]>();
  for (const line of text.split('\n')) {
    const raw = line.trim().toLowerCase();
    if (raw === '' || raw.startsWith('#')) continue;
    const cueOnly = raw.startsWith('~');
    const name = (cueOnly ? raw.slice(1) : raw).replace(/\s+/g, ' ').trim();
    const first = FIRST_WORD_RE.exec(name)?.[0];
    if (!first) continue;
    const list = byFirst.get(first) ?? [];
    list.push({ name, cueOnly });
    byFirst.set(first, list);
  }
  // Longest name first: "quest diagnostics" before "quest".
  for (const list of byFirst.values()) list.sort((a, b) => b.name.length - a.name.length);
  return byFirst;
}

let shipped: Map<string, KnownOrganisation[]> | undefined;
/** The shipped organisation lexicon (lexicons/organisations.txt), by first word, loaded once. */
export function knownOrganisationNames(): Map<string, KnownOrganisation[]> {
  shipped ??= parseOrganisations(readFileSync(path.join(LEXICON_DIR, 'organisations.txt'), 'utf8'));
  return shipped;
}

