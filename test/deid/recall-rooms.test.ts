import { describe, expect, it } from 'vitest';
import { detectPhi } from '../../src/deid/detect.js';

const ids = (text: string) => detectPhi(text).filter((s) => s.category === 'ID').map((s) => text.slice(s.start, s.end));

describe('room, bed and bay numbers after their label', () => {
  it.each([
    ['S: pt Quorra rm 612B increasingly agitated', ['612B']],
    ['TALLIS, VEDA | MRN 40118822 | ROOM 318A', ['318A']],
    ['Admit to obs unit, Bed 27.', ['27']],
    ['LOC: 409', ['409']],
    ['Location: 5W-220', ['5W-220']],
    ['transferred to rm 141-2 overnight', ['141-2']],
    ['fall in Rm E421, no injury', ['E421']],
    ['moved to rm 297w near the desk', ['297w']],
    ['rm 224 and bed 19', ['224', '19']],
    ['Seen in Exam Rm 7 at the clinic.', ['7']],
    ['Pt in Bay 3, stretcher 12.', ['3', '12']],
    ['ROOM # 514', ['514']],
  ])('%j', (text, want) => {
    for (const w of want) expect(ids(text)).toContain(w);
  });

  it.each([
    'on room air, sats 95%',
    'OOB to chair, bed 2 days ago',
    'Room 15 min walk from home',
    'no loc. 911 was called',
    'Pt POD 6 s/p repair',
    'bedrest x 2 hrs then ambulate',
    'HOB 30 degrees',
    'rm temp fluids',
  ])('leaves %j alone', (text) => {
    expect(ids(text)).toEqual([]);
  });
});
