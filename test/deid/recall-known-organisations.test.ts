import { describe, expect, it } from 'vitest';
import { detectFreeTextNames } from '../../src/deid/free-text-names.js';
import { knownOrganisations } from '../../src/deid/free-text/known-organisations.js';
import { parseOrganisations } from '../../src/deid/free-text/organisation-names.js';
import { TokenScanner } from '../../src/deid/free-text/token-scanner.js';
import { tokenStream } from '../../src/deid/token-stream.js';
import { loadLexicons } from '../../src/deid/lexicons.js';
import { clippedWords, commonWords } from '../../src/deid/free-text/vocabulary.js';

// Invented notes of one class: a patient's pharmacy, insurer, laboratory, supplier, ambulance
// service or employer named as a company of the lexicon (lexicons/organisations.txt; cues in
// rules/en/deid-place-cues.yaml, knownOrganisations; src/deid/free-text/known-organisations.ts).
const known = (text: string) =>
  detectFreeTextNames(text, { model: null })
    .filter((s) => s.source === 'place-org-known')
    .map((s) => text.slice(s.start, s.end));

describe('a company of the lexicon, named as an organisation', () => {
  it.each([
    // A name no vocabulary holds, wherever it stands.
    ['Walgreens called - qty limit on albuterol.', ['Walgreens']],
    ['Referral DENIED by Humana, out of network.', ['Humana']],
    ['PA submitted to UnitedHealthcare ref # 55.', ['UnitedHealthcare']],
    ['pa submitted to unitedhealthcare ref # 55.', ['unitedhealthcare']],
    ['RX FAXED TO RITE AID, WILL CALL BACK.', ['RITE', 'AID']],
    ['O2 concentrator delivered by Lincare today.', ['Lincare']],
    ['Transcriptionist: L. Moss, iMedX\nJob ID 5512', ['iMedX']],
    // Ordinary words after a strong cue, a label or a bracket, or before a branch word.
    ['He works nights at Target as a stocker.', ['Target']],
    ['works at target, 30 hrs/wk.', ['target']],
    ['Lab: Quest called 4/7 17:31, tech on line.', ['Quest']],
    ['Rx sent to CVS in Clayton.', ['CVS']],
    ['refill was sent to cvs.', ['cvs']],
    ['Home meds per Big Y pharmacy fill hx.', ['Big', 'Y', 'pharmacy']],
    ['RETIRED, USED TO WORK AT UPS.', ['UPS']],
    ['Auth # DJ1394 (Cigna).', ['Cigna']],
    // A name of two ordinary words or more in Title case, in a mixed-case note, without a cue.
    ['To the Airline Medical Desk, American Airlines', ['American', 'Airlines']],
    ['She volunteers for the Salvation Army weekly.', ['Salvation', 'Army']],
    // A maker after a representative, a person or a preposition.
    ['Vendor rep present: Hal Moreno (Ethicon).', ['Ethicon']],
    ['rep from Medtronic to interrogate device.', ['Medtronic']],
    // A dialysis maker whose name is also its chain's: after a cue, as a place of treatment.
    ['Dialyzes MWF at Fresenius in Lowell.', ['Fresenius']],
    ['outpt hd chair at fresenius, tues/thurs/sat.', ['fresenius']],
    ['Chair time confirmed w/ Fresenius Kidney Care.', ['Fresenius', 'Kidney', 'Care']],
  ])('%j', (text, expected) => {
    expect(known(text)).toEqual(expected);
  });
});

describe('the same words that name no organisation', () => {
  it.each([
    'Target INR 2-3, aim at Target INR.',
    'aiming at target range for glucose.',
    'on a quest for answers.',
    'CVS: RRR, no murmur. CVS exam normal.',
    'Medtronic pacemaker interrogated, normal function.',
    'pacemaker (Boston Scientific) for SSS.',
    // Dialysis machines and dialysers named by their maker.
    'Fresenius 2008T machine, Optiflux 180 dialyzer.',
    'HD via Fresenius 2008K, BFR 400, DFR 600.',
    'Home HD on NxStage System One, trained by RN.',
    'Dialyzer: Nipro Elisio 19H. Bath 2K/2.5Ca.',
    'Gambro Prismaflex CRRT, CVVHDF.',
    'interrogated by Medtronic 2090 programmer.',
    'CPAP from ResMed S9 at 10 cm H2O.',
    'Dr. Kohler saw the patient.',
    'ups and downs with mood.',
    'went to the home depot of his memory',
    'walgreens',
  ])('%j', (text) => {
    // A lone lower-case name in a mixed-case note is left alone; the last line is one-case and is taken.
    const expected = text === 'walgreens' ? ['walgreens'] : [];
    expect(known(text)).toEqual(expected);
  });
});

describe('the lexicon reader', () => {
  it('keys names by their first word, longest first, and reads the cue-only mark', () => {
    const m = parseOrganisations('# comment\nquest\nquest diagnostics\n~gore\n\nstop & shop\n');
    expect(m.get('quest')!.map((o) => o.name)).toEqual(['quest diagnostics', 'quest']);
    expect(m.get('gore')).toEqual([{ name: 'gore', cueOnly: true }]);
    expect(m.get('stop')![0]!.name).toBe('stop & shop');
  });

  it('takes an invented lexicon: the mechanism is the lexicon and the cues, not the shipped names', () => {
    const names = parseOrganisations('zentrix pharmacy group\nacorn\n');
    const text = 'Meds from Zentrix Pharmacy Group. He works at Acorn as a clerk. An acorn fell.';
    const s = new TokenScanner(tokenStream(text), loadLexicons(), commonWords(), clippedWords());
    knownOrganisations(s, undefined, names);
    expect(s.spans.map((p) => text.slice(p.start, p.end))).toEqual(['Zentrix', 'Pharmacy', 'Group', 'Acorn']);
  });
});

// A hospital called by one word of its name after "the" (rules/en/deid-place-cues.yaml nicknames;
// nicknamesAfterMoves in src/deid/free-text/place-shapes.ts).
const nicknames = (text: string) =>
  detectFreeTextNames(text, { model: null })
    .filter((s) => s.source === 'place-nickname')
    .map((s) => text.slice(s.start, s.end));

describe('a hospital called by a nickname after a preposition and "the"', () => {
  it.each([
    ['Ms. Ito admitted from the U for skilled PT/OT.', ['U']],
    ['RESIDENT TRANSFERRED TO THE GENERAL. BELONGINGS SENT.', ['GENERAL']],
    ['transplant referral to the Regional - evaluated 2019.', ['Regional']],
    ['came back from the Mount on 3/4 after a 5 day stay.', ['Mount']],
    ['labs drawn at the Memorial lab today.', ['Memorial']],
    ['pt sent to the u for cath, family aware.', ['u']],
  ])('%j', (text, expected) => {
    expect(nicknames(text)).toEqual(expected);
  });

  it.each([
    'seen by the general surgery team.',
    'in the General Medicine clinic today.',
    'transferred to the general floor.',
    'keep the u/s probe clean.',
    'pt sent to the general ward.',
    'most in the general population.',
  ])('stays: %j', (text) => {
    expect(nicknames(text)).toEqual([]);
  });
});
