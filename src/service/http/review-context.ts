import type { FastifyRequest } from 'fastify';
import type { ServiceRuntime } from '../../app/service-runtime.js';
import { openAuditLog, type AuditLog } from '../../audit/audit-log.js';
import type { Ontology } from '../../domain/ontology.js';
import { loadOntology } from '../../ontology/load-ontology.js';
import type { ReviewStore } from '../../review/review-store.js';
import { openReviewStore } from '../../review/store/open-review-store.js';
import { problemError } from './problem.js';

/** What the review routes share: the review store and audit log (opened on first use), key names, ontologies. */
export interface ReviewContext {
  store(): Promise<ReviewStore>;
  /** Appends an audit event for the calling key (actor `key:<id>`, from its address). */
  audit(req: FastifyRequest, action: string, target: string): Promise<void>;
  /** Key id → name, for showing reviewers (names are labels an admin chose, never report data). */
  keyNames(): Promise<Map<string, string>>;
  ontology(id: string): Ontology;
  close(): Promise<void>;
}

/** The caller's key id (the onRequest hook set it; review routes are never public). */
export const callerId = (req: FastifyRequest): string => {
  if (!req.apiKey) throw problemError('AUTH_MISSING_KEY');
  return req.apiKey.id;
};

export function reviewContext(rt: ServiceRuntime): ReviewContext {
  let store: Promise<ReviewStore> | undefined;
  let audit: Promise<AuditLog & { close(): Promise<void> }> | undefined;
  const ontologies = new Map<string, Ontology>([[rt.ctx.ontology.id, rt.ctx.ontology]]);
  let names: { at: number; map: Map<string, string> } | undefined;
  return {
    store: () => (store ??= openReviewStore(rt.ctx.config.db)),
    async audit(req, action, target) {
      audit ??= openAuditLog(rt.ctx.config.db);
      await (await audit).appendAudit({ actor: `key:${callerId(req)}`, action, target, from: req.ip || 'unknown' });
    },
    async keyNames() {
      // Key names change rarely; a minute-old list is fine for labelling reviewers.
      if (!names || Date.now() - names.at > 60_000) names = { at: Date.now(), map: new Map((await rt.svc.listKeys()).map((k) => [k.id, k.name])) };
      return names.map;
    },
    ontology(id) {
      let o = ontologies.get(id);
      if (!o) ontologies.set(id, (o = loadOntology(id, rt.ctx.config.ontologyDir)));
      return o;
    },
    async close() {
      await (await store)?.close();
      await (await audit)?.close();
    },
  };
}
