import type { FastifyInstance, FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ServiceRuntime } from '../../app/service-runtime.js';
import { API_ROLES, createApiKey } from '../api-keys.js';
import type { ApiRole } from '../store/service-store.js';
import { problemError } from './problem.js';
import { auditRequest } from './audit-request.js';

export const KeyCreateSchema = z.object({ role: z.enum(API_ROLES as [ApiRole, ...ApiRole[]]), name: z.string().min(1).max(100).optional() }).strict();

/**
 * `GET /v1/keys`, `POST /v1/keys`, `DELETE /v1/keys/:id` (admin): the API twin of `radlabel keys`.
 * A new key is in the answer once (only its hash is stored); creation and revocation are audited.
 */
export function keyRoutes(rt: ServiceRuntime): FastifyPluginAsync {
  return async (plain: FastifyInstance) => {
    const app = plain.withTypeProvider<ZodTypeProvider>();
    app.get('/v1/keys', { config: { role: 'admin' }, schema: { summary: 'API keys: id, name, role, created, revoked (never the keys)' } }, async () => ({ items: await rt.svc.listKeys() }));
    app.post('/v1/keys', { config: { role: 'admin' }, schema: { summary: 'Create an API key; the key is in this answer only', body: KeyCreateSchema } }, async (req, reply) => {
      const { record, key } = await createApiKey(rt.svc, req.body.role, req.body.name);
      await auditRequest(rt.audit, req, 'key.create', `key=${record.id} role=${record.role}`);
      return reply.code(201).send({ ...record, key });
    });
    app.delete('/v1/keys/:id', { config: { role: 'admin' }, schema: { summary: 'Revoke an API key (every serve process refuses it within 5 s)', params: z.object({ id: z.string().min(1).max(100) }) } }, async (req, reply) => {
      if (!(await rt.svc.revokeKey(req.params.id))) throw problemError('HTTP_NOT_FOUND', `no active key ${req.params.id}`);
      await auditRequest(rt.audit, req, 'key.revoke', `key=${req.params.id}`);
      return reply.code(204).send();
    });
  };
}
