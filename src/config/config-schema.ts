import { z } from 'zod';
import { FeedsConfigSchema } from './feeds-config.js';
import { ServiceConfigSchema } from './service-config.js';

/**
 * The one configuration schema. Parsed once at start-up from an optional `radlabel.config.json`
 * (or the file named by `RADLABEL_CONFIG`), then `RADLABEL_*` environment variables, then CLI flags.
 */
export const ConfigSchema = z
  .object({
    /** SQLite database path (embedded default) or a postgres:// URL. */
    db: z.string().default('.radlabel/radlabel.db'),
    /** Folder of ontology YAML files (default: the `ontologies/` folder shipped with radlabel). */
    ontologyDir: z.string().optional(),
    ontology: z.string().default('chexpert'),
    extractor: z.enum(['rules', 'llm', 'hybrid']).default('rules'),
    deid: z
      .object({
        /** Secret for HMAC pseudonyms and date shifts. When unset, a random key is created beside the db and reused. */
        key: z.string().min(16, 'the de-identification key must be at least 16 characters').optional(),
        mode: z.enum(['surrogate', 'tag']).default('surrogate'),
        /** Keep study instance UIDs as they are (in-house use) instead of remapping them to 2.25.<hmac>. */
        keepStudyUids: z.boolean().default(false),
        /** Detection profile (issue 11): `balanced` (default) or `strict` (recall first, for research export). */
        profile: z.enum(['strict', 'balanced']).default('balanced'),
      })
      .strict()
      .default({ mode: 'surrogate', keepStudyUids: false, profile: 'balanced' }),
    /**
     * LLM extractor settings (provider, model, baseUrl, prices, rpm, tpm, timeoutMs…), validated by
     * `LlmConfigSchema` in `src/extract/llm/llm-config.ts` when an LLM extractor is built; flags win.
     */
    llm: z.record(z.string(), z.unknown()).default({}),
    logLevel: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('warn'),
    /** Hospital feeds of `radlabel serve` (MLLP, FHIR pull / push / write-back); see `src/feeds/feeds-config.ts`. */
    feeds: FeedsConfigSchema.default(FeedsConfigSchema.parse({})),
    /** `radlabel serve` / `radlabel worker` settings; see `src/config/service-config.ts`. */
    service: ServiceConfigSchema.prefault({}),
  })
  .strict();

export type Config = z.infer<typeof ConfigSchema>;
