import type { FastifyReply } from 'fastify';
import { ERROR_CODES, RadlabelError, behaviourOf, type ErrorCode } from '../../errors/index.js';

/** RFC 9457 problem details, with the registry code as `code` and `type`. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  instance?: string;
  [extra: string]: unknown;
}

/** fastify's own error codes → the registry's. */
const FASTIFY_CODES: Record<string, ErrorCode> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'HTTP_UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_BODY_TOO_LARGE: 'HTTP_BODY_TOO_LARGE',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'HTTP_BAD_REQUEST',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'HTTP_BAD_REQUEST',
  FST_ERR_VALIDATION: 'HTTP_BAD_REQUEST',
  FST_ERR_NOT_FOUND: 'HTTP_NOT_FOUND',
};

/**
 * One function turns anything thrown in a route into a problem: registry errors keep their code
 * and message (messages never carry report text), fastify errors are mapped, anything else is a
 * 500 without its message (which might quote input).
 */
export function toProblem(err: unknown, instance?: string): Problem {
  let code: ErrorCode;
  let detail: string;
  const e = err as { code?: string; statusCode?: number; validation?: unknown; message?: string };
  if (err instanceof RadlabelError) {
    code = err.code;
    detail = err.describe();
  } else if (e && typeof e.code === 'string' && FASTIFY_CODES[e.code]) {
    code = FASTIFY_CODES[e.code]!;
    detail = code === 'HTTP_BAD_REQUEST' && e.validation ? `invalid request: ${e.message ?? ''}` : ERROR_CODES[code];
  } else if (e?.validation) {
    code = 'HTTP_BAD_REQUEST';
    detail = `invalid request: ${e.message ?? ''}`;
  } else if (e?.statusCode === 429) {
    code = 'HTTP_RATE_LIMITED';
    detail = ERROR_CODES.HTTP_RATE_LIMITED;
  } else {
    return { type: 'about:blank', title: 'Internal Server Error', status: 500, detail: 'internal error (see the server log)', code: 'INTERNAL', instance };
  }
  const status = behaviourOf(code).http;
  const rejected = (err as { rejected?: unknown }).rejected;
  return { type: `https://radlabel.dev/errors#${code}`, title: ERROR_CODES[code], status, detail, code, instance, ...(Array.isArray(rejected) ? { rejected } : {}) };
}

/** Sends a problem as `application/problem+json`. */
export function sendProblem(reply: FastifyReply, p: Problem): FastifyReply {
  return reply.code(p.status).type('application/problem+json').send(p);
}

/** A registry error for a route to throw. */
export const problemError = (code: ErrorCode, message: string = ERROR_CODES[code]): RadlabelError => new RadlabelError(code, message);
