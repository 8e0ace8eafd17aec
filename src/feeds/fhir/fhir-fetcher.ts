import { Client } from 'fhir-kit-client';
import { RadlabelError } from '../../errors/index.js';
import { TokenSource, type FhirAuth } from './fhir-auth.js';
import { DEFAULT_RETRY, statusOf, withFhirRetry, type RetryPolicy } from './fhir-retry.js';
import type { FhirResourceLike } from './report-bundles.js';
import { typeIdOf } from './subscription-notification.js';

/** Reads a resource by reference (`Type/id` or an absolute URL under the configured base). */
export type FetchResource = (reference: string) => Promise<FhirResourceLike>;

/**
 * A {@link FetchResource} on one FHIR server (fhir-kit-client `read`, with the pull feed's auth and
 * retries). Absolute references to any other server are refused: a notification must not be able
 * to make the service call arbitrary URLs.
 */
export function fhirFetcher(opts: { baseUrl: string; auth?: FhirAuth; retry?: Partial<RetryPolicy> }): FetchResource {
  const retry = { ...DEFAULT_RETRY, ...opts.retry };
  const client = new Client({ baseUrl: opts.baseUrl });
  const tokens = new TokenSource(opts.auth, retry);
  const base = opts.baseUrl.replace(/\/+$/, '');
  return async (reference) => {
    if (/^[a-z]+:\/\//i.test(reference) && !reference.startsWith(`${base}/`)) {
      throw new RadlabelError('FHIR_UNSUPPORTED', 'the notification names a resource on another server; only the configured FHIR base is read');
    }
    const typeId = typeIdOf(reference);
    if (!typeId) throw new RadlabelError('FHIR_INVALID_RESOURCE', 'the notification focus is not a resolvable Type/id reference');
    const [resourceType, id] = typeId.split('/') as [string, string];
    const read = async (): Promise<FhirResourceLike> => {
      const token = await tokens.token();
      if (token) client.bearerToken = token;
      return (await client.read({ resourceType, id })) as unknown as FhirResourceLike;
    };
    return withFhirRetry(`read ${resourceType}`, async () => {
      try {
        return await read();
      } catch (e) {
        if (statusOf(e) === 401 && tokens.invalidate()) return read();
        throw e;
      }
    }, retry);
  };
}
