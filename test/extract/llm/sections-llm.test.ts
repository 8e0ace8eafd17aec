import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setupServer } from 'msw/node';
import { http, HttpResponse } from 'msw';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { cli } from '../../helpers/run-cli.js';
import { openStore } from '../../../src/store/open-store.js';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const URL = 'http://vllm.test:8000/v1';
const LLM = ['--provider', 'openai-compatible', '--model', 'qwen-test', '--base-url', URL, '--no-progress'];

// Findings and impressions that disagree, so a model that saw the findings would answer otherwise.
const REPORTS: Array<[string, string, string]> = [
  ['s-1', 'Small left pleural effusion. Heart size normal.', 'Mild cardiomegaly.'],
  ['s-2', 'Right lower lobe opacity.', 'No acute cardiopulmonary process.'],
  ['s-3', 'Pneumothorax on the left.', 'Moderate pulmonary edema.'],
];
const NO_IMPRESSION = ['s-4', 'Large right pleural effusion.'] as const;

/** A model that names what it was sent: a mention for each finding phrase it can see. */
function model(seen: string[]) {
  return http.post(`${URL}/chat/completions`, async ({ request }) => {
    const body = (await request.json()) as { messages: Array<{ role: string; content: string }> };
    const user = body.messages.filter((m) => m.role === 'user').map((m) => m.content).join('\n');
    seen.push(user);
    const mentions = [
      ['Cardiomegaly', /Mild cardiomegaly/], ['Edema', /Moderate pulmonary edema/], ['Pleural Effusion', /(Small left|Large right) pleural effusion/],
      ['Lung Opacity', /Right lower lobe opacity/], ['Pneumothorax', /Pneumothorax on the left/],
    ].flatMap(([label, re]) => {
      const m = (re as RegExp).exec(user);
      return m ? [{ label, assertion: 'present', temporality: 'current', evidence: m[0], section: /IMPRESSION[^]*$/.test(user.slice(0, m.index)) ? 'impression' : 'findings' }] : [];
    });
    return HttpResponse.json({ choices: [{ index: 0, finish_reason: 'stop', message: { role: 'assistant', content: JSON.stringify({ mentions }) } }], usage: { prompt_tokens: 200, completion_tokens: 40 } });
  });
}

describe('--sections with the LLM and hybrid extractors (msw)', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'radlabel-sections-llm-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const csv = path.join(dir, 'archive.csv');
  writeFileSync(
    csv,
    'id,text\n' +
      REPORTS.map(([id, f, i]) => `${id},"INDICATION: Cough.\nFINDINGS: ${f}\nIMPRESSION: ${i}"`).join('\n') +
      `\n${NO_IMPRESSION[0]},"FINDINGS: ${NO_IMPRESSION[1]}"\n`,
  );

  it('llm: sends only the chosen sections, moves the evidence back to the report, records the sections in provenance', async () => {
    const seen: string[] = [];
    server.use(model(seen));
    const out = path.join(dir, 'llm.jsonl');
    const db = path.join(dir, 'llm.db');
    const r = await cli('run', csv, '--extractor', 'llm', ...LLM, '--sections', 'impression', '--db', db, '--out', out);
    expect(r.code).toBe(0);
    // One call per report with an impression; the report without one costs no call.
    expect(seen).toHaveLength(REPORTS.length);
    for (const [, findings, impression] of REPORTS) {
      const body = seen.find((u) => u.includes(impression));
      expect(body).toBeDefined();
      expect(body).not.toContain(findings);
      expect(body).not.toContain('Cough');
    }
    const lines = readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as {
      id: string; text: string; labels: Record<string, { value: string; evidence: Array<{ span: { start: number; end: number }; phrase: string; sentence: { text: string } }> }>;
      provenance: { sections?: string[]; model?: unknown };
    });
    const byId = new Map(lines.map((l) => [l.id, l]));
    expect(byId.get('s-1')!.labels.Cardiomegaly!.value).toBe('positive');
    expect(byId.get('s-1')!.labels['Pleural Effusion']!.value).toBe('not_mentioned');
    expect(byId.get('s-3')!.labels.Edema!.value).toBe('positive');
    expect(byId.get('s-3')!.labels.Pneumothorax!.value).toBe('not_mentioned');
    for (const l of lines) {
      expect(l.provenance.sections).toEqual(['impression']);
      for (const lab of Object.values(l.labels))
        for (const ev of lab.evidence) {
          // Offsets point into the stored (whole) report text.
          expect(l.text.slice(ev.span.start, ev.span.end)).toBe(ev.phrase);
          expect(l.text).toContain(ev.sentence.text);
        }
    }
    const none = byId.get(NO_IMPRESSION[0])!;
    // Nothing read, nothing mentioned; No Finding follows the ontology's rule as the rules path does.
    expect(Object.entries(none.labels).filter(([k, v]) => k !== 'No Finding' && v.value !== 'not_mentioned')).toEqual([]);
    expect(none.provenance.model).toBeUndefined();
    const store = openStore(db);
    try {
      for await (const s of store.currentLabels('chexpert')) expect(s.labels.provenance.sections).toEqual(['impression']);
    } finally {
      await store.close();
    }
  });

  it('hybrid: the rules and the model both read only the chosen sections', async () => {
    const seen: string[] = [];
    server.use(model(seen));
    const out = path.join(dir, 'hybrid.jsonl');
    const r = await cli('run', csv, '--extractor', 'hybrid', ...LLM, '--sections', 'impression', '--db', path.join(dir, 'hybrid.db'), '--out', out);
    expect(r.code).toBe(0);
    expect(seen.length).toBeGreaterThan(0);
    for (const u of seen) for (const [, findings] of [...REPORTS, [NO_IMPRESSION[0], NO_IMPRESSION[1]]]) expect(u).not.toContain(findings);
    const lines = readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { id: string; labels: Record<string, { value: string }>; provenance: { sections?: string[] } });
    for (const l of lines) expect(l.provenance.sections).toEqual(['impression']);
    const s2 = lines.find((l) => l.id === 's-2')!;
    // The findings' opacity is not in the impression: neither the rules nor the model see it.
    expect(s2.labels['Lung Opacity']!.value).toBe('not_mentioned');
  });
});
