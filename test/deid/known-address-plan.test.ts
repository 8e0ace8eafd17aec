import { describe, expect, it } from 'vitest';
import { compileKnown, isAmbiguousName, normName, plainPhraseWords, titleCase, type KnownMatcher } from '../../src/deid/known-identifiers.js';
import { foldDiacritics } from '../../src/deid/fold-text.js';
import type { KnownIdentifiers } from '../../src/domain/report.js';

// Issue 11 (speed): what an address, an e-mail or an organisation adds to a matcher is worked out
// once per value. A matcher compiled from memoised parts must hold what the per-report loop put in
// it, in the same order (the order of phrase rules is the order of their hits).
const known = (addresses: string[], organizations: string[] = [], emails: string[] = []): KnownIdentifiers => ({
  patientNames: [],
  providerNames: [],
  patientIds: [],
  otherIds: [],
  addresses,
  phones: [],
  emails,
  organizations,
});

/** The per-report loop the memo replaced, as its effects in order (`re` phrases by their source). */
function loopEffects(k: KnownIdentifiers): string[] {
  const out: string[] = [];
  const phrase = (p: string, category: string) => {
    const head = p.trim().split(/[\s,]+/)[0]!.toLowerCase();
    if (head === '') return;
    const words = plainPhraseWords(p);
    out.push(`phrase ${category} ${head} ${words ? `w:${words.join('|')}` : 're'}`);
  };
  for (const e of k.emails) if (e.includes('@')) phrase(e, 'EMAIL');
  for (const a of k.addresses) {
    for (const raw of a.split(/[,^\n;]+/)) {
      const part = raw.trim();
      if (part.length < 3 || ['usa', 'us', 'united states', 'united states of america', 'america', 'canada', 'uk'].includes(part.toLowerCase()) || /^[A-Z]{2}$/.test(part)) continue;
      if (/^\d{5}(?:-\d{4})?$/.test(part)) out.push(`id ${part.slice(0, 5)} ZIP`);
      else if (!/\s/.test(part) && isAmbiguousName(part)) out.push(`cased ${titleCase(part)} ${foldDiacritics(part).toUpperCase()}`);
      else if (!/\s/.test(part) && /^[\p{L}\p{M}'’-]+$/u.test(part)) out.push(`name ${normName(part)}`);
      else phrase(part, 'ADDRESS');
    }
  }
  for (const o of k.organizations) if (o.trim().length >= 3) phrase(o, 'INSTITUTION');
  return out;
}

/** A matcher's contents in a comparable form (sets and maps in insertion order). */
function contents(m: KnownMatcher) {
  return {
    names: [...m.names],
    namesCased: [...m.namesCased],
    places: [...m.places],
    ids: [...m.ids],
    phrases: m.phraseRules.map((r) => `phrase ${r.category} ${r.head} ${r.words ? `w:${r.words.join('|')}` : 're'}`),
  };
}

/** What the loop's effects make of an empty matcher's sets. */
function expected(k: KnownIdentifiers) {
  const names: string[] = [];
  const namesCased: string[] = [];
  const places: string[] = [];
  const ids: Array<[string, string]> = [];
  const phrases: string[] = [];
  for (const e of loopEffects(k)) {
    const [kind, a, b] = e.split(' ');
    if (kind === 'id') ids.push([a!, b!]);
    else if (kind === 'cased') {
      namesCased.push(a!, b!);
      places.push(a!, b!);
    } else if (kind === 'name') {
      names.push(a!);
      places.push(a!);
    } else phrases.push(e);
  }
  const uniq = <T>(xs: T[]) => [...new Set(xs)];
  return { names: uniq(names), namesCased: uniq(namesCased), places: uniq(places), ids, phrases };
}

const CASES: KnownIdentifiers[] = [
  known(['507 Wexford Road, Ashbourne, IL, 24035']),
  known(['12 Hope St^Hope^MA^02134-1234^USA', 'Springfield; Canada', 'Ñandú Way, Québec\n90210'], ['SYNTH GENERAL', 'SYNTH', 'ab']),
  known(['Apt 4, Grace, Faith, Will, Rose Hill', ', , ;', '  Bay  View  Rd  '], ['#7 Clinic', 'Café Lumière'], ['pt0@mailbox.test', 'no-at-sign']),
];

describe('known identifiers: memoised address and phrase parts', () => {
  it.each(CASES.map((k, i) => [i, k] as const))('case %i: the matcher holds what the per-report loop added, compiled fresh and again from the memo', (_, k) => {
    const first = contents(compileKnown(k));
    const again = contents(compileKnown(structuredClone(k)));
    expect(first).toEqual(expected(k));
    expect(again).toEqual(first);
  });

  it('keeps one regex for a phrase the words cannot match, sticky and case-insensitive', () => {
    const m = compileKnown(known([], ['Café Lumière']));
    expect(m.phraseRules).toHaveLength(1);
    expect(m.phraseRules[0]!.re?.flags).toBe('iy');
  });
});
