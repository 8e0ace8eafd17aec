/**
 * The logging the feeds need: pino's `(object, message)` call shape, so a pino logger (or a
 * fastify `app.log`) plugs in as is. Objects passed here hold metadata only (peer, message id,
 * codes, sizes): never message bodies.
 */
export interface FeedLogger {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

/** A logger that drops everything (the default when none is given). */
export const silentLogger: FeedLogger = { info: () => undefined, warn: () => undefined, error: () => undefined };
