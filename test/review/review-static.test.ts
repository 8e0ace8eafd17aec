import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { sendProblem, toProblem } from '../../src/service/http/problem.js';
import { REVIEW_CSP, reviewStaticRoutes } from '../../src/service/http/routes-review-static.js';

describe('review workbench static files', () => {
  const root = mkdtempSync(join(tmpdir(), 'rl-review-static-'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>review</title>');
  writeFileSync(join(root, 'app.js'), 'export {};');
  writeFileSync(join(root, 'review.css'), 'body{}');
  mkdirSync(join(root, 'sub'));
  writeFileSync(join(root, '.secret'), 'SECRET-CONTENT');
  writeFileSync(join(root, '..', 'outside-review.txt'), 'SECRET-CONTENT');

  const app = async () => {
    const a = Fastify();
    // As buildApp does: registry errors become problem+json with their status.
    a.setErrorHandler((err, req, reply) => sendProblem(reply, toProblem(err, req.url)));
    await a.register(reviewStaticRoutes(root));
    return a;
  };

  it('serves pages and assets with a strict CSP, no referrer, nosniff and their content types', async () => {
    const a = await app();
    for (const [url, type] of [['/review/', 'text/html'], ['/review/worklists', 'text/html'], ['/review/app.js', 'text/javascript'], ['/review/review.css', 'text/css']] as const) {
      const r = await a.inject({ url });
      expect(r.statusCode, url).toBe(200);
      expect(r.headers['content-type']).toContain(type);
      expect(r.headers['content-security-policy']).toBe(REVIEW_CSP);
      expect(r.headers['referrer-policy']).toBe('no-referrer');
      expect(r.headers['x-content-type-options']).toBe('nosniff');
    }
    expect(REVIEW_CSP).not.toContain('unsafe-inline');
    expect((await a.inject({ url: '/review' })).statusCode).toBe(301);
    await a.close();
  });

  it('lists no directory and serves nothing outside the folder or hidden', async () => {
    const a = await app();
    expect((await a.inject({ url: '/review/sub.x' })).statusCode).toBe(404);
    expect((await a.inject({ url: '/review/..%2foutside-review.txt' })).statusCode).toBe(404);
    for (const url of ['/review/sub.x', '/review/.secret', '/review/..%2foutside-review.txt', '/review/%2e%2e/outside-review.txt', '/review/sub/..%2f..%2foutside-review.txt']) {
      const r = await a.inject({ url });
      // Either refused or answered with the page itself (paths without an extension are client routes).
      if (r.statusCode !== 404) expect(r.body, url).toBe('<!doctype html><title>review</title>');
      expect(r.body).not.toContain('SECRET-CONTENT');
    }
    // A folder is a client-side route: the page, never a listing.
    const dir = await a.inject({ url: '/review/sub/' });
    expect(dir.body).toBe('<!doctype html><title>review</title>');
    await a.close();
  });
});
