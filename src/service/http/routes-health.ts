import type { FastifyInstance, FastifyPluginAsync } from 'fastify';
import type { ServiceRuntime } from '../../app/service-runtime.js';
import { normalizeError } from '../../errors/index.js';

/** `/healthz` (process up), `/readyz` (database, queue, workers), `/metrics` (Prometheus text). */
export function healthRoutes(rt: ServiceRuntime): FastifyPluginAsync {
  return async (app: FastifyInstance) => {
    app.get('/healthz', { config: { role: 'public' }, schema: { summary: 'Liveness' } }, async () => ({ status: 'ok' }));

    app.get('/readyz', { config: { role: 'public' }, schema: { summary: 'Readiness: database, Redis / queue, workers seen' } }, async (_req, reply) => {
      const checks: Record<string, unknown> = { mode: rt.mode };
      let ok = true;
      try {
        await rt.svc.ping();
        checks.database = 'ok';
      } catch (e) {
        ok = false;
        checks.database = normalizeError(e, 'STORE_READ').code;
      }
      if (rt.queue) {
        try {
          checks.queue = await rt.queue.depth();
          checks.workers = await rt.queue.workers();
        } catch (e) {
          ok = false;
          checks.queue = normalizeError(e, 'SERVICE_UNAVAILABLE').code;
        }
      }
      return reply.code(ok ? 200 : 503).send({ status: ok ? 'ready' : 'unavailable', ...checks });
    });

    app.get('/metrics', { config: { role: 'public' }, schema: { hide: true } }, async (_req, reply) => {
      const body = await rt.metrics.registry.metrics();
      return reply.type(rt.metrics.registry.contentType).send(body);
    });
  };
}
