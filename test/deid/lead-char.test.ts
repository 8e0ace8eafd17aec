import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { leadChar } from '../../src/deid/lead-char.js';
import { patternLeads } from '../../src/deid/patterns.js';
import { seededRandom, syntheticCase, syntheticCaseHl7 } from '../../src/deid/synthetic-phi.js';

// Issue 11 (speed): a pattern whose matches all start with one character skips to that character
// with indexOf; the character must be one every match starts with.
describe('leadChar', () => {
  it('reads a leading literal punctuation character, plain or escaped', () => {
    expect(leadChar(/@a/g)).toBe('@');
    expect(leadChar(/\((\d)\)/g)).toBe('(');
    expect(leadChar(/,\s*x/gi)).toBe(',');
    expect(leadChar(/#(?:a|b)/g)).toBe('#');
  });

  it('promises nothing for letters, digits, classes, quantified or alternative starts, and lookarounds', () => {
    for (const re of [/a/, /A/i, /1/, /\d/, /[@]/, /@?x/, /@*x/, /@{1,2}/, /@a|b/, /(?:@a)|b/, /(?<=x)@/, /(@)/, /^@/, /\bx/, /’x/, /_x/, / x/])
      expect(leadChar(re), re.source).toBeUndefined();
    expect(leadChar(/@[|]a/)).toBe('@');
    expect(leadChar(/@(?:a|b)\|c/)).toBe('@');
  });

  it('holds for every pattern rule given one: each match starts with it', () => {
    const leads = patternLeads();
    expect(leads.map((l) => l.lead)).toContain('@');
    const r = seededRandom(5);
    const texts = [readFileSync(new URL('../fixtures/deid/notes.text', import.meta.url), 'utf8')];
    for (let i = 0; i < 200; i++) texts.push(syntheticCaseHl7(syntheticCase(i, r), i));
    texts.push('mail a.b@x.org (555) 123-4567 (7-1234) (555-1234), MA 02115, Il 62704 ((( @@ ,,');
    let n = 0;
    for (const { id, re, lead } of leads) {
      for (const t of texts) {
        for (const m of t.matchAll(re)) {
          n++;
          expect(m[0][0], id).toBe(lead);
        }
      }
    }
    expect(n).toBeGreaterThan(50);
  });
});
