import { RadlabelError, type Locator } from '../../errors/index.js';
import type { ErrorCode } from '../../errors/codes.js';

/** Codes whose failures are transient: the same request may succeed later. */
const TRANSIENT = new Set<ErrorCode>(['LLM_RATE_LIMIT', 'LLM_SERVER', 'LLM_TIMEOUT', 'LLM_CIRCUIT_OPEN']);

/** An LLM call failure: a {@link RadlabelError} with the HTTP status and the server's retry hint. */
export class LlmError extends RadlabelError {
  readonly status?: number;
  /** Wait the server asked for (`retry-after` / `retry-after-ms`), in ms. */
  readonly retryAfterMs?: number;
  /**
   * Every later request would fail the same way (bad key, unknown model, nothing listening), so
   * the run stops at the first one instead of recording the same failure for every report.
   */
  readonly stopsRun: boolean;

  constructor(code: ErrorCode, message: string, opts: { status?: number; retryAfterMs?: number; cause?: unknown; locator?: Locator; stopsRun?: boolean } = {}) {
    super(code, message, { retriable: TRANSIENT.has(code), cause: opts.cause, locator: opts.locator });
    this.name = 'LlmError';
    this.status = opts.status;
    this.retryAfterMs = opts.retryAfterMs;
    this.stopsRun = opts.stopsRun ?? false;
  }
}

const RETRYABLE = new Set<ErrorCode>(['LLM_RATE_LIMIT', 'LLM_SERVER', 'LLM_TIMEOUT', 'LLM_REFUSAL', 'LLM_TRUNCATED', 'LLM_BAD_OUTPUT']);

/**
 * Whether another attempt is worth making: transient faults, and model-output faults (a refusal,
 * a cut-off or malformed answer may not recur). Not auth / config errors, leaks or an open breaker.
 */
export function isRetryable(e: RadlabelError): boolean {
  return RETRYABLE.has(e.code);
}

/** Whether a failure counts against the circuit breaker (the provider, not the answer, is failing). */
export function isProviderFault(e: RadlabelError): boolean {
  return e.code === 'LLM_RATE_LIMIT' || e.code === 'LLM_SERVER' || e.code === 'LLM_TIMEOUT';
}

/** Network errors that mean nothing answers at the configured address. */
const UNREACHABLE = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);

type HeaderBag = Headers | Record<string, string | string[] | undefined> | undefined | null;

function header(h: HeaderBag, name: string): string | undefined {
  if (!h) return undefined;
  if (typeof (h as Headers).get === 'function') return (h as Headers).get(name) ?? undefined;
  const v = (h as Record<string, string | string[] | undefined>)[name];
  return Array.isArray(v) ? v[0] : v;
}

/** Reads `retry-after-ms` or `retry-after` (seconds or an HTTP date) into milliseconds. */
export function retryAfterMs(h: HeaderBag, now = Date.now()): number | undefined {
  const ms = header(h, 'retry-after-ms');
  if (ms !== undefined && Number.isFinite(Number(ms))) return Math.max(0, Number(ms));
  const ra = header(h, 'retry-after');
  if (ra === undefined || ra.trim() === '') return undefined;
  const secs = Number(ra);
  if (Number.isFinite(secs)) return Math.max(0, secs * 1000);
  const at = Date.parse(ra);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/**
 * The provider's own explanation from an error body (`{"error": {"message": …}}`, `{"message": …}`,
 * `{"detail": …}`), on one line and cut to 200 characters; undefined when there is none.
 */
export function providerMessage(body: unknown): string | undefined {
  let v: unknown = body;
  if (typeof v === 'string') {
    try {
      v = JSON.parse(v);
    } catch {
      return undefined;
    }
  }
  const o = v as { error?: { message?: unknown } | string; message?: unknown; detail?: unknown } | null;
  const m = typeof o?.error === 'object' ? o.error?.message : (o?.error ?? o?.message ?? o?.detail);
  return typeof m === 'string' && m.trim() ? m.replace(/\s+/g, ' ').trim().slice(0, 200) : undefined;
}

/** Maps an HTTP status (and headers, and the provider's message) to a typed LLM error. */
export function errorFromStatus(status: number, headers?: HeaderBag, cause?: unknown, detail?: string): LlmError {
  const said = detail ? `: ${detail}` : '';
  if (status === 401 || status === 403) return new LlmError('LLM_AUTH', `provider answered ${status}${said}`, { status, cause, stopsRun: true });
  if (status === 404) return new LlmError('LLM_CONFIG', `provider answered 404 (unknown model or endpoint)${said}`, { status, cause, stopsRun: true });
  const retryAfter = retryAfterMs(headers);
  if (status === 429) return new LlmError('LLM_RATE_LIMIT', `provider answered 429`, { status, retryAfterMs: retryAfter, cause });
  if (status === 408) return new LlmError('LLM_TIMEOUT', `provider answered 408`, { status, retryAfterMs: retryAfter, cause });
  if (status >= 500) return new LlmError('LLM_SERVER', `provider answered ${status}`, { status, retryAfterMs: retryAfter, cause });
  return new LlmError('LLM_CONFIG', `provider rejected the request (${status})${said}`, { status, cause });
}

/**
 * Turns anything a provider SDK or fetch threw into an {@link LlmError}. SDK errors are recognised
 * by shape (status / headers / name) so that openai, anthropic and LangChain wrappers map alike.
 * `timedOut` says whether our own deadline fired (an abort is then a timeout).
 */
export function toLlmError(e: unknown, timedOut: boolean): RadlabelError {
  if (e instanceof RadlabelError) return e;
  if (timedOut) return new LlmError('LLM_TIMEOUT', 'the request exceeded its deadline', { cause: e });
  const err = e as { status?: unknown; headers?: HeaderBag; name?: string; code?: string; error?: unknown; cause?: { code?: string; cause?: { code?: string } }; response?: { status?: number; headers?: HeaderBag } };
  const status = typeof err?.status === 'number' ? err.status : err?.response?.status;
  if (typeof status === 'number') return errorFromStatus(status, err.headers ?? err.response?.headers, e, providerMessage(err.error));
  const netCode = [err?.code, err?.cause?.code, err?.cause?.cause?.code].find((c) => typeof c === 'string' && UNREACHABLE.has(c));
  if (netCode) return new LlmError('LLM_UNREACHABLE', `the provider could not be reached (${netCode})`, { cause: e, stopsRun: true });
  const name = err?.name ?? '';
  // Structured-output helpers (openai .parse, LangChain) throw on cut-off, filtered or unparsable answers.
  const message = e instanceof Error ? e.message : '';
  if (name === 'LengthFinishReasonError' || /length limit was reached/i.test(message))
    return new LlmError('LLM_TRUNCATED', 'the answer was cut off at the token limit', { cause: e });
  if (name === 'ContentFilterFinishReasonError' || /content filter/i.test(message))
    return new LlmError('LLM_REFUSAL', 'the answer was withheld by a content filter', { cause: e });
  if (name === 'OutputParserException' || name === 'SyntaxError')
    return new LlmError('LLM_BAD_OUTPUT', 'the model answer did not parse', { cause: e });
  if (/timeout/i.test(name) || err?.code === 'ETIMEDOUT') return new LlmError('LLM_TIMEOUT', 'the request timed out', { cause: e });
  return new LlmError('LLM_SERVER', `the provider could not be reached (${name || 'error'})`, { cause: e });
}
