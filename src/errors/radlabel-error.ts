import { ERROR_CODES, type ErrorCode } from './codes.js';

/** Points at the exact input an error is about. Never holds report text. */
export interface Locator {
  file?: string;
  /** Message control id, resource id, or row id. */
  messageId?: string;
  /** 1-based row / line / message index. */
  row?: number;
  /** Path inside a structured file (YAML key path, JSON pointer). */
  path?: string;
}

/**
 * The root error of radlabel. Messages must never contain report text or identifiers: they name
 * the input by {@link Locator} and describe the problem.
 */
export class RadlabelError extends Error {
  readonly code: ErrorCode;
  readonly locator: Locator;
  /** Whether retrying the same operation may succeed (rate limits, timeouts, 5xx). */
  readonly retriable: boolean;

  constructor(code: ErrorCode, message: string, opts: { locator?: Locator; retriable?: boolean; cause?: unknown } = {}) {
    super(message, opts.cause === undefined ? undefined : { cause: opts.cause });
    this.name = 'RadlabelError';
    this.code = code;
    this.locator = opts.locator ?? {};
    this.retriable = opts.retriable ?? false;
  }

  /** "file.hl7 message 3 (MSG00001): HL7_NO_MSH: …" */
  describe(): string {
    return `${formatLocator(this.locator)}${this.code}: ${this.message}`;
  }

  toJSON(): { code: ErrorCode; message: string; locator: Locator; retriable: boolean } {
    return { code: this.code, message: this.message, locator: this.locator, retriable: this.retriable };
  }
}

/** Human-readable prefix naming the input, e.g. `reports.csv row 12: `. Empty when nothing is known. */
export function formatLocator(l: Locator): string {
  const parts: string[] = [];
  if (l.file) parts.push(l.file);
  if (l.row !== undefined) parts.push(`row ${l.row}`);
  if (l.messageId) parts.push(`id ${l.messageId}`);
  if (l.path) parts.push(`at ${l.path}`);
  return parts.length ? `${parts.join(' ')}: ` : '';
}

/** Turns anything thrown into a RadlabelError without copying input text into the message. */
export function normalizeError(err: unknown, fallback: ErrorCode = 'EXTRACT_FAILED', locator?: Locator): RadlabelError {
  if (err instanceof RadlabelError) return err;
  const name = err instanceof Error ? err.name : typeof err;
  return new RadlabelError(fallback, `${ERROR_CODES[fallback]} (${name})`, { locator, cause: err });
}

export function isRadlabelError(err: unknown, code?: ErrorCode): err is RadlabelError {
  return err instanceof RadlabelError && (code === undefined || err.code === code);
}
