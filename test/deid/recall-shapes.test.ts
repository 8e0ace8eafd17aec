import { describe, expect, it } from 'vitest';
import { detectFreeTextNames } from '../../src/deid/free-text-names.js';

// Invented notes: rule classes found by scoring held-out folds rewritten with surrogates of other shapes (issue 11).
const found = (text: string, category?: string) =>
  detectFreeTextNames(text, { model: null })
    .filter((s) => category === undefined || s.category === category)
    .map((s) => text.slice(s.start, s.end));

describe('surname particles after a relation or a title', () => {
  it('takes the particles with the surname after a relation word, in capitals and mixed case', () => {
    expect(found('SOCIAL: ABLE TO CONTACT BROTHER VON DRASKOW VIA SW.', 'NAME')).toEqual(['VON', 'DRASKOW']);
    expect(found('HIS SON, VAN DER QUILLEN, CALLED TWICE.', 'NAME')).toEqual(expect.arrayContaining(['VAN', 'DER', 'QUILLEN']));
    expect(found('Visited by her daughter de la Torvena this evening.', 'NAME')).toEqual(['de', 'la', 'Torvena']);
  });

  it('takes "St." as a particle after a title', () => {
    expect(found('ETT ADVANCED BY DR. ST. OKWARA, NOW 24 AT LIP.', 'NAME')).toEqual(['ST', 'OKWARA']);
    expect(found('Discussed with Dr. St. Brevane from anesthesia.', 'NAME')).toEqual(['St', 'Brevane']);
  });

  it('leaves particle-shaped words that lead to no name', () => {
    expect(found('Son de-escalated the argument and left.', 'NAME')).toEqual([]);
    expect(found('BROTHER AL DENTE PASTA BROUGHT IN.', 'NAME')).not.toContain('PASTA');
  });
});

describe('generic words of a place name around a found place', () => {
  it('grows a place to the tail word after it and the head word before it', () => {
    expect(found('HPI: WAS ADMITTED TO ZORBRIDGE JUNCTION FROM HOME.', 'LOCATION')).toEqual(['ZORBRIDGE', 'JUNCTION']);
    expect(found('she lives in quelmore creek with her son', 'LOCATION')).toEqual(['quelmore', 'creek']);
    expect(found('Pt lives in Quenbry Falls with her son.', 'LOCATION')).toEqual(['Quenbry', 'Falls']);
    expect(found('plan to transfer to St. Idrenna today.', 'LOCATION')).toEqual(['St', 'Idrenna']);
  });

  it('leaves tail and head words that follow or precede no place', () => {
    expect(found('Patient falls risk high; point tenderness at the creek of the elbow.', 'LOCATION')).toEqual([]);
    expect(found('At this point the valley of the curve is flat. Lake of fluid in the pelvis.', 'LOCATION')).toEqual([]);
  });
});

describe('a hyphenated surname before a credential in a one-case note', () => {
  it('takes both halves (and an initial) before MD, RN, NP', () => {
    expect(found('AND NOW RLL. STORVIK-PALMER MD PLANS TO ATTEMPT TALC.', 'NAME').sort()).toEqual(['PALMER', 'STORVIK']);
    expect(found('RESP- 1720- J. ADEKUNLE-ROSS RN AT BEDSIDE FOR SUCTIONING.', 'NAME')).toEqual(expect.arrayContaining(['ADEKUNLE', 'ROSS']));
    expect(found('pt seen by quarrie-dunmore np this am, no changes.', 'NAME').sort()).toEqual(['dunmore', 'quarrie']);
  });

  it('leaves hyphenated words that are plain or clinical before a credential', () => {
    expect(found('WILL FOLLOW-UP MD IN AM RE LABS.', 'NAME')).toEqual([]);
    expect(found('NON-INVASIVE RN CHECKS Q1H, PRE-OP MD NOTE WRITTEN.', 'NAME')).toEqual([]);
  });
});

describe('a long unknown word in capitals after a movement verb in a mixed-case note', () => {
  it('is a place', () => {
    expect(found('She was transfered to WUBRIKTON for cath.', 'LOCATION')).toEqual(['WUBRIKTON']);
    expect(found('Pt presented to QUORNHALE with acute SOB.', 'LOCATION')).toEqual(['QUORNHALE']);
    expect(found("He was recently dc'd from Trevallen and is home now.", 'LOCATION')).toEqual(['Trevallen']);
  });

  it('leaves unit abbreviations and clinical words in capitals after the same verbs', () => {
    expect(found('Pt transferred to MICU and then to CCU overnight.', 'LOCATION')).toEqual([]);
    expect(found('Presented to ED with SOB, sent to CT for PE protocol.', 'LOCATION')).toEqual([]);
    expect(found('Transferred to TELEMETRY, then returned to DIALYSIS.', 'LOCATION')).toEqual([]);
  });
});

describe('lines of one case inside a mixed-case note are read as a note in that case', () => {
  it('finds names in a shouted line and in a lower-case line of a mixed-case note', () => {
    expect(found('Pt resting, vitals stable.\nSOCIAL: BROTHER DRASKOW VISITED, WIFE CALLED.\nPlan: continue.\n', 'NAME')).toEqual(['DRASKOW']);
    expect(found('Pt resting.\nFAMILY: SON OKWARDO UPDATED BY PHONE.\nPlan: continue.\n', 'NAME')).toEqual(['OKWARDO']);
    expect(found('Neuro: A+Ox3, MAE.\ndaughter is mrs. marcela quennick, she will call back\nGI: tolerating TF.\n', 'NAME')).toEqual(['marcela', 'quennick']);
  });

  it('changes nothing in shouted headers and lower-case prose lines without a name', () => {
    expect(found('CV: HR 80s SR.\nCHEST PA AND LATERAL: NO ACUTE CARDIOPULMONARY PROCESS.\npt resting comfortably in bed with no acute events overnight\nPlan: wean vent as tolerated.\n')).toEqual([]);
    expect(found('Resp: LS clear.\nFINDINGS: MILD CARDIOMEGALY, SMALL LEFT PLEURAL EFFUSION, KERLEY B LINES.\npain controlled with dilaudid, turned q2h, skin intact\n')).toEqual([]);
    expect(found('Impression: Stable.\nIMPRESSION: NO PNEUMOTHORAX. POSTERIOR 7TH RIB FRACTURE, HEALING.\nlungs diffusely coarse bilaterally, diminished at bases\n')).toEqual([]);
  });
});
