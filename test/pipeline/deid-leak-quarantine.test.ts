import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setupServer } from 'msw/node';
import { http, HttpResponse } from 'msw';
import { runPipeline } from '../../src/pipeline/run-pipeline.js';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { loadOntology } from '../../src/ontology/load-ontology.js';
import { createLlmExtractor } from '../../src/extract/llm/llm-extractor.js';
import type { StoredLabels } from '../../src/store/label-store.js';
import { readInputs } from '../../src/ingest/read-inputs.js';
import { deidentify } from '../../src/deid/deidentify.js';
import { assertNoLeakByGuard } from '../../src/deid/leak-guard.js';
import type { Stage } from '../../src/pipeline/stage.js';
import type { DeidentifiedReport, RawReport } from '../../src/domain/report.js';

// A leak that reaches the LLM stage: the real de-identification runs, then a stand-in for a detector
// miss puts a known identifier back into two reports' text (as a future detector bug would). The
// request guard must stop those requests, and the pipeline must quarantine the reports. The ids are
// written split by a line wrap and a no-break space, which the scrubber itself handles (checked
// first), so the leak comes only from the simulated miss.

const URL = 'http://llm.test:8000/v1/chat/completions';
const KEY = 'pipeline-leak-key-0123456789abcdef';
const ACCESSION = 'RAD2024-99817';
const MRN = '48213377';

const rows = [
  { id: 'R1', accession: 'ACC-5531', mrn: '10000001', text: 'FINDINGS: Lungs are clear. No pneumothorax.\nIMPRESSION: Normal chest.' },
  // Fixed-width line wrap splits the accession at its hyphen.
  { id: 'R2', accession: ACCESSION, mrn: '10000002', text: 'FINDINGS: Compared with RAD2024\n99817. Small left pleural effusion.\nIMPRESSION: Small left effusion.' },
  // No-break space inside the MRN.
  { id: 'R3', accession: 'ACC-5533', mrn: MRN, text: 'FINDINGS: Prior films 4821\u00a03377 reviewed. Mild cardiomegaly.\nIMPRESSION: Cardiomegaly.' },
  { id: 'R4', accession: 'ACC-5534', mrn: '10000004', text: 'FINDINGS: Right lower lobe opacity.\nIMPRESSION: Pneumonia.' },
];

const sent: string[] = [];
const server = setupServer(
  http.post(URL, async ({ request }) => {
    sent.push(await request.text());
    return HttpResponse.json({
      id: 'chatcmpl-1',
      object: 'chat.completion',
      created: 1,
      model: 'qwen-test',
      choices: [{ index: 0, finish_reason: 'stop', message: { role: 'assistant', content: JSON.stringify({ mentions: [] }), refusal: null } }],
      usage: { prompt_tokens: 120, completion_tokens: 10, total_tokens: 130 },
    });
  }),
);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  sent.length = 0;
});
afterAll(() => server.close());

const DEID = { key: KEY, mode: 'surrogate' as const, keepStudyUids: false };

/** Ids of the input reports whose de-identified text the fingerprint guard still flags. */
async function leakyAfterDeid(input: string): Promise<string[]> {
  const out: string[] = [];
  for await (const { item } of readInputs([input])) {
    if (item.kind !== 'report') continue;
    const r = deidentify(item.report, DEID);
    try {
      assertNoLeakByGuard(r.text, r.guard, KEY);
    } catch {
      out.push(r.reportId);
    }
  }
  return out;
}

// The identifier a simulated detector miss leaves in each report's text.
const MISSED: Record<string, string> = { R2: 'RAD2024\n99817', R3: '4821\u00a03377' };
const deidWithMiss: Stage<RawReport, DeidentifiedReport> = {
  name: 'deid-with-a-miss',
  run: (raw) => {
    const r = deidentify(raw, DEID);
    const missed = MISSED[raw.archiveId ?? ''];
    return missed ? { ...r, text: `${r.text}\nPrior: ${missed}.` } : r;
  },
};

describe('pipeline: a DEID_LEAK raised by the LLM request guard', () => {
  it('never sends the request, quarantines the report with DEID_LEAK and labels the rest of the batch', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'radlabel-leak-'));
    try {
      const input = join(dir, 'reports.jsonl');
      writeFileSync(input, rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
      // The scrubber itself leaves none of the split ids in the text.
      expect(await leakyAfterDeid(input)).toEqual([]);
      const store = openSqliteStore(join(dir, 'radlabel.db'));
      await store.migrate();
      const ontology = loadOntology('chexpert');
      // Wired as the CLI wires it (make-extractor.ts): the leak key is the de-identification key.
      const extractor = createLlmExtractor(
        { provider: 'openai-compatible', model: 'qwen-test', baseUrl: 'http://llm.test:8000/v1', retryBaseMs: 1, maxRetries: 1, timeoutMs: 5000 },
        { leakKey: KEY },
      );
      const summary = await runPipeline({
        inputs: [input],
        ontology,
        extractor,
        store,
        deid: DEID,
        deidStage: deidWithMiss,
      });

      // Nothing carrying the identifiers left the process; the clean reports were sent.
      expect(sent).toHaveLength(2);
      for (const body of sent) {
        const flat = body.replace(/\\n|\\u00a0|[^A-Za-z0-9]/gi, '');
        expect(flat).not.toContain('99817');
        expect(flat).not.toContain('48213377');
      }

      // The batch went on: the reports before and after the leaky ones are labelled.
      expect(summary.labelled).toBe(2);
      const current: StoredLabels[] = [];
      for await (const s of store.currentLabels(ontology.id)) current.push(s);
      expect(current.map((s) => s.reportId).sort()).toEqual(['R1', 'R4']);

      // Both leaky reports are quarantined with DEID_LEAK, located, and the reason names no value.
      expect(summary.quarantined).toMatchObject({ DEID_LEAK: 2 });
      const q = (await store.listQuarantine()).filter((e) => e.code === 'DEID_LEAK');
      expect(q.map((e) => e.locator.messageId).sort()).toEqual(['R2', 'R3']);
      for (const e of q) {
        expect(e.reason).toMatch(/ID identifier/);
        expect(e.reason).not.toMatch(/99817|RAD2024|4821|3377/);
      }
      // A leak is not a retriable extraction failure: a retry would only hit the guard again.
      expect((await store.listFailures()).filter((f) => f.code === 'DEID_LEAK')).toEqual([]);
      await extractor.close();
      await store.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
