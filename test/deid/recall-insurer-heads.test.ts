import { describe, expect, it } from 'vitest';
import { detectPhi } from '../../src/deid/detect.js';

// Invented notes of one class (rules/en/deid-place-cues.yaml organisations.heads): an insurer's,
// claims carrier's or ride service's name ends in a head word ("Mutual", "Casualty", "Insurance",
// "Ambulette") that makes the ordinary words before it a business.
const orgs = (text: string) =>
  detectPhi(text, undefined, { model: null })
    .filter((s) => s.category === 'INSTITUTION' || s.category === 'LOCATION')
    .map((s) => text.slice(s.start, s.end))
    .join(' | ');

describe('insurers and ride services named by their head word', () => {
  it.each([
    ['INSURANCE: HARBOR STAR MUTUAL / MEDICARE', 'HARBOR STAR MUTUAL'],
    ['Claim filed with Granite Casualty on 3/2.', 'Granite Casualty'],
    ['spoke w/ case mgr at blue ridge indemnity, re: claim', 'blue ridge indemnity'],
    ['ride cancelled - called summit ambulette at 4 pm', 'summit ambulette'],
    ['adjuster at keystone shield insurance notified by fax', 'keystone shield insurance'],
  ])('%j', (text, org) => {
    expect(orgs(text)).toContain(org);
  });
});

describe('kinds of cover that name no insurer', () => {
  it.each([
    ['pt with commercial insurance, copay reviewed', 'commercial'],
    ['bill sent to workers comp insurance per employer', 'workers'],
    ['pt with no insurance, sw consulted', 'insurance'],
    ['Mutual goal setting with family; casualty drill at 1400', 'Mutual'],
  ])('%j', (text, word) => {
    expect(orgs(text)).not.toContain(word);
  });
});
