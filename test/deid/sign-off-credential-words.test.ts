// Sign-off credentials (issue 11): a name before "CNM" at a line's end is the signer, and in a
// mixed-case note a credential in capitals labelling a line ("CNM: Rui") is never taken for the
// name (claimed by credential-compounds.ts). Invented examples.
import { describe, expect, it } from 'vitest';
import { ruleNames as names } from './rule-spans.js';

describe('sign-off credentials', () => {
  it.each([
    ['Delivery note\nQBL 300 mL.\nTamsin R., CNM\n', ['Tamsin', 'R']],
    ['Triage\nVS stable.\nOrla Penhaligon CNM\n', ['Orla', 'Penhaligon']],
  ])('takes the signer in %j', (text, expected) => {
    expect(names(text).join(' ')).toEqual(expect.stringContaining(expected[0]!));
  });

  it.each([
    ['Progress note\nCNM: Rui\n', 'CNM'],
    ['Triage note\nPTA: Ode\n', 'PTA'],
    ['Postpartum\nIBCLC: Wren\n', 'IBCLC'],
    ['Rehab\nCOTA: Bex\n', 'COTA'],
  ])('never takes the credential in %j', (text, cred) => {
    expect(names(text)).not.toContain(cred);
  });
});
