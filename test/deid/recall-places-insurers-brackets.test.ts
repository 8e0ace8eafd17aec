// Place classes of session 25 (issue 11, recall of locations), each tested as a class on invented
// examples with same-shape negatives:
// - the town in brackets right after a facility ("Ravenwick General (Surprise)", "… ED (Welcome)");
// - the insurer after a phrase of prior authorisation, coverage change or claim forms
//   (deid-place-cues.yaml organisations.phrases: "auth pending with", "insurance changed to");
// - a letterhead above a post-office box ("Keystar Health Plan\nPO Box 4412, …").
import { describe, expect, it } from 'vitest';
import { detectFreeTextNames } from '../../src/deid/free-text-names.js';
import { wordsCovered } from './rule-spans.js';

/** The place spans the rule passes alone find (no learned layer, balanced profile). */
const placeSpans = (text: string) =>
  detectFreeTextNames(text, { profile: 'balanced', model: null }).filter((s) => s.category === 'LOCATION' || s.category === 'INSTITUTION');
/** Whether every word of `phrase` lies in a place span. */
const found = (text: string, phrase: string) => wordsCovered(text, phrase, placeSpans(text));
/** Whether any word of `phrase` lies in a place span. */
const touched = (text: string, phrase: string) => phrase.split(/\s+/).some((w) => wordsCovered(text, w, placeSpans(text)));

describe('the town in brackets after a facility', () => {
  it.each([
    ['Transferred from Quellbrook General (Prosperity) after tPA given there.', 'Prosperity'],
    ['Referred from Ashgrove Memorial Hospital ED (Bellmont) for ortho eval.', 'Bellmont'],
    ['TRANSFERRED FROM QUENBY VALLEY MEDICAL CENTER (PROSPERITY) AFTER CT.', 'PROSPERITY'],
    ['referred from harrowgate regional ed (fairhaven)\nhpi: fell', 'fairhaven'],
    ['Records from Calloway Medical Center (East Pembury) reviewed.', 'East Pembury'],
    ['pt came from tollerby hospital (wexmoor) by ems', 'wexmoor'],
  ])('%j', (text, town) => {
    expect(found(text, town)).toBe(true);
  });

  it.each([
    ['Transferred from Quellbrook General (Main Campus) after tPA.', 'Main'],
    ['Seen at Ashgrove Memorial Hospital (ED) overnight.', 'ED'],
    ['Admitted to Calloway Medical Center (Cardiology) for cath.', 'Cardiology'],
    ['Records from Calloway Medical Center (Outside) reviewed.', 'Outside'],
    ['Records from Calloway Medical Center (North) reviewed.', 'North'],
    ['Transferred from Quellbrook General (March 3) for PCI.', 'March'],
    ['pt came from tollerby hospital (transfer) by ems', 'transfer'],
    ['pt came from tollerby hospital (stable) by ems', 'stable'],
    ['Followed by Dr. Ana Ruiz (Neurology) monthly.', 'Neurology'],
    ['Lives in Hopewell (Ohio) with wife.', 'Ohio'],
  ])('takes no town from %j', (text, word) => {
    expect(touched(text, word)).toBe(false);
  });
});

describe('the insurer after a phrase of authorisation, coverage or claim forms', () => {
  it.each([
    ['CM Rhea ext 4410: auth pending with Lakeshore Health.', 'Lakeshore Health'],
    ['cm note: auth pending with granite valley health alliance.\nf/u am', 'granite valley health alliance'],
    ['AUTH PENDING WITH NORTHSTAR CARE PLAN.\nBED ALARM ON', 'NORTHSTAR CARE PLAN'],
    ['insurance changed to quellmore managed care on 3/4, new id pending', 'quellmore managed care'],
    ['Prior auth submitted to Tamberline Health Plan on 2/2.', 'Tamberline Health Plan'],
    ['fmla paperwork from vexford benefits rec’d today', 'vexford benefits'],
    ['cm: auth obtained from harrow valley health trust.\nok', 'harrow valley health trust'],
  ])('%j', (text, org) => {
    expect(found(text, org)).toBe(true);
  });

  it.each([
    ['auth pending with family meeting tomorrow.'],
    ['Auth pending with Case Management.'],
    ['insurance changed to medicaid on 3/4.'],
    ['paperwork from the patient reviewed.'],
    ['auth pending with pharmacy, will call.'],
    ['insurance changed to self pay.'],
  ])('takes no insurer from %j', (text) => {
    expect(placeSpans(text)).toEqual([]);
  });
});

describe('a letterhead above a post-office box', () => {
  it.each([
    ['Tamberline Health Plan\nUtilization Management Department\nPO Box 2231, Corrowville, OH 44021\n\nMay 2, 2026', 'Tamberline Health Plan'],
    ['harrow county employees health trust\nappeals unit\npo box 88, wexmoor, pa 17001', 'harrow county employees health trust'],
    ['QUELLMORE MANAGED CARE\nP.O. BOX 4012, DUNMORE, NY 12010', 'QUELLMORE MANAGED CARE'],
  ])('%j', (text, org) => {
    expect(found(text, org)).toBe(true);
  });

  it.each([
    ['Please remit payment.\nPO Box 2231, Corrowville, OH 44021', 'Please remit payment'],
    ['Dear Ms. Vance,\nThank you for your letter.\nClaims Department\nPO Box 12, Wexmoor, PA 17001', 'Thank you for your letter'],
    ['Mailing address:\nPO Box 2231, Corrowville, OH 44021', 'Mailing address'],
    ['Utilization Management Department\nPO Box 2231, Corrowville, OH 44021', 'Utilization Management Department'],
  ])('takes no letterhead from %j', (text, line) => {
    expect(touched(text, line)).toBe(false);
  });
});

describe('programmes and donor networks named by their head word', () => {
  it.each([
    ['donor offer 4/2/26 03:10: dcd donor via quenbrook donor network; match run 88.', 'quenbrook donor network'],
    ['offer declined; kdpi 60% via harrowfield opo.', 'harrowfield opo'],
    ['Tavistowe Abdominal Transplant - pre-transplant evaluation', 'Tavistowe Abdominal Transplant'],
    ['Referred to the Corrowvale Hepatology Program for listing.', 'Corrowvale Hepatology Program'],
    ['OFFER RECEIVED VIA LAKEWICK OPO AT 0400', 'LAKEWICK OPO'],
  ])('%j', (text, org) => {
    expect(found(text, org)).toBe(true);
  });

  it.each([
    ['s/p kidney transplant 2019, on tacrolimus', 'transplant'],
    ['referred via provider network; seen 3/2', 'network'],
    ['offer came via the network overnight', 'network'],
    ['Enrolled in cardiac rehab program.', 'program'],
    ['via social network, pt found a sponsor', 'network'],
    ['Whipple program reviewed', 'program'],
  ])('takes no organisation from %j', (text, word) => {
    expect(touched(text, word)).toBe(false);
  });
});

describe('the organisation of a copy list item before its department', () => {
  it.each([
    ['Ana Roe, MD\ncc: T. Vance, MD (PCP); Quellmore Risk Services claims; ATC Bo', 'Quellmore Risk Services'],
    ['cc: r. vance, md (pcp); harrow valley mutual appeals unit; atc bo', 'harrow valley mutual'],
    ['CC: DR. VANCE; TAMBERLINE HEALTH PLAN UTILIZATION REVIEW', 'TAMBERLINE HEALTH PLAN'],
    ['Copy to: Wexmoor Freight HR; patient', 'Wexmoor Freight'],
  ])('%j', (text, org) => {
    expect(found(text, org)).toBe(true);
  });

  it.each([
    ['cc: pcp; workers comp claims', 'workers'],
    ['cc: Dr. Roe; Medical Records', 'Medical'],
    ['cc: patient; case manager', 'patient'],
    ['Pt denies claims of abuse; Quellmore Risk claims pending', 'Quellmore'],
    ['cc: chart; billing', 'chart'],
  ])('takes no organisation from %j', (text, word) => {
    expect(touched(text, word)).toBe(false);
  });
});

describe('laboratories named after a proper word', () => {
  it.each([
    ['Labs 3/2/2026 (Tamberline Reference Lab): Cr 1.1', 'Tamberline Reference Lab'],
    ['specimen sent to Quellbrook Labs today', 'Quellbrook Labs'],
  ])('%j', (text, org) => {
    expect(found(text, org)).toBe(true);
  });

  it.each([
    ['Hematology Lab called with critical K 6.1', 'Hematology'],
    ['Serology lab pending; CBC lab drawn', 'CBC'],
    ['sleep lab tomorrow night', 'sleep'],
  ])('takes no laboratory from %j', (text, word) => {
    expect(placeSpans(text).some((s) => s.source === 'place-org' && text.slice(s.start, s.end).includes(word))).toBe(false);
  });
});

describe('a credential before a service in a signature is no programme', () => {
  it.each([
    ['Ana Vance, RN, BSN, CCTC  Transplant\n', 'Transplant'],
    ['Roe, Oda, MD, FACS  Transplant\n', 'Transplant'],
    ['bo lind, rn, bsn, cctc  transplant', 'transplant'],
  ])('%j', (text, word) => {
    expect(touched(text, word)).toBe(false);
  });
});

describe('the company of a consult in brackets', () => {
  it.each([
    ['TELESTROKE CONSULT (VIGILINK)\nSPOKE END: ER', 'VIGILINK'],
    ['Tele-ICU consult (Quorvana Health)\nReason: hypotension', 'Quorvana Health'],
    ['telepsychiatry consult (mindbridgex) by video', 'mindbridgex'],
  ])('%j', (text, org) => {
    expect(found(text, org)).toBe(true);
  });

  it.each([
    ['Cardiology consult (STEMI) called at 0300', 'STEMI'],
    ['ID consult (verbal) obtained', 'verbal'],
    ['surgery consult (pending)', 'pending'],
    ['GI consult (EGD tomorrow)', 'EGD'],
    ['Neuro consult (Tele) requested', 'Tele'],
  ])('takes no company from %j', (text, word) => {
    expect(touched(text, word)).toBe(false);
  });
});
