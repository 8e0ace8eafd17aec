import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import type pino from 'pino';
import { serializerCompiler, validatorCompiler, jsonSchemaTransform } from 'fastify-type-provider-zod';
import { ERROR_CODES } from '../../errors/index.js';
import type { ServiceRuntime } from '../../app/service-runtime.js';
import { hashApiKey, roleAllows } from '../api-keys.js';
import type { ApiKeyRecord, ApiRole } from '../store/service-store.js';
import { problemError, sendProblem, toProblem } from './problem.js';
import { leasedRedisStore } from './redis-rate-limit-store.js';
import { imageRoutes } from './routes-images.js';
import { reportRoutes } from './routes-reports.js';
import { labelRoutes } from './routes-labels.js';
import { adminRoutes } from './routes-admin.js';
import { healthRoutes } from './routes-health.js';
import { runRoutes } from './routes-runs.js';
import { keyRoutes } from './routes-keys.js';
import { reviewContext } from './review-context.js';
import { reviewRoutes } from './routes-review.js';
import { reviewFigureRoutes } from './routes-review-figures.js';
import { reviewStaticRoutes } from './routes-review-static.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Role a key needs for the route; `public` routes need none (health, metrics, docs). */
    role?: ApiRole | 'public';
  }
  interface FastifyRequest {
    apiKey?: ApiKeyRecord;
  }
}

export interface AppOptions {
  logger?: pino.Logger;
  /** Extra plugins (the FHIR routes) registered with the runtime's ingest port. */
  plugins?: Array<(app: FastifyInstance, rt: ServiceRuntime) => Promise<void>>;
  /** True while shutting down: new requests get 503 SERVICE_SHUTTING_DOWN, in-flight ones finish. */
  isDraining?: () => boolean;
  /** Folder served under `/review` (default `dist/web/review`, the front end's build output). */
  reviewWebRoot?: string;
}

/**
 * The Redis connection of the shared rate limit: scaled mode only (embedded mode counts in memory).
 * Fails fast (no offline queue) so a Redis outage costs a request no more than a refused connection.
 */
async function rateLimitRedis(rt: ServiceRuntime) {
  const url = rt.ctx.config.service.redisUrl;
  if (rt.mode !== 'scaled' || !url) return undefined;
  const { openRedis } = await import('../queue/redis-connection.js');
  const client = await openRedis(url, { cluster: rt.ctx.config.service.redisCluster, role: 'producer', lazyConnect: true });
  await client.connect().catch(() => undefined);
  return client;
}

/** Paths served without a key (probes, scrapes, API docs). */
const PUBLIC = /^\/(healthz|readyz|metrics|docs)(\/|$|\?)/;

/** Pino options that keep PHI out of logs: no bodies, no auth header, no query strings. */
export const REDACT_PATHS = ['req.headers.authorization', 'req.headers["x-api-key"]', 'req.body', 'body', 'raw', 'text', '*.text', '*.raw'];

/**
 * The HTTP API of `radlabel serve` (fastify 5). Every route declares a role (`config.role`);
 * one hook checks the key for all of them, including routes added by plugins. Errors are RFC 9457
 * problems carrying the registry's codes.
 */
export async function buildApp(rt: ServiceRuntime, opts: AppOptions = {}): Promise<FastifyInstance> {
  const cfg = rt.ctx.config.service;
  const app = Fastify({
    loggerInstance: opts.logger,
    bodyLimit: cfg.bodyLimitBytes,
    // Request ids only; the URL is logged without its query string by the serializer below.
    requestIdHeader: false,
  }) as unknown as FastifyInstance;
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  const keyCache = new Map<string, { rec: ApiKeyRecord | undefined; at: number }>();
  const lookup = async (key: string): Promise<ApiKeyRecord | undefined> => {
    const h = hashApiKey(key);
    const hit = keyCache.get(h);
    // A revoked key stops working within five seconds on every serve process.
    if (hit && Date.now() - hit.at < 5000) return hit.rec;
    const rec = await rt.svc.keyByHash(h);
    keyCache.set(h, { rec, at: Date.now() });
    return rec;
  };

  app.addHook('onRequest', async (req: FastifyRequest) => {
    const role = req.routeOptions.config?.role;
    if (opts.isDraining?.() && role !== 'public') throw problemError('SERVICE_SHUTTING_DOWN');
    if (role === 'public' || (!role && PUBLIC.test(req.url))) return;
    const auth = req.headers.authorization;
    const key = auth?.startsWith('Bearer ') ? auth.slice(7).trim() : (req.headers['x-api-key'] as string | undefined);
    if (!key) throw problemError('AUTH_MISSING_KEY');
    const rec = await lookup(key);
    if (!rec) throw problemError('AUTH_BAD_KEY');
    req.apiKey = rec;
    // A route without a declared role is admin-only: a forgotten declaration fails closed.
    if (!roleAllows(rec.role, role ?? 'admin')) throw problemError('AUTH_FORBIDDEN', `${ERROR_CODES.AUTH_FORBIDDEN} (key role ${rec.role}, route needs ${role ?? 'admin'})`);
  });

  const { default: rateLimit } = await import('@fastify/rate-limit');
  const shared = await rateLimitRedis(rt);
  if (shared) app.addHook('onClose', async () => void shared.disconnect());
  await app.register(rateLimit, {
    global: true,
    // With Redis (scaled mode) every serve process counts against one budget per key, leased in
    // blocks (a Redis round trip per request cost a third of intake); a Redis outage must not stop
    // intake (the inbox is in PostgreSQL), so requests then pass unlimited.
    ...(shared ? { store: leasedRedisStore(shared, `${cfg.queuePrefix}:ratelimit:`), skipOnError: true } : {}),
    hook: 'preHandler',
    max: cfg.rateLimitPerMinute,
    timeWindow: 60_000,
    keyGenerator: (req) => req.apiKey?.id ?? req.ip,
    allowList: (req) => PUBLIC.test(req.url),
    errorResponseBuilder: (_req, ctx) => ({ statusCode: 429, code: 'HTTP_RATE_LIMITED', message: `rate limit ${ctx.max} per minute`, retryAfter: ctx.after }),
  });

  const { default: swagger } = await import('@fastify/swagger');
  const { default: swaggerUi } = await import('@fastify/swagger-ui');
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: { title: 'radlabel', version: '0.1.0', description: 'Radiology reports to weak labels: de-identified, explainable, auditable.' },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
      security: [{ bearer: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/docs' });

  app.setErrorHandler((err, req, reply) => {
    const p = toProblem(err, req.url.split('?')[0]);
    if (p.status >= 500) req.log.error({ code: p.code, err: { name: (err as Error).name, code: (err as { code?: string }).code } }, 'request failed');
    if (p.code === 'HTTP_RATE_LIMITED') {
      const after = (err as { retryAfter?: string }).retryAfter;
      if (after) void reply.header('retry-after', String(Math.ceil(Number.parseInt(after, 10) / 1000) || 1));
    }
    return sendProblem(reply, p);
  });
  app.setNotFoundHandler((req, reply) => sendProblem(reply, toProblem(problemError('HTTP_NOT_FOUND', `no route ${req.method} ${req.url.split('?')[0]}`), req.url.split('?')[0])));

  await app.register(healthRoutes(rt));
  await app.register(reportRoutes(rt));
  await app.register(imageRoutes(rt));
  await app.register(labelRoutes(rt));
  await app.register(adminRoutes(rt));
  await app.register(runRoutes(rt));
  await app.register(keyRoutes(rt));
  // The review workbench: its store and audit log open on first use and close with the app.
  const review = reviewContext(rt);
  app.addHook('onClose', async () => review.close());
  // Report text and reviewers' answers must not stay in a browser or proxy cache.
  app.addHook('onSend', async (req, reply, payload) => {
    if (req.url.startsWith('/v1/review/')) void reply.header('cache-control', 'no-store');
    return payload;
  });
  await app.register(reviewRoutes(rt, review));
  await app.register(reviewFigureRoutes(rt, review));
  await app.register(reviewStaticRoutes(opts.reviewWebRoot));
  for (const p of opts.plugins ?? []) await p(app, rt);
  return app;
}
