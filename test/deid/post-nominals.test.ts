// Post-nominals (session 29, fewer false positives): the degrees, certifications, fellowships and
// registrations written after a person's name ("Rose Frayne, RCIS", "t. almquist, bsn, rn",
// "Quinlan Reyes, FNP-C") are neither a name nor a place. They are claimed by
// credential-compounds.ts where a name's post-nominals stand (rules/en/deid-name-cues.yaml,
// nameWords.postNominals, with the credential lists); the names before them are still found.
// Invented examples.
import { describe, expect, it } from 'vitest';
import { ruleNames, rulePlaces } from './rule-spans.js';

describe('post-nominals after a name', () => {
  it.each([
    ['Cath lab\nCirculator: Rose Frayne, RCIS\nMonitor/recorder: Art Fenwick, CVT\n', ['RCIS', 'CVT'], ['Rose', 'Frayne', 'Art', 'Fenwick']],
    ['School visit\nSigned: Orrin Vale, CPNP 5/23\n', ['CPNP'], ['Orrin', 'Vale']],
    ['NURSING NOTE\nPT RESTING.\nSIGNED: PELL ANDERBY, BSN, RN\n', ['BSN'], ['PELL', 'ANDERBY']],
    ['signed: t. almquist, bsn, rn 09/28/25 at 18:50\n', ['bsn'], ['almquist']],
    ['LACTATION CONSULT W/ YUSUF GOLDHABER, IBCLC. NURSING RATIO 1:1.\n', ['IBCLC'], ['YUSUF', 'GOLDHABER']],
    ['cath lab\nrecorded by bill gillespie, rcis. reviewed and attested.\n', ['rcis'], ['bill', 'gillespie']],
    ['Telehealth visit\nPlan discussed.\n-- Quinlan Reyes, FNP-C 2/24/26\n', ['C'], ['Quinlan', 'Reyes']],
    ['VENT CHECK DONE.\n-- MG RRT-NPS / DP\n', ['NPS'], ['DP']],
  ])('leaves the post-nominal of %j and keeps the name', (text, notTaken, taken) => {
    const names = ruleNames(text);
    const places = rulePlaces(text);
    for (const w of notTaken) {
      expect(names).not.toContain(w);
      expect(places).not.toContain(w);
    }
    for (const w of taken) expect(names).toContain(w);
  });

  // The same letters where no post-nominal stands: initials signing after a verb or a dash, a
  // name after a comma in one-case text, a credential-shaped word before a name.
  it.each([
    ['Tech note\nScanned by RCS.\n', 'RCS'],
    ['Progress note\nDictated but not read -- CVT\n', 'CVT'],
    ['Sign-out\nPt seen with Dr. Pell, Ladc Quist at bedside.\n', 'Ladc'],
    ['NURSING NOTE\nREPORT GIVEN TO ANDERBY, BSN STUDENT PELL QUIST ON 5 NORTH.\n', 'QUIST'],
  ])('still takes the name in %j', (text, word) => {
    expect(ruleNames(text)).toContain(word);
  });
});
