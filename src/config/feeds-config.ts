import { z } from 'zod';

/** OAuth2 client credentials or a fixed bearer token for a FHIR server. */
const FhirAuthSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('bearer'), token: z.string().min(1) }).strict(),
  z
    .object({
      kind: z.literal('client-credentials'),
      tokenUrl: z.url(),
      clientId: z.string().min(1),
      clientSecret: z.string().min(1),
      scope: z.string().optional(),
    })
    .strict(),
]);

/**
 * The `feeds` section of `radlabel.config.json`: which hospital interfaces `radlabel serve` opens.
 * Every feed is off unless configured. See README "Hospital feeds".
 */
export const FeedsConfigSchema = z
  .object({
    /**
     * The one MLLP configuration (`RADLABEL_MLLP_PORT`, `_HOST`, `_MAX_FRAME_BYTES`,
     * `_IDLE_TIMEOUT_MS`; `--mllp-port`). `service.mllpPort` / `mllpMaxFrameBytes` /
     * `mllpIdleTimeoutMs` are deprecated aliases, moved here by `loadConfig` with a warning.
     */
    mllp: z
      .object({
        /** TCP port of the MLLP listener (`--mllp-port` overrides); unset: no listener. */
        port: z.coerce.number().int().min(0).max(65535).optional(),
        host: z.string().default('127.0.0.1'),
        /** Largest frame; larger ones are answered AR unread. */
        maxFrameBytes: z.coerce.number().int().positive().default(1024 * 1024),
        /** A connection silent this long is closed. */
        idleTimeoutMs: z.coerce.number().int().positive().default(60_000),
      })
      .strict()
      .default({ host: '127.0.0.1', maxFrameBytes: 1024 * 1024, idleTimeoutMs: 60_000 }),
    fhir: z
      .object({
        /** FHIR R4 base URL: pulled from, read for id-only notifications, written back to. */
        baseUrl: z.url().optional(),
        auth: FhirAuthSchema.optional(),
        /** Poll the server every `intervalMs`; 0 turns polling off (push only). */
        pull: z
          .object({
            intervalMs: z.number().int().min(0).default(60_000),
            pageSize: z.number().int().min(1).max(1000).default(100),
            /** `_lastUpdated` to start from on the first sweep (ISO instant); default: everything. */
            since: z.iso.datetime({ offset: true }).optional(),
          })
          .strict()
          .default({ intervalMs: 60_000, pageSize: 100 }),
        /** Accept pushes on /fhir/r4 (DiagnosticReport, transaction / batch, Subscription notifications). */
        push: z.boolean().default(true),
        /** POST labels back to `baseUrl` as Observations after labelling. */
        writeBack: z.boolean().default(false),
        bodyLimitBytes: z.number().int().positive().default(5 * 1024 * 1024),
      })
      .strict()
      .superRefine((f, ctx) => {
        if (f.writeBack && !f.baseUrl) ctx.addIssue({ code: 'custom', path: ['writeBack'], message: 'writeBack needs feeds.fhir.baseUrl' });
      })
      .default({ pull: { intervalMs: 60_000, pageSize: 100 }, push: true, writeBack: false, bodyLimitBytes: 5 * 1024 * 1024 }),
  })
  .strict();

export type FeedsConfig = z.infer<typeof FeedsConfigSchema>;
