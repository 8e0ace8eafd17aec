// A name's post-nominals go on after the first credential (issue 11, false positives of names):
// "MD FACS", "RN BSN CCRN", "T., MSN, RN". A listed credential or post-nominal right after another
// credential (blanks or a comma between) is claimed, so no name pass takes it as a surname after
// "MD" or "RN"; in a one-case note only where the chain closes as post-nominals do, or a date
// follows. Invented examples.
import { describe, expect, it } from 'vitest';
import { rulePlaces, ruleNames } from './rule-spans.js';

const CHAINS = ['FACS', 'FACP', 'BSN', 'CCRN', 'MSN', 'FACC', 'CNOR', 'RDMS'];

describe('credential chains after a name', () => {
  it.each([
    ['Agree with above. Socorro Whitlock, MD FACS\n', ['Socorro', 'Whitlock']],
    ['Read and agreed, Ignatius Pellerin MD FACP, 3/14.\n', ['Ignatius', 'Pellerin']],
    ['Note entered by Marisol Quintavalle T., MSN, RN at 0400.\n', ['Marisol', 'Quintavalle', 'T']],
    ['Seen with Dr. Oduya; Hollis Brandvold MD FACC reviewed the tracing.\n', ['Oduya', 'Hollis', 'Brandvold']],
    ['Circulator: Perpetua Gansevoort RN CNOR\n', ['Perpetua', 'Gansevoort']],
  ])('keeps the chained credentials out of %j', (text, expected) => {
    expect([...ruleNames(text)].sort()).toEqual([...expected].sort());
  });

  it.each([
    ['CHARTED BY DELPHINE ACHTERBERG RN BSN CCRN MARCH 3 2026 0400\n'],
    ['SONO: TAMSIN OYELARAN RN RDMS\nIMPRESSION: NORMAL.\n'],
    ['charted by delphine achterberg rn, bsn, ccrn 3/3/26\n'],
  ])('takes no chained credential as a name in a one-case note: %j', (text) => {
    expect(ruleNames(text).filter((w) => CHAINS.includes(w.toUpperCase()))).toEqual([]);
  });

  it('leaves a credential-shaped word that opens a place name to the place passes', () => {
    // "MPH Radiology": after "md," but followed by neither a close, a credential nor a date.
    const text = 'final report signed by holloway md, mph radiology, dec 24 4:20 pm\n';
    const t = 'final report signed by holloway md, ';
    expect(text.startsWith(t)).toBe(true);
    expect(ruleNames(text)).not.toContain('mph');
    expect(rulePlaces(text).join(' ')).toBe(rulePlaces(text.replace('md, mph', 'md,  mph')).join(' '));
  });
});
