import { describe, expect, it } from 'vitest';
import { detectPhi } from '../../src/deid/detect.js';

// Invented notes of two classes. (1) person-names.ts credentials, CREDENTIAL_LABEL: a credential
// that labels a field after a role in the participle ("REFERRING MD:", "SENDING MD (OURS):") names
// the role, not a person; a name before "MD:" stays. (2) rules/en/deid-name-cues.yaml credentials:
// the ambulance and neonatal credentials (NRP, EMT, AEMT, paramedic, NNP) close a signer's name and
// are no one's name themselves.
const names = (text: string) => detectPhi(text).filter((s) => s.category === 'NAME').map((s) => text.slice(s.start, s.end));

describe('credentials labelling a field', () => {
  it.each([
    ['RECEIVING MD: DR Ilse Brandauer\nBED 4', ['Ilse Brandauer'], 'RECEIVING'],
    ['CONSULTING MD (THEIRS): DR OKONJO\n', ['OKONJO'], 'CONSULTING'],
    ['Admitting NP: Corwin Abbey\n', ['Corwin Abbey'], 'Admitting'],
    ['ACCEPTING MD: DR TALLIS WEBER (ICU)', ['TALLIS WEBER'], 'ACCEPTING'],
  ])('takes the name, not the role, in %j', (text, want, role) => {
    const found = names(text).join(' ');
    for (const w of want) expect(found).toContain(w);
    expect(found).not.toContain(role);
  });

  it.each([
    ['Note by Odile Tamsin MD: see above', 'Odile Tamsin'],
    ['Note by Della Fleming MD: see above', 'Fleming'],
  ])('still finds the signer in %j', (text, want) => {
    expect(names(text).join(' ')).toContain(want);
  });
});

describe('ambulance and neonatal credentials', () => {
  it.each([
    ['HANDOFF COMPLETE\nPRUITT, PARAMEDIC', 'PRUITT', 'PARAMEDIC'],
    ['NICU aware (T. Oyelaran, NNP)', 'Oyelaran', 'NNP'],
    ['CREW: DESMOND K. ARROYO, NRP  4/2', 'ARROYO', 'NRP'],
    ['CREW: FENWICK HALE AEMT, JOSIE MARR EMT', 'JOSIE MARR', 'EMT'],
  ])('takes the signer, not the credential, in %j', (text, want, cred) => {
    const found = names(text);
    expect(found.join(' ')).toContain(want);
    expect(found).not.toContain(cred);
  });

  it.each(['EMT ON SCENE, PARAMEDIC INTERCEPT REQUESTED', 'ALS PARAMEDIC UNIT DISPATCHED', 'NNP AT DELIVERY, APGARS 8/9'])('keeps %j', (text) => {
    expect(names(text)).toEqual([]);
  });
});
