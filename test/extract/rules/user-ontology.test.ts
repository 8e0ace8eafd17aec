import { describe, expect, it } from 'vitest';
import { parseOntology } from '../../../src/ontology/load-ontology.js';
import { createRulesExtractor } from '../../../src/extract/rules/rules-extractor.js';
import { compilePhrase } from '../../../src/extract/rules/phrase-pattern.js';
import { PatternSet, PatternSyntaxError } from '../../../src/extract/rules/token-pattern.js';
import { tokenize } from '../../../src/extract/rules/tokenize.js';
import type { LabelValue } from '../../../src/domain/labels.js';
import { makeReport } from './make-report.js';

// What a user writes to add findings: YAML only — synonyms, phrase patterns, per-label exclusions.
const USER_YAML = `
id: vascular-demo
version: "0.1"
name: Findings added by a user
labels:
  - id: Tortuous Aorta
    name: Tortuous aorta
    synonyms: [aortic tortuosity]
    phrases: ["{aorta|aortic arch|thoracic aorta} * tortuous", "tortuosity of the ? {aorta|aortic arch}"]
  - id: Elevated Hemidiaphragm
    name: Elevated hemidiaphragm
    phrases: ["hemidiaphragm ~3 elevated", "elevation of the ? hemidiaphragm"]
  - id: Pleural Effusion
    name: Pleural effusion
    synonyms: [effusion, pleural effusion]
    exclusions: [pericardial effusion, "joint * effusion"]
  - id: Pericardial Effusion
    name: Pericardial effusion
    synonyms: [pericardial effusion]
`;
const ontology = parseOntology(USER_YAML, 'vascular-demo.yaml');
const extractor = createRulesExtractor();

function labelsOf(text: string): Record<string, LabelValue> {
  const r = extractor.extract(makeReport(`FINDINGS: ${text}`), ontology);
  if (r instanceof Promise) throw new Error('synchronous');
  return Object.fromEntries(Object.entries(r.labels.labels).map(([k, v]) => [k, v.value]));
}

/** Every combination of the slot values, filled into the template. */
function expand(template: string, slots: Record<string, string[]>): string[] {
  let out = [template];
  for (const [k, vs] of Object.entries(slots)) out = out.flatMap((t) => vs.map((v) => t.replaceAll(`{${k}}`, v)));
  return out;
}

describe('a finding added with YAML only, evaluated on generated sentences', () => {
  const subjects = ['aorta', 'aortic arch', 'thoracic aorta'];
  const cases: Array<{ text: string; label: string; want: LabelValue }> = [
    ...expand('The {s} is {adv} tortuous.', { s: subjects, adv: ['', 'mildly', 'again noted to be'] }).map((text) => ({ text, label: 'Tortuous Aorta', want: 'positive' as const })),
    ...expand('Tortuosity of the {s}.', { s: subjects }).map((text) => ({ text, label: 'Tortuous Aorta', want: 'positive' as const })),
    ...expand('{s} tortuosity is unchanged.', { s: ['Aortic'] }).map((text) => ({ text, label: 'Tortuous Aorta', want: 'positive' as const })),
    ...expand('The {s} is not tortuous.', { s: subjects }).map((text) => ({ text, label: 'Tortuous Aorta', want: 'negative' as const })),
    ...expand('No tortuosity of the {s}.', { s: subjects }).map((text) => ({ text, label: 'Tortuous Aorta', want: 'negative' as const })),
    ...expand('The {side} hemidiaphragm is {deg} elevated.', { side: ['right', 'left'], deg: ['', 'mildly', 'again'] }).map((text) => ({ text, label: 'Elevated Hemidiaphragm', want: 'positive' as const })),
    ...expand('Elevated {side} hemidiaphragm.', { side: ['right', 'left'] }).map((text) => ({ text, label: 'Elevated Hemidiaphragm', want: 'positive' as const })),
    ...expand('{pre}elevation of the {side} hemidiaphragm.', { pre: ['Stable ', 'Mild ', ''], side: ['right', 'left'] }).map((text) => ({ text, label: 'Elevated Hemidiaphragm', want: 'positive' as const })),
    ...expand('No elevation of the {side} hemidiaphragm.', { side: ['right', 'left'] }).map((text) => ({ text, label: 'Elevated Hemidiaphragm', want: 'negative' as const })),
    ...expand('The {side} hemidiaphragm is {neg} elevated.', { side: ['right', 'left'], neg: ['not', 'no longer'] }).map((text) => ({ text, label: 'Elevated Hemidiaphragm', want: 'negative' as const })),
    ...expand('The {side} hemidiaphragm {hedge} elevated.', { side: ['right', 'left'], hedge: ['may be', 'is possibly'] }).map((text) => ({ text, label: 'Elevated Hemidiaphragm', want: 'uncertain' as const })),
    ...expand('The {side} hemidiaphragm is flat.', { side: ['right', 'left'] }).map((text) => ({ text, label: 'Elevated Hemidiaphragm', want: 'not_mentioned' as const })),
    ...expand('{size} pericardial effusion.', { size: ['Small', 'Moderate', 'Large'] }).flatMap((text) => [
      { text, label: 'Pericardial Effusion', want: 'positive' as const },
      { text, label: 'Pleural Effusion', want: 'not_mentioned' as const },
    ]),
    ...expand('{size} knee joint effusion.', { size: ['Small', 'Large'] }).map((text) => ({ text, label: 'Pleural Effusion', want: 'not_mentioned' as const })),
    ...expand('{size} left pleural effusion.', { size: ['Small', 'Large'] }).map((text) => ({ text, label: 'Pleural Effusion', want: 'positive' as const })),
  ];

  it(`labels all ${cases.length} generated sentences as written`, () => {
    const wrong = cases.filter((c) => labelsOf(c.text)[c.label] !== c.want).map((c) => `${c.label} ${c.want}: ${c.text} → ${labelsOf(c.text)[c.label]}`);
    expect(wrong).toEqual([]);
    expect(cases.length).toBeGreaterThan(50);
  });

  it("an exclusion blocks its own label only, not another label's synonym for the same words", () => {
    expect(labelsOf('Small pericardial effusion.')).toMatchObject({ 'Pericardial Effusion': 'positive', 'Pleural Effusion': 'not_mentioned' });
  });
});

describe('phrase patterns', () => {
  const matches = (pattern: string, text: string): boolean => {
    const set = new PatternSet(compilePhrase(pattern, 'x'));
    return set.scan(tokenize(text)).length > 0;
  };
  it('alternatives with several words, gaps, optional words, either order within N words', () => {
    expect(matches('{aorta|aortic arch} * tortuous', 'the aortic arch is slightly tortuous')).toBe(true);
    expect(matches('{aorta|aortic arch} * tortuous', 'the aorta tortuous')).toBe(true);
    expect(matches('{aorta|aortic arch} * tortuous', 'aorta one two three four five six tortuous')).toBe(false);
    expect(matches('hemidiaphragm ~3 elevated', 'elevated right hemidiaphragm')).toBe(true);
    expect(matches('hemidiaphragm ~3 elevated', 'hemidiaphragm is mildly elevated')).toBe(true);
    expect(matches('hemidiaphragm ~3 elevated', 'hemidiaphragm is now rather more elevated')).toBe(false);
    expect(matches('elevation of the ? hemidiaphragm', 'elevation of the hemidiaphragm')).toBe(true);
    expect(matches('elevation of the ? hemidiaphragm', 'elevation of the left hemidiaphragm')).toBe(true);
    expect(matches('elevation of the ? hemidiaphragm', 'elevation of the very left hemidiaphragm')).toBe(false);
    expect(matches('small? effusions', 'effusion')).toBe(true);
  });
  it('rejects patterns that cannot mean anything, naming the problem', () => {
    for (const bad of ['* tortuous', 'aorta *', '~3 elevated', 'a ~ b', '{aorta|', '{a||b}', 'a ~2 b ~2 c', '?'])
      expect(() => compilePhrase(bad, 'x'), bad).toThrow(PatternSyntaxError);
  });
  it('an invalid phrase in an ontology names the label', () => {
    const o = parseOntology('id: bad\nversion: "1"\nname: B\nlabels:\n  - id: Aorta\n    name: A\n    phrases: ["aorta *"]\n', 'bad.yaml');
    expect(() => labelsOfWith(o, 'aorta')).toThrow(/label "Aorta" phrases\[0\]: a pattern cannot start or end with "\*"/);
  });
});

function labelsOfWith(o: ReturnType<typeof parseOntology>, text: string): unknown {
  return extractor.extract(makeReport(text), o);
}
