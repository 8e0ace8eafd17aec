import { z } from 'zod';

const port = z.coerce.number().int().min(0).max(65535);
const positive = z.coerce.number().int().positive();

/**
 * Settings of the service processes (`radlabel serve`, `radlabel worker`). Embedded mode (no
 * `redisUrl`) runs every stage inside `serve`; with `redisUrl` and a `postgres://` db, `serve` only
 * accepts and stores and workers label. Every key is also a `RADLABEL_SERVICE_*` variable.
 */
export const ServiceConfigSchema = z
  .object({
    /** Address the HTTP API listens on. */
    host: z.string().default('127.0.0.1'),
    port: port.default(8080),
    /** Redis URL (`redis://host:6379/0`). Set: scaled mode (BullMQ workers); unset: embedded mode. */
    redisUrl: z.string().regex(/^rediss?:\/\//, 'must be a redis:// or rediss:// URL').optional(),
    /** `redisUrl` names one node of a Redis Cluster (the others are discovered); queue keys share the prefix's hash slot. */
    redisCluster: z.preprocess((v) => (v === 'true' ? true : v === 'false' ? false : v), z.boolean()).default(false),
    /** BullMQ key prefix; the braces make it a Redis Cluster hash tag (every key in one slot). */
    queuePrefix: z.string().regex(/^\{[\w.-]+\}$/, 'must be a hash tag in braces, e.g. {radlabel}').default('{radlabel}'),
    /**
     * Key of the AES-256-GCM encryption of raw messages at rest: 64 hex characters (32 bytes). Unset:
     * derived from the de-identification key (HKDF), so one secret protects both.
     */
    encryptionKey: z.string().regex(/^[0-9a-fA-F]{64}$/, 'must be 64 hex characters (32 bytes)').optional(),
    /** Largest request body accepted, in bytes (413 above). */
    bodyLimitBytes: positive.default(5_242_880),
    /** Requests per minute per API key (429 above). */
    rateLimitPerMinute: positive.default(1200),
    /** Days a quarantined raw input is kept (encrypted) before `radlabel quarantine purge` deletes it. */
    quarantineRetentionDays: z.coerce.number().nonnegative().default(30),
    /** Reports labelled at once inside `serve` in embedded mode. */
    embeddedConcurrency: positive.default(2),
    /** Jobs one `radlabel worker` process runs at once (flag `--concurrency`). */
    workerConcurrency: positive.default(16),
    /** Attempts of a job whose failure is transient (database down, LLM 5xx) before it is dead-lettered. */
    jobAttempts: positive.default(8),
    /** First backoff delay of a retried job (exponential). */
    jobBackoffMs: positive.default(1000),
    /** Lock of a running job; a worker killed mid-job has its jobs taken over this long after (BullMQ stalled check). */
    jobLockMs: positive.default(30_000),
    /** Jobs running at once across ALL workers (BullMQ global concurrency); bounds LLM load. Unset: no cap. */
    globalConcurrency: positive.optional(),
    /** Jobs started per minute across ALL workers (BullMQ global rate limit; e.g. the LLM's RPM). Unset: no cap. */
    globalRatePerMinute: positive.optional(),
  })
  .strict();

export type ServiceConfig = z.infer<typeof ServiceConfigSchema>;

/**
 * The MLLP settings that used to live in `service` (and their `RADLABEL_SERVICE_MLLP_*`
 * variables): deprecated aliases of `feeds.mllp`, the one MLLP configuration. `loadConfig` moves
 * them there with a warning.
 */
export const DEPRECATED_MLLP_ALIASES = { mllpPort: 'port', mllpMaxFrameBytes: 'maxFrameBytes', mllpIdleTimeoutMs: 'idleTimeoutMs' } as const;

/** Every `RADLABEL_SERVICE_*` variable with the key it sets (plus the short `RADLABEL_REDIS_URL`). */
export function serviceEnvNames(): Array<[name: string, key: string]> {
  const names = [...Object.keys(ServiceConfigSchema.shape), ...Object.keys(DEPRECATED_MLLP_ALIASES)].map((key): [string, string] => [`RADLABEL_SERVICE_${key.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase()}`, key]);
  return [...names, ['RADLABEL_REDIS_URL', 'redisUrl']];
}

/** `RADLABEL_SERVICE_*` variable → key of {@link ServiceConfigSchema} (RADLABEL_SERVICE_REDIS_URL → redisUrl). */
export function serviceEnv(env: NodeJS.ProcessEnv): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, key] of serviceEnvNames()) {
    if (name === 'RADLABEL_REDIS_URL') continue;
    const v = env[name];
    if (v !== undefined && v !== '') out[key] = v;
  }
  // The short names the issue promises.
  if (env.RADLABEL_REDIS_URL) out.redisUrl ??= env.RADLABEL_REDIS_URL;
  return out;
}
