import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import pino from 'pino';
import { buildOru } from '../../src/bench/build-hl7.js';
import { openRunContext } from '../../src/app/run-context.js';
import { openServiceRuntime, type ServiceRuntime } from '../../src/app/service-runtime.js';
import { createApiKey } from '../../src/service/api-keys.js';
import { REDACT_PATHS } from '../../src/service/http/build-app.js';
import type { ApiRole } from '../../src/service/store/service-store.js';

export const TEST_DEID_KEY = 'service-test-key-0123456789abcdef';

/** Identifiers that appear in {@link phiOru}: none may show up in any log, payload, metric or error. */
export const PHI = { family: 'Quixotebury', given: 'Philomena', mrn: 'MRN-77341902', accession: 'ACC-5550199', phone: '555-867-5309', birth: '19510304' };

/** An ORU^R01 with known PHI in the header and in the text (all invented). */
export function phiOru(i: number, opts: { text?: string; controlId?: string; observed?: string } = {}): string {
  return buildOru({
    controlId: opts.controlId ?? `CTL-${i}`,
    accession: `${PHI.accession}-${i}`,
    mrn: PHI.mrn,
    patient: { family: PHI.family, given: PHI.given },
    birthDate: PHI.birth,
    phone: PHI.phone,
    procedure: { code: 'XR-CHEST', text: 'XR CHEST 2 VIEWS' },
    modality: 'CR',
    observed: opts.observed ?? '202401020304',
    status: 'F',
    orderingProvider: { id: 'P1', family: 'Ordering', given: 'Olga' },
    interpreter: { id: 'P2', family: 'Reader', given: 'Rita' },
    sections: [
      { code: 'FIND', name: 'FINDINGS', lines: [opts.text ?? `Patient ${PHI.given} ${PHI.family} (MRN ${PHI.mrn}, call ${PHI.phone}). Right lower lobe consolidation. No pleural effusion.`] },
      { code: 'IMP', name: 'IMPRESSION', lines: ['Right lower lobe pneumonia.'] },
    ],
    studyUid: `1.2.840.99999.${i}`,
  });
}

/** Collects every log line written by a pino logger with the service's redaction. */
export function captureLogger(): { logger: pino.Logger; lines: string[] } {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, cb) {
      lines.push(chunk.toString('utf8'));
      cb();
    },
  });
  return { logger: pino({ level: 'trace', redact: { paths: REDACT_PATHS, censor: '[REDACTED]' } }, stream), lines };
}

export interface EmbeddedHarness {
  rt: ServiceRuntime;
  dir: string;
  key(role: ApiRole): Promise<string>;
  close(): Promise<void>;
}

/** An embedded-mode runtime on a fresh SQLite file. */
export async function embeddedRuntime(logger?: pino.Logger, service: Record<string, unknown> = {}): Promise<EmbeddedHarness> {
  const dir = mkdtempSync(join(tmpdir(), 'radlabel-svc-'));
  const ctx = await openRunContext({ db: join(dir, 'db.sqlite'), deid: { key: TEST_DEID_KEY }, service: { embeddedConcurrency: 2, jobBackoffMs: 10, ...service } });
  const rt = await openServiceRuntime(ctx, { logger, role: 'serve' });
  return {
    rt,
    dir,
    key: async (role) => (await createApiKey(rt.svc, role)).key,
    async close() {
      await rt.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
