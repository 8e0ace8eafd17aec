import { describe, expect, it } from 'vitest';
import { detectPhi } from '../../src/deid/detect.js';

// Invented notes of one class (src/deid/free-text/place-history-acronyms.ts): in a dated item of a
// history list, an acronym no vocabulary holds, alone in the item's bracket (shaped like a
// hospital's: …H, …HS, …MC) or after "at" closing its phrase, is the hospital where the event was.
const places = (text: string) =>
  detectPhi(text, undefined, { model: null })
    .filter((s) => s.category === 'LOCATION' || s.category === 'INSTITUTION')
    .map((s) => text.slice(s.start, s.end));

describe('a hospital acronym in a dated history item', () => {
  it.each([
    ["Past anesthetics:\n- '98 lap chole (KVMH), GA, no issues", 'KVMH'],
    ['PSH:\n- 2011 ORIF L wrist (tbrh), spinal, uneventful', 'tbrh'],
    ["- TURP '03 at DWQ: spinal, hypotension", 'DWQ'],
    ["- pmh: cabg '04, appy 2009 at zmkv", 'zmkv'],
    ['Family hx: mother CRC at 60 (dx PHLH).', 'PHLH'],
    ['was treated for endocarditis at kvrh in 2017.', 'kvrh'],
    ['- 2004 septoplasty (GLNHS) - awake fiberoptic', 'GLNHS'],
    ["- '12 R THA (PQMC), GA", 'PQMC'],
  ])('%j', (text, acronym) => {
    expect(places(text)).toContain(acronym);
  });
});

describe('clinical abbreviations, other shapes and undated brackets stay', () => {
  it.each([
    ['- 2015 cholecystectomy (PONV), GA', 'PONV'],
    ['- 2011 lumbar fusion (ALIF), uneventful', 'ALIF'],
    ['- 2012 craniotomy (EDH), GA', 'EDH'],
    ['- 2010 C-section (PPH), transfused', 'PPH'],
    ["- '98 lap chole (GA), no issues", 'GA'],
    ['- 2019 TKA (spinal), ok', 'spinal'],
    ['Seen today (KVMH) for review.', 'KVMH'],
    ['- 2016 bronchoscopy at bedside: no issues', 'bedside'],
    ['- 2014 appy at night, no issues', 'night'],
  ])('%j', (text, word) => {
    expect(places(text)).not.toContain(word);
  });
});
