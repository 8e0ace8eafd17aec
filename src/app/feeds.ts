import type { FastifyInstance } from 'fastify';
import type pino from 'pino';
import type { IngestPort } from '../service/ingest-port.js';

/** What the MLLP listener of the feeds workstream exposes (the seam of `src/service/ingest-port.ts`). */
export interface MllpHandle {
  close(): Promise<void>;
  address(): { port: number };
}
export type StartMllpListener = (opts: { host: string; port: number; ingest: IngestPort; maxFrameBytes: number; idleTimeoutMs: number; logger?: pino.Logger }) => Promise<MllpHandle>;
/** The FHIR routes plugin, registered under `/fhir/r4`; its routes declare `config.role`. */
export type FhirPlugin = (app: FastifyInstance, opts: { port: IngestPort; [k: string]: unknown }) => Promise<void>;

/**
 * The feeds `serve` starts when they are part of the build: the MLLP listener and the FHIR push
 * routes. They are loaded lazily, so a build without them still serves the HTTP API; `--mllp-port`
 * without a listener is a configuration error, never silently ignored.
 */
export const FEEDS: { mllp?: () => Promise<StartMllpListener>; fhir?: () => Promise<FhirPlugin> } = {};
