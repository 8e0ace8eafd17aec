import { assertNoLeakByGuard } from '../../deid/leak-guard.js';

/**
 * The leak guard for outgoing LLM request bodies: every string of the body is scanned against the
 * report's guard fingerprints (keyed HMACs of the identifiers known from its structured context)
 * with the de-identifier's own normalisation. Without the key there is nothing to compare with.
 * @throws RadlabelError DEID_LEAK (not retriable); the message names the category, never the value.
 */
export function assertNoLeak(body: string, fingerprints: string[], key: string | undefined, reportId: string): void {
  if (!key || fingerprints.length === 0) return;
  assertNoLeakByGuard(body, fingerprints, key, { messageId: reportId });
}
