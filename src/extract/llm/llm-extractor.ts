import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import type { DeidentifiedReport } from '../../domain/report.js';
import type { Ontology } from '../../domain/ontology.js';
import type { Extractor, ExtractionResult } from '../extractor.js';
import { RadlabelError } from '../../errors/index.js';
import { LlmConfigSchema, type LlmConfig, type LlmConfigInput } from './llm-config.js';
import { loadPromptTemplate } from './prompt.js';
import { parseClaims, type Claim, type OtherClaim } from './output-schema.js';
import { LlmError, isProviderFault, isRetryable, toLlmError } from './llm-error.js';
import { backoffDelay, sleep } from './retry.js';
import { sharedRateLimiter } from './rate-limiter.js';
import { CircuitBreaker } from './circuit-breaker.js';
import { countTokens, costUsd } from './token-count.js';
import { assertNoLeak } from './leak-guard.js';
import { asResponseCache, responseCacheKey, type KeyValueCache, type ResponseCache } from './response-cache.js';
import { createProviderClient } from './providers/create-client.js';
import type { LlmUsage, ProviderClient } from './providers/provider.js';
import { LLM_EXTRACTOR_VERSION, bodyStrings, buildCall, buildExtraction, prepareOntologyRequest, type OntologyRequest } from './llm-request.js';

export type { ResponseCache } from './response-cache.js';

/** Counters of one LLM extractor over a run (printed by the run summary). */
export interface LlmRunStats {
  /** Reports given to `extract`. */
  reports: number;
  /** HTTP / model calls made, retries included. */
  calls: number;
  cacheHits: number;
  retries: number;
  /** Reports whose extraction finally failed. */
  failures: number;
  inputTokens: number;
  outputTokens: number;
  /** Input tokens served from the provider's prompt cache. */
  cachedInputTokens: number;
  costUsd: number;
  /** Claimed mentions whose quote was not found in the report. */
  unverifiedClaims: number;
  /** Claimed mentions rejected by the schema (unknown label id, bad value). */
  rejectedClaims: number;
  /** Final failures by error code. */
  failuresByCode: Record<string, number>;
}

export interface LlmExtractorDeps {
  /** Response cache: the label store itself (`cacheGet` / `cachePut`) or a `{ get, put }` adapter. */
  cache?: ResponseCache | KeyValueCache;
  /** De-identification key: lets the leak guard compare request tokens with `report.guard`. */
  leakKey?: string;
  /** Provider adapter override (tests, custom transports). */
  client?: ProviderClient;
  /** LangChain chat model for provider `langchain` (default: ChatOpenAI / ChatAnthropic from config). */
  chatModel?: BaseChatModel;
}

export type LlmExtractor = Omit<Extractor, 'stats' | 'close'> & { stats(): LlmRunStats; close(): Promise<void> };

interface CachedAnswer {
  claims: Claim[];
  /** Abnormalities outside the ontology (`no-abnormality` ontologies); absent in older entries. */
  others?: OtherClaim[];
  tokens: LlmUsage;
}

/**
 * The LLM extractor: prompt from `prompts/`, schema from the ontology, leak-guarded request,
 * retries with jittered backoff (honouring `retry-after`), per-provider concurrency / RPM / TPM
 * limits, a circuit breaker, a response cache, evidence verification and cost accounting.
 *
 * `extract()` throws a {@link RadlabelError} with an `LLM_*` code (or `DEID_LEAK`) when it finally
 * fails; `retriable` is true for rate limits, 5xx, timeouts and an open breaker.
 */
export function createLlmExtractor(cfgIn: LlmConfig | LlmConfigInput, deps: LlmExtractorDeps = {}): LlmExtractor {
  const cfg = LlmConfigSchema.parse(cfgIn);
  const cache = deps.cache ? asResponseCache(deps.cache) : undefined;
  const template = loadPromptTemplate(cfg.promptId, cfg.promptVersion, cfg.promptDir);
  const client = deps.client ?? createProviderClient(cfg, { chatModel: deps.chatModel });
  const limiter = sharedRateLimiter(`${cfg.provider}|${cfg.baseUrl ?? ''}|${cfg.model}`, cfg.concurrency, { rpm: cfg.rpm, tpm: cfg.tpm });
  const breaker = new CircuitBreaker(cfg.breakerThreshold, cfg.breakerCooldownMs);
  // Named by the breaker's message: "open" alone does not say what to fix.
  let lastFault: RadlabelError | undefined;
  const requests = new Map<string, OntologyRequest & { systemTokens?: number }>();
  const inflight = new Map<string, Promise<CachedAnswer>>();
  const stats: LlmRunStats = {
    reports: 0, calls: 0, cacheHits: 0, retries: 0, failures: 0, inputTokens: 0, outputTokens: 0,
    cachedInputTokens: 0, costUsd: 0, unverifiedClaims: 0, rejectedClaims: 0, failuresByCode: {},
  };

  const requestFor = (o: Ontology) => {
    const k = `${o.id}@${o.version}`;
    let r = requests.get(k);
    if (!r) {
      r = prepareOntologyRequest(template, o, cfg.promptDir, cfg.provider === 'local');
      requests.set(k, r);
    }
    return r;
  };

  async function callModel(report: DeidentifiedReport, req: OntologyRequest & { systemTokens?: number }): Promise<CachedAnswer> {
    const call = buildCall(template, req, report.text, cfg.maxOutputTokens, cfg.temperature);
    await client.ready?.();
    const body = client.body(call);
    if (deps.leakKey && report.guard.length) assertNoLeak(bodyStrings(body).join('\n'), report.guard, deps.leakKey, report.reportId);
    const estimate = () => (req.systemTokens ??= countTokens(req.system)) + countTokens(call.user);
    const budget = cfg.tpm ? estimate() + cfg.maxOutputTokens : 0;
    for (let attempt = 0; ; attempt++) {
      if (!breaker.tryPass())
        throw new LlmError('LLM_CIRCUIT_OPEN', `the circuit breaker for the provider is open${lastFault ? ` after repeated faults; last: ${lastFault.code}: ${lastFault.message}` : ''}`);
      const release = await limiter.acquire(budget);
      let wait = 0;
      const ac = new AbortController();
      let timedOut = false;
      const timer = setTimeout(() => {
        timedOut = true;
        ac.abort();
      }, cfg.timeoutMs);
      stats.calls++;
      try {
        const answer = await client.send(body, call, ac.signal, cfg.timeoutMs);
        const parsed = parseClaims(req.schema, answer.value);
        if (!parsed) throw new LlmError('LLM_BAD_OUTPUT', 'the model answer does not match the output schema');
        breaker.onSuccess();
        stats.rejectedClaims += parsed.rejected;
        const usage = answer.usage ?? { input: estimate(), output: countTokens(answer.text ?? JSON.stringify(answer.value)) };
        stats.inputTokens += usage.input;
        stats.outputTokens += usage.output;
        stats.cachedInputTokens += usage.cached ?? 0;
        stats.costUsd += costUsd(cfg.prices, usage.input, usage.output);
        return { claims: parsed.claims, others: parsed.others, tokens: usage };
      } catch (e) {
        const err = toLlmError(e, timedOut);
        if (isProviderFault(err)) {
          lastFault = err;
          breaker.onFault();
        }
        else breaker.onNeutral();
        if (!isRetryable(err) || attempt >= cfg.maxRetries) throw err;
        stats.retries++;
        wait = backoffDelay({ baseMs: cfg.retryBaseMs, maxMs: cfg.retryMaxMs }, attempt, err instanceof LlmError ? err.retryAfterMs : undefined);
      } finally {
        clearTimeout(timer);
        release();
      }
      await sleep(wait);
    }
  }

  return {
    name: 'llm',
    version: LLM_EXTRACTOR_VERSION,
    async extract(report: DeidentifiedReport, ontology: Ontology): Promise<ExtractionResult> {
      stats.reports++;
      const req = requestFor(ontology);
      const key = responseCacheKey({
        text: report.text,
        provider: cfg.provider,
        model: cfg.model,
        prompt: template,
        ontology,
        systemHash: req.systemHash,
      });
      let answer: CachedAnswer | undefined;
      const hit = cache ? await cache.cacheGet(key) : undefined;
      if (hit !== undefined) {
        try {
          const v = JSON.parse(hit) as CachedAnswer;
          const parsed = parseClaims(req.schema, { mentions: v.claims, otherAbnormalities: v.others ?? [] });
          if (parsed && parsed.rejected === 0) answer = { claims: parsed.claims, others: parsed.others, tokens: v.tokens };
        } catch {
          answer = undefined; // a corrupt entry is ignored and overwritten below
        }
        if (answer) stats.cacheHits++;
      }
      if (!answer) {
        // Identical reports in flight at once share one call: with many workers, word-for-word
        // duplicate normals would otherwise all miss the cache together.
        const pending = inflight.get(key);
        if (pending) {
          try {
            answer = await pending;
            stats.cacheHits++;
          } catch {
            answer = undefined; // the shared call failed: this report makes its own attempt
          }
        }
      }
      if (!answer) {
        const call = callModel(report, req);
        inflight.set(key, call);
        try {
          answer = await call;
          // Written before the in-flight entry goes, so no duplicate slips between the two.
          // A cache write failure must not fail an extraction that succeeded.
          if (cache) await cache.cachePut(key, JSON.stringify(answer)).catch(() => undefined);
        } catch (e) {
          const err = e instanceof RadlabelError ? e : toLlmError(e, false);
          stats.failures++;
          stats.failuresByCode[err.code] = (stats.failuresByCode[err.code] ?? 0) + 1;
          throw new LlmError(err.code, err.message, {
            status: err instanceof LlmError ? err.status : undefined,
            stopsRun: err instanceof LlmError ? err.stopsRun : false,
            cause: err,
            locator: { ...err.locator, messageId: report.reportId },
          });
        } finally {
          inflight.delete(key);
        }
      }
      const meta = { provider: cfg.provider, model: cfg.model, prompt: template, tokens: answer.tokens, material: req.material };
      const result = buildExtraction(report, ontology, answer.claims, meta, answer.others);
      stats.unverifiedClaims += result.unverified;
      return { mentions: result.mentions, labels: result.labels, abnormal: result.abnormal };
    },
    stats: () => ({ ...stats, failuresByCode: { ...stats.failuresByCode } }),
    close: async () => {
      await client.close?.();
    },
  };
}
