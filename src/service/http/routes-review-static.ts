import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import type { FastifyInstance, FastifyPluginAsync, FastifyReply } from 'fastify';
import { repoPath } from '../../util/paths.js';
import { problemError } from './problem.js';

/** The front end's build output (branch issue-16-web writes it). */
export const REVIEW_WEB_ROOT = repoPath('dist', 'web', 'review');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/** Content security policy of the workbench's pages: same-origin scripts, styles and API calls only. */
export const REVIEW_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/** A file name with a content hash (`app-3f9a1c2b.js`) never changes: cache it for a year. */
const HASHED = /[.-][0-9a-f]{8,}\.[a-z0-9]+$/i;

/**
 * Resolves a request path inside the root, or undefined: no `..` segments, no dot files, no NUL,
 * nothing outside the root after resolution. Pure, so the traversal rules are tested on their own.
 */
export function safeStaticPath(root: string, requestPath: string): string | undefined {
  let rel: string;
  try {
    rel = decodeURIComponent(requestPath);
  } catch {
    return undefined;
  }
  if (rel.includes('\0') || rel.includes('\\')) return undefined;
  const parts = rel.split('/').filter((p) => p !== '');
  if (parts.some((p) => p === '..' || p === '.' || p.startsWith('.'))) return undefined;
  const full = resolve(root, ...parts);
  return full === root || full.startsWith(root + sep) ? full : undefined;
}

async function sendFile(reply: FastifyReply, file: string): Promise<FastifyReply> {
  const st = await stat(file).catch(() => undefined);
  // Directories are never listed; only regular files are served.
  if (!st?.isFile()) throw problemError('HTTP_NOT_FOUND', 'no such file under /review');
  const type = TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
  void reply
    .type(type)
    .header('content-length', String(st.size))
    .header('last-modified', st.mtime.toUTCString())
    .header('x-content-type-options', 'nosniff')
    // The workbench has no inline script or style and talks only to this origin; report text must not
    // leak through a Referer or a frame.
    .header('content-security-policy', REVIEW_CSP)
    .header('referrer-policy', 'no-referrer')
    .header('cache-control', extname(file) === '.html' ? 'no-cache' : HASHED.test(file) ? 'public, max-age=31536000, immutable' : 'public, max-age=300');
  return reply.send(createReadStream(file));
}

/**
 * Serves the review workbench's static files under `/review` without a key (the API calls carry
 * it): `index.html` for `/review/` and for any path without an extension (client-side routes),
 * the files themselves otherwise. No directory listing, no path outside the folder.
 */
export function reviewStaticRoutes(root: string = REVIEW_WEB_ROOT): FastifyPluginAsync {
  const base = resolve(root);
  return async (app: FastifyInstance) => {
    app.get('/review', { config: { role: 'public' }, schema: { hide: true } }, async (_req, reply) => reply.redirect('/review/', 301));
    app.get('/review/*', { config: { role: 'public' }, schema: { hide: true } }, async (req, reply) => {
      const path = (req.params as { '*': string })['*'] ?? '';
      const file = path === '' || !extname(path) ? resolve(base, 'index.html') : safeStaticPath(base, path);
      if (!file) throw problemError('HTTP_NOT_FOUND', 'no such file under /review');
      return sendFile(reply, file);
    });
  };
}
