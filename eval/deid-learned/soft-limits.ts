// `--soft plainWord=8,acronym=6,loneWord=Infinity`: sets the learned layer's SOFT_LIMITS for a sweep.
import { SOFT_LIMITS } from '../../src/deid/learned/learned-names.js';
import { clearShortTextMemo } from '../../src/deid/detect.js';

/** Applies a `key=value,…` list to SOFT_LIMITS (unknown keys are an error) and returns the settings in force. */
export function applySoftLimits(spec: string | undefined): string {
  for (const part of (spec ?? '').split(',').filter(Boolean)) {
    const [k, v] = part.split('=');
    if (!k || !(k in SOFT_LIMITS) || v === undefined || Number.isNaN(Number(v))) throw new Error(`--soft: bad entry ${part} (keys: ${Object.keys(SOFT_LIMITS).join(', ')})`);
    (SOFT_LIMITS as Record<string, number>)[k] = Number(v);
  }
  // The detector memoises short texts' spans on the shipped settings: a new setting must not reuse them.
  clearShortTextMemo();
  return Object.entries(SOFT_LIMITS).map(([k, v]) => `${k}=${v}`).join(",");
}
