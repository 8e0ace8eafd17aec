import { createRequire } from 'node:module';
import type { Tiktoken } from 'js-tiktoken';
import type { LlmPrices } from './llm-config.js';

let encoder: Tiktoken | undefined;

/**
 * Token count of a text with `o200k_base` (exact for current OpenAI models, a close estimate for
 * others). Used for TPM budgeting and when a provider reports no usage.
 */
export function countTokens(text: string): number {
  // Loaded on first use: the module holds every encoding's ranks and takes a noticeable part of an
  // LLM run's start-up, while most providers report usage and no TPM limit is set.
  encoder ??= (createRequire(import.meta.url)('js-tiktoken') as typeof import('js-tiktoken')).getEncoding('o200k_base');
  return encoder.encode(text).length;
}

/** Cost in US dollars of a call, or 0 when no prices are configured. */
export function costUsd(prices: LlmPrices | undefined, input: number, output: number): number {
  if (!prices) return 0;
  return (input * prices.inputPerMTok + output * prices.outputPerMTok) / 1_000_000;
}
