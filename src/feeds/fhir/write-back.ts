import type { Ontology } from '../../domain/ontology.js';
import { assertNoLeakByGuard } from '../../deid/leak-guard.js';
import { labelsToObservations, type Observation } from '../../export/fhir-observation.js';
import type { StoredLabels } from '../../store/label-store.js';
import { TokenSource, type FhirAuth } from './fhir-auth.js';
import { DEFAULT_RETRY, httpError, statusOf, withFhirRetry, type RetryPolicy } from './fhir-retry.js';

export interface WriteBackOptions {
  /** FHIR R4 base URL the Observations are POSTed to (usually the server the reports came from). */
  baseUrl: string;
  auth?: FhirAuth;
  retry?: Partial<RetryPolicy>;
  /** De-identification key: the leak guard re-checks every outgoing Bundle against the report's fingerprints. */
  deidKey: string;
}

export interface WriteBack {
  /** POSTs one report's positive / uncertain labels as Observations; resolves with how many were sent (0: nothing to send). */
  write(labels: StoredLabels, ontology: Ontology): Promise<number>;
}

/**
 * FHIR write-back: one transaction Bundle per report, each Observation a conditional create
 * (`ifNoneExist: identifier=…`), so writing the same labels twice creates nothing new. Reports that
 * came from this FHIR server reference their DiagnosticReport literally; the leak guard runs on the
 * Bundle before it leaves (DEID_LEAK is thrown and nothing is sent). 429 / 5xx are retried.
 */
export function fhirWriteBack(opts: WriteBackOptions): WriteBack {
  const retry = { ...DEFAULT_RETRY, ...opts.retry };
  const tokens = new TokenSource(opts.auth, retry);
  const base = opts.baseUrl.replace(/\/+$/, '');
  const post = async (body: string): Promise<void> => {
    const token = await tokens.token();
    const res = await fetch(base, {
      method: 'POST',
      headers: { 'content-type': 'application/fhir+json', accept: 'application/fhir+json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body,
    });
    await res.arrayBuffer();
    if (!res.ok) throw httpError(res.status, res.headers, 'write-back transaction');
  };
  return {
    async write(s, ontology) {
      const fromFhir = s.report.source.format === 'fhir' && s.report.source.messageId;
      const observations = labelsToObservations(s, ontology, fromFhir ? { sourceReportId: s.report.source.messageId } : {});
      if (!observations.length) return 0;
      const body = JSON.stringify(transaction(observations));
      assertNoLeakByGuard(body, s.report.guard ?? [], opts.deidKey, { messageId: s.reportId });
      await withFhirRetry(
        'write-back',
        async () => {
          try {
            await post(body);
          } catch (e) {
            if (statusOf(e) === 401 && tokens.invalidate()) return post(body);
            throw e;
          }
        },
        retry,
      );
      return observations.length;
    },
  };
}

/** A transaction Bundle of conditional creates, one per Observation. */
export function transaction(observations: Observation[]): object {
  return {
    resourceType: 'Bundle',
    type: 'transaction',
    entry: observations.map((o) => {
      const id = o.identifier[0]!;
      return {
        fullUrl: `urn:uuid:${o.id}`,
        resource: o,
        request: { method: 'POST', url: 'Observation', ifNoneExist: `identifier=${encodeURIComponent(id.system)}|${encodeURIComponent(id.value)}` },
      };
    }),
  };
}
