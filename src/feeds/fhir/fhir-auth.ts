import { RadlabelError } from '../../errors/index.js';
import { DEFAULT_RETRY, httpError, withFhirRetry, type RetryPolicy } from './fhir-retry.js';

/** How to authenticate to a FHIR server: a fixed bearer token, or OAuth2 client credentials (RFC 6749 §4.4). */
export type FhirAuth =
  | { kind: 'bearer'; token: string }
  | { kind: 'client-credentials'; tokenUrl: string; clientId: string; clientSecret: string; scope?: string };

/** Supplies the bearer token for each request; fetches and caches client-credentials tokens. */
export class TokenSource {
  private cached: { token: string; expiresAt: number } | undefined;

  constructor(
    private readonly auth: FhirAuth | undefined,
    private readonly retry: RetryPolicy = DEFAULT_RETRY,
  ) {}

  /** The token to send now, or undefined without auth. */
  async token(): Promise<string | undefined> {
    const a = this.auth;
    if (!a) return undefined;
    if (a.kind === 'bearer') return a.token;
    if (this.cached && this.cached.expiresAt > Date.now()) return this.cached.token;
    this.cached = await withFhirRetry('token request', () => requestToken(a), this.retry);
    return this.cached.token;
  }

  /** Drops a cached token the server refused, so the next call fetches a new one. */
  invalidate(): boolean {
    const had = this.cached !== undefined;
    this.cached = undefined;
    return had && this.auth?.kind === 'client-credentials';
  }
}

async function requestToken(a: Extract<FhirAuth, { kind: 'client-credentials' }>): Promise<{ token: string; expiresAt: number }> {
  const body = new URLSearchParams({ grant_type: 'client_credentials', ...(a.scope ? { scope: a.scope } : {}) });
  const res = await fetch(a.tokenUrl, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      accept: 'application/json',
      // client_secret_basic (RFC 6749 §2.3.1): form-encoded id and secret in Basic auth.
      authorization: `Basic ${Buffer.from(`${encodeURIComponent(a.clientId)}:${encodeURIComponent(a.clientSecret)}`).toString('base64')}`,
    },
    body,
  });
  if (res.status === 400 || res.status === 401) {
    throw new RadlabelError('FHIR_AUTH', `token request: the token endpoint refused the client credentials (${res.status})`);
  }
  if (!res.ok) throw httpError(res.status, res.headers, 'token request');
  const json = (await res.json()) as { access_token?: unknown; expires_in?: unknown };
  if (typeof json.access_token !== 'string') throw new RadlabelError('FHIR_AUTH', 'token request: the answer has no access_token');
  const ttl = typeof json.expires_in === 'number' ? json.expires_in : 300;
  // Renew a little early so a token never expires mid-request.
  return { token: json.access_token, expiresAt: Date.now() + Math.max(0, ttl - 30) * 1000 };
}
