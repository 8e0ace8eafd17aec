// A hospital whose acronym is also a clinical abbreviation (session 44): shaped like a hospital's
// (…H, …MC, …HS), before the hospital's emergency or urgent care department after a preposition,
// or after a verb of transfer or care elsewhere and its preposition, closing its phrase. The same
// acronyms as findings, scales, lab values, clinics and kinds of hospital stay. Invented examples.
import { describe, expect, it } from 'vitest';
import { detectPhi } from '../../src/deid/detect.js';

// The places and organisations the rules find (no learned layer), merged as the detector reports them.
const rulePlaces = (text: string): string[] =>
  detectPhi(text, undefined, { model: null })
    .filter((s) => s.category === 'LOCATION' || s.category === 'INSTITUTION')
    .map((s) => text.slice(s.start, s.end));

describe('hospitals named by a clinical-shaped acronym', () => {
  it.each([
    ['Seen first at CMH ED, xr neg per pt.\n', 'CMH'],
    ['He asked for a second opinion at RVH; records sent.\n', 'RVH'],
    ['Transfer declined by IVH (no beds) before calling us.\n', 'IVH'],
    ['1940 COORDINATOR ON SITE AT SAH.\n', 'SAH'],
    ['Pt was seen in CMH urgent care last week.\n', 'CMH'],
  ])('finds the hospital in %j', (text, acronym) => {
    expect(rulePlaces(text)).toContain(acronym);
  });

  it.each([
    ['Transferred for SAH, HH grade 3.\n'],
    ['IVH grade 2 on HUS, repeat in 1 wk.\n'],
    ['CT head: SAH in basal cisterns, no IVH.\n'],
    ['transferred from OSH with SAH; admitted to NSICU.\n'],
    ['PMH: HTN, HLD. Seen in ED for chest pain.\n'],
    ['labs: MCH 28, LDH 410, TSH 2.1.\n'],
    ['referred to NPH clinic for tap test.\n'],
    ['ECG with LVH, no ST changes; BPH on tamsulosin.\n'],
  ])('takes no hospital acronym from %j', (text) => {
    const places = rulePlaces(text);
    for (const a of ['SAH', 'IVH', 'OSH', 'RVH', 'LVH', 'BPH', 'LDH', 'TSH', 'MCH']) expect(places).not.toContain(a);
  });
});
