import { hmacHex } from '../../util/hash.js';
import { RadlabelError } from '../../errors/index.js';

/**
 * Candidate identifier tokens of a text, normalised the way the de-identifier fingerprints known
 * identifiers: lower-case letter/digit runs, plus digit runs with separators removed (so
 * "123-45-6789" also yields "123456789").
 */
export function guardTokens(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.toLowerCase().matchAll(/[\p{L}\p{N}]+/gu)) if (m[0].length >= 2) out.add(m[0]);
  for (const m of text.matchAll(/\d[\d\s./-]*\d/g)) out.add(m[0].replace(/\D/g, ''));
  return out;
}

/**
 * The leak guard for outgoing LLM request bodies: throws DEID_LEAK when a token of the body has
 * the keyed-HMAC fingerprint of an identifier known for the report (`report.guard`). Without
 * fingerprints or without the key there is nothing to compare against, and the check passes.
 * @throws RadlabelError DEID_LEAK (not retriable); the message names no text.
 */
export function assertNoLeak(body: string, fingerprints: readonly string[], key: string | undefined, reportId: string): void {
  if (!key || fingerprints.length === 0) return;
  const known = new Set(fingerprints);
  for (const t of guardTokens(body)) {
    if (known.has(hmacHex(key, t)))
      throw new RadlabelError('DEID_LEAK', 'a known identifier was found in the LLM request body; the request was not sent', {
        locator: { messageId: reportId },
      });
  }
}
