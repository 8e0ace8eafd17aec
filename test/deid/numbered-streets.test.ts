import { describe, expect, it } from 'vitest';
import { detectPhi } from '../../src/deid/detect.js';

const found = (text: string) => detectPhi(text).map((s) => text.slice(s.start, s.end));

describe('a numbered street without a house number', () => {
  it.each([
    ['Fell from a ladder at a job site on 5th Ave.', '5th Ave'],
    ['Lives on 3rd St near the park.', '3rd St'],
    ['MVC on W 42nd Street, restrained driver.', 'W 42nd Street'],
    ['Lives on N. 2nd Ave with her son.', 'N. 2nd Ave'],
    ['FOUND DOWN ON EAST 116TH ST', 'EAST 116TH ST'],
    ['Apartment off 21st Blvd.', '21st Blvd'],
  ])('%j', (text, want) => {
    expect(found(text).join(' | ')).toContain(want);
  });

  it.each(['Fracture of the posterior 7th rib.', 'Asked for a 2nd Dr. opinion.', 'Her 3rd CT this week.', 'The 4th ventricle is normal.'])('no street: %j', (text) => {
    expect(detectPhi(text).filter((s) => s.category === 'ADDRESS')).toEqual([]);
  });
});
