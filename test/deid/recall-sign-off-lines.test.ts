import { describe, expect, it } from 'vitest';
import { detectFreeTextNames } from '../../src/deid/free-text-names.js';
import { nameCues } from '../../src/deid/rules/deid-rules.js';

// Invented notes of one class: the line that signs an entry (src/deid/free-text/sign-off-lines.ts;
// credentials in rules/en/deid-name-cues.yaml). In lower case or capitals the case cannot tell a
// name from a word, so the whole line's shape — initials, or a name before credentials, then only
// the date and time of signing — is the cue.
const names = (text: string) =>
  detectFreeTextNames(text, { model: null })
    .filter((s) => s.category === 'NAME')
    .map((s) => text.slice(s.start, s.end));
const signOff = (text: string) =>
  detectFreeTextNames(text, { model: null })
    .filter((s) => s.source === 'sign-off')
    .map((s) => text.slice(s.start, s.end));

describe('initials that sign an entry, alone on their line', () => {
  it.each([
    ['resident napping after lunch, no distress.\nqm/vr\n----------\nmeds given', ['qm', 'vr']],
    ['tolerated tube feed at goal.\n/zk\nNEXT ENTRY', ['zk']],
    ['skin check done, heels intact.\npd/ht March 3rd 6:10 PM\n\nPrinted by', ['pd', 'ht']],
    ['BED ALARM ON, CALL LIGHT IN REACH.\nGV/JQ 04/11/2025 23:15\n', ['GV', 'JQ']],
    ['no behaviours this shift.\n-- wk:fy\n', ['wk', 'fy']],
    ['refused shower, will reattempt.\nfk/\n', ['fk']],
  ])('%s', (text, expected) => {
    expect(signOff(text)).toEqual(expected);
  });
});

describe('a name before credentials, then only the date and time', () => {
  it.each([
    ['ate 75% of dinner.\nmarisol quintero-baez, LPN, WCC 2025-02-14 7:05pm\n', ['marisol', 'quintero', 'baez']],
    ['ambulated 150 ft with rolling walker.\nbodhi nakamura dpt, atc Feb 2 10:15am', ['bodhi', 'nakamura']],
    ['DIALYSIS RUN COMPLETED WITHOUT ISSUE.\nOKSANA DVORAK RN 11/02/24 1430', ['OKSANA', 'DVORAK']],
    ['family updated by phone.\n~ Tamsin R. Achterberg, LCSW\n', ['Tamsin', 'R', 'Achterberg']],
    ['care plan reviewed with daughter.\nZY SSD 9/30 0915\n', ['ZY']],
    ['weight stable.\nifeoma CNA/CMA\n', ['ifeoma']],
  ])('%s', (text, expected) => {
    // Some of these an earlier pass (credentials) takes first; the name is taken either way.
    expect(names(text)).toEqual(expect.arrayContaining(expected));
  });
});

describe('initials that spell an abbreviation, signing before credentials or after a slash with a stamp', () => {
  it.each([
    ['call light in reach.\nKT RN\n\nADDENDUM: pain 6/10', ['KT']],
    ['skin intact, heels floated.\nbp rn, wcc\n', ['bp']],
    ['tolerated tube feeds.\nAC RRT 2024-03-02 0610\n', ['AC']],
    ['no distress overnight.\nhr LPN/CMA 11-Mar-2025 06:40am\n', ['hr']],
    ['voided x2.\nCO cna\n', ['CO']],
    ['ambulated in hall.\n/gt 4/2/25 7:15pm\n', ['gt']],
    ['ostomy pouch changed.\nv. fisher rn (badge 40117)\n', ['v', 'fisher']],
    ['wound packed.\nA. Chest RN, WCC\n', ['A', 'Chest']],
  ])('%j', (text, expected) => {
    expect(names(text)).toEqual(expect.arrayContaining(expected));
  });
});

describe('initials pairs where one group spells a word or an abbreviation, and the typist after a transcription cue', () => {
  it.each([
    // A pair below a line of text, one group no word at all.
    ['ate half of lunch.\nqrv/ot\n', ['qrv', 'ot']],
    ['BED IN LOW POSITION.\nBY/ZK\n', ['BY', 'ZK']],
    ['**signed electronically by the attending**\ntjw/is\n', ['tjw', 'is']],
    // A pair with a signing date: any groups but function words.
    ['heels floated.\nCC/BP 3/9/24 2215\n', ['CC', 'BP']],
    ['in bed, call light on.\nra/hs jun 4 6:05am\n', ['ra', 'hs']],
    // A lone two-letter group below an ended entry.
    ['refused lunch, ate snacks.\n/as\n', ['as']],
    ['TURNED Q2H.\n/TF\n', ['TF']],
    // The typist's initials after a transcription cue, on the cue's line.
    ['Dictated by Omar Reyes, PA. kmr/tl\n', ['kmr', 'tl']],
    ['FINAL. TRANSCRIBED: QHN/BD\n', ['QHN', 'BD']],
    ['D: 4/2 T: 4/3 JRW/SK\n', ['JRW', 'SK']],
    ['dictated, not read. typed gw/dm\n', ['gw', 'dm']],
    // A dictation stamp after the pair.
    ['Sincerely,\n\nlqp/ahr  D: 3/2/21  T: 3/4/21  #44718\n', ['lqp', 'ahr']],
    ['SIGNED.\nNVE/KB  D:MARCH 2, 2021  T:MARCH 4, 2021  JOB #6613\n', ['NVE', 'KB']],
  ])('%j', (text, expected) => {
    // A pair that is no word an earlier pass (initials) may take first; it is taken either way.
    expect(names(text)).toEqual(expect.arrayContaining(expected));
  });
});

describe('lines of the same shape that sign nothing', () => {
  it.each([
    'plan discussed.\nDNR/DNI\n',
    'strict intake.\nI/O\n',
    'orders received.\nPT OT SLP\n',
    'handoff given.\nICU RN\n',
    'report called.\nPACU RN 10/2 1400\n',
    'no change.\nwound care rn\n',
    'see flowsheet.\nmg/dl\n',
    'vitals stable.\nyes/no\n',
    'to be seen.\nSeen by PT\n',
    'aware of results.\nMD aware\n',
    'pain controlled, resting comfortably with eyes closed, call light in reach, RN 1400\n',
    'night shift summary.\nCharge RN\n',
    'tolerated well.\nhr/day\n',
    'report given.\nED RN, CEN 1400\n',
    'no acute events.\nOK RN\n',
    'dressing dry.\nPT DPT\n',
    'sats 94%.\nam rn\n',
    'drip at 5 mcg/kg\n/min 12/2\n',
    // A heading pair on a note's first line, units, function words, credentials, field labels.
    'PT/RSD\nseen at bedside.',
    'glucose 140 this am.\nmg/dl\n',
    'titrated overnight.\nmcg/min\n',
    'infusion continues.\n/hr\n',
    'both discussed.\nhe/she\n',
    'consent signed.\nand/or 3/4\n',
    'dictated by the fellow.\nMD/PhD\n',
    'Dictated by: Omar Reyes, MD\nDD/DT: 04/29/2005/04/30/2005\n',
    'age 85\nmrn/res id: 000697637\n',
    'transcribed and reviewed with the team, DNR/DNI\n',
    'typed by the unit clerk, see PT/OT\n',
  ])('%s', (text) => {
    expect(signOff(text)).toEqual([]);
  });

  it('takes no word of a sentence that ends in a credential', () => {
    expect(names('Discussed the plan with the covering RN\nand the family.')).toEqual([]);
  });

  it('reads its credentials from the name cues', () => {
    expect(nameCues().cues.signOffCredentials.words).toEqual(expect.arrayContaining(['cna', 'otr/l', 'ccc-slp', 'wcc']));
  });
});

describe('a lone group of initials after an initials lead, closing its clause', () => {
  it.each([
    ['CALLED TO AND READ BACK BY DANA OKAFOR, RN, AT 7:12 PM BY KQT. CSF CLEAR', 'KQT'],
    ['results called to Dr. Lee by vmr at 0640.', 'vmr'],
    ['Tech: JRD   Interpreting physician: Ames, Lia, MD', 'JRD'],
    ['DR. HAY NOTIFIED BY ZGW, READ BACK.', 'ZGW'],
    ['Specimen collected by qrn.', 'qrn'],
    ['K 6.1 reported to Dr. Ito by TLW.', 'TLW'],
  ])('%j', (text, initials) => {
    expect(names(text)).toContain(initials);
  });

  it.each([
    ['seen by ENT. plan to scope', 'ENT'],
    ['Verified by RN.', 'RN'],
    ['accompanied by mom.', 'mom'],
    ['confirmed by CXR.', 'CXR'],
    ['given by mouth, tolerated.', 'mouth'],
    // Laboratory, pathology, neurophysiology and imaging methods after "by" (lexicons/clinical-terms.txt).
    ['ER positive (90%), HER2 2+ by IHC.', 'IHC'],
    ['amplification not detected by ISH.', 'ISH'],
    ['influenza A detected by PCR, droplet precautions.', 'PCR'],
    ['KRAS G12C found by NGS; BRAF wild type.', 'NGS'],
    ['M-spike quantified by IFE.', 'IFE'],
    ['mass localised by EUS, FNA sent.', 'EUS'],
    ['denervation shown by EMG.', 'EMG'],
    ['OSA confirmed by PSG, AHI 31.', 'PSG'],
    ['aneurysm excluded by DSA.', 'DSA'],
    // After "by" with no act of reporting or doing before it and no clock time after it: a method or a service.
    ['Diagnosis established by QRZ.', 'QRZ'],
    ['nodule sampled by VTX, 3 passes', 'VTX'],
    ['malignancy excluded by KLM.', 'KLM'],
  ])('stays: %j', (text, word) => {
    expect(names(text)).not.toContain(word);
  });
});

describe('the signer after an electronic signature mark opening its line (signatureMarks)', () => {
  it.each([
    ['impression unchanged.\n\n/s/ GREEN 02/14/2019\n', ['GREEN']],
    ['/S/ BAKER 03-APR-2016', ['BAKER']],
    ['no acute process.\n/s/ rivers 11/30/2020 0815', ['rivers']],
    ['/S/ WELLS, JUNE  (pager 4411)', ['WELLS', 'JUNE']],
  ])('%j', (text, expected) => {
    expect(signOff(text)).toEqual(expected);
  });

  it('passes over a title (the title pass may take the name first)', () => {
    expect(names('/s/ Dr. Hale 4/4/2020')).toContain('Hale');
  });

  it.each(['/s/ electronically signed by the attending', '/s/ clinic staff will call back', '/s/ see above note', 'mid-line /s/ Walker 3/3'])('takes nobody in %j', (text) => {
    expect(signOff(text)).toEqual([]);
  });
});

describe('a name opening a line that ends with a pager or an extension in brackets (pagerLines)', () => {
  it.each([
    ['Specimens: none.\n\nGarland  (IR pager 5521)\n', ['Garland']],
    ['EBL MINIMAL.\n\nFROST  (VIR PAGER 7710)\n', ['FROST']],
    ['plan as above\n-- Wren (pgr 30911)', ['Wren']],
  ])('%j', (text, expected) => {
    expect(signOff(text)).toEqual(expected);
  });

  it.each(['Cardiology (pager 4411)\n', 'on call (x2233)\n', 'Charge nurse (ext 4410)\n', 'see note (pager 1234) for details', 'bed board (ext 55212)\n', 'Nursing Station (x4410)\n'])('takes nobody in %j', (text) => {
    expect(signOff(text)).toEqual([]);
  });
});

describe('a word after a dash closing a line after a sentence signs the message (name-positions.ts, dash-sign-off)', () => {
  it.each([
    ['Rx sent. Pt notified via portal. -Wexley\nSigned: Dr. Roe', ['Wexley']],
    ['I moved to Tollerby, NJ. -Quilla\nStaff note', ['Quilla']],
    ['nobody picks up. -tavi\n---', ['tavi']],
  ])('%j', (text, expected) => {
    expect(names(text)).toEqual(expect.arrayContaining(expected));
  });

  it.each(['see above. -Thanks\n', 'call back. -pt\n', 'ok. -RN\n', 'done. - Team\n'])('takes nobody in %j', (text) => {
    for (const w of ['Thanks', 'pt', 'RN', 'Team']) expect(names(text)).not.toContain(w);
  });
});
