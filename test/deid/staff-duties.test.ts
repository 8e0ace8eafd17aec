import { describe, expect, it } from 'vitest';
import { detectFreeTextNames } from '../../src/deid/free-text-names.js';

// Invented notes (issue 11, session 24): a duty or unit written before a credential or a staff role
// ("Triage RN", "Flight RN", "Infusion RN") is no one's name; the person after it still is.
const names = (text: string) =>
  detectFreeTextNames(text, { model: null })
    .filter((s) => s.category === 'NAME')
    .map((s) => text.slice(s.start, s.end));

describe('duties before a credential', () => {
  it.each([
    ['ED TRIAGE NOTE  3-2 10:15p\nTriage RN: Odile Brannigan   ESI 3', ['Odile', 'Brannigan'], ['Triage', 'TRIAGE']],
    ['Triage nurse Kestrel P. obtained ECG at 9:10p.\nTriage RN Wendeline 1:50 PM', ['Wendeline'], ['Triage']],
    ['Flight RN Tobiah Marchetti gave report.', ['Tobiah', 'Marchetti'], ['Flight']],
    ['Endoscopy RN: Quillon Varga\nInfusion RN Perpetua Oyelaran', ['Quillon', 'Varga', 'Perpetua', 'Oyelaran'], ['Endoscopy', 'Infusion']],
    ['Precepting: Brisa K. Hollowell, MD', ['Brisa'], ['Precepting']],
  ])('%j', (text, found, kept) => {
    const got = names(text).join(' ');
    for (const w of found) expect(got).toContain(w);
    for (const w of kept) expect(got).not.toContain(w);
  });
});
