import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/service/http/build-app.js';
import { openImageStore } from '../../src/store/images/open-image-store.js';
import { embeddedRuntime, type EmbeddedHarness } from './helpers.js';

describe('GET /v1/studies/:studyUid/images', () => {
  let h: EmbeddedHarness;
  let app: FastifyInstance;
  beforeAll(async () => {
    h = await embeddedRuntime();
    app = await buildApp(h.rt);
    const images = openImageStore(h.rt.ctx.config.db);
    await images.migrate();
    await images.saveImages([
      { imageId: '2.25.11', studyId: '2.25.100', seriesId: '2.25.10', modality: 'DX', view: 'PA', location: 'images/a.dcm', source: 'scan', guard: [] },
      { imageId: '2.25.12', studyId: '2.25.100', seriesId: '2.25.10', modality: 'DX', view: 'LL', location: 'images/b.dcm', source: 'scan', guard: [] },
      { imageId: '2.25.21', studyId: '2.25.200', modality: 'DX', view: 'AP', location: 'images/c.dcm', source: 'scan', guard: [] },
    ]);
    await images.close();
  });
  afterAll(async () => {
    await app.close();
    await h.close();
  });

  it("lists a study's indexed images to a read key, 404 for an unknown study, 401 without a key", async () => {
    const key = await h.key('read');
    const ok = await app.inject({ method: 'GET', url: '/v1/studies/2.25.100/images', headers: { authorization: `Bearer ${key}` } });
    expect(ok.statusCode).toBe(200);
    const body = ok.json() as { studyUid: string; images: Array<{ imageId: string; view?: string }> };
    expect(body.studyUid).toBe('2.25.100');
    expect(body.images.map((i) => [i.imageId, i.view]).sort()).toEqual([
      ['2.25.11', 'PA'],
      ['2.25.12', 'LL'],
    ]);
    const missing = await app.inject({ method: 'GET', url: '/v1/studies/2.25.999/images', headers: { authorization: `Bearer ${key}` } });
    expect(missing.statusCode).toBe(404);
    expect(missing.headers['content-type']).toMatch(/problem\+json/);
    const anon = await app.inject({ method: 'GET', url: '/v1/studies/2.25.100/images' });
    expect(anon.statusCode).toBe(401);
  });
});
