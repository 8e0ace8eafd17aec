import { createServer, type Server } from 'node:http';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pullDicomweb } from '../../src/images/dicomweb/pull-dicomweb.js';
import { openSqliteImageStore } from '../../src/store/images/sqlite-image-store.js';

const KEY = 'q'.repeat(32);
const uid = (s: number, se?: number, i?: number) => ['1.2.826.0.1.3680043.8.498.55', s, se, i].filter((x) => x !== undefined).join('.');
const attr = (vr: string, v: unknown) => ({ vr, Value: [v] });

/** A QIDO-RS stand-in on loopback: 5 studies × 2 series × 3 instances, bearer auth, limit / offset, injectable failures. */
function qidoServer(state: { failSeriesOf?: number; transient503?: number; seen: string[] }): Server {
  return createServer((req, res) => {
    const url = new URL(req.url!, 'http://x');
    state.seen.push(url.pathname + url.search);
    if (req.headers.authorization !== 'Bearer tok-123') return void res.writeHead(401).end();
    if (state.transient503 && state.transient503-- > 0) return void res.writeHead(503).end();
    const limit = Number(url.searchParams.get('limit') ?? 1000);
    const offset = Number(url.searchParams.get('offset') ?? 0);
    const parts = url.pathname.split('/').filter(Boolean); // dicom-web, studies, S, series, SE, instances
    let all: object[];
    if (parts.length === 2) {
      all = [1, 2, 3, 4, 5].map((s) => ({ '0020000D': attr('UI', uid(s)), '00080050': attr('SH', `ACCQ${s}`), '00100020': attr('LO', `MRNQ${s}`) }));
    } else if (parts.length === 4) {
      const s = Number(parts[2]!.split('.').pop());
      if (state.failSeriesOf === s) return void res.writeHead(500).end();
      all = [1, 2].map((se) => ({ '0020000E': attr('UI', uid(s, se)), '00080060': attr('CS', 'DX') }));
    } else {
      const [s, se] = parts[4]!.split('.').slice(-2).map(Number) as [number, number];
      const include = url.searchParams.get('includefield') ?? '';
      all = [1, 2, 3].map((i) => ({
        '00080018': attr('UI', uid(s, se, i)),
        ...(include.split(',').includes('00185101') ? { '00185101': attr('CS', se === 1 ? 'PA' : 'LL') } : {}),
      }));
    }
    res.writeHead(200, { 'Content-Type': 'application/dicom+json' }).end(JSON.stringify(all.slice(offset, offset + limit)));
  });
}

describe('pullDicomweb against a loopback QIDO-RS stand-in', () => {
  const state: { failSeriesOf?: number; transient503?: number; seen: string[] } = { seen: [] };
  const server = qidoServer(state);
  let base = '';
  beforeAll(async () => {
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as { port: number }).port}/dicom-web`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it('pages every level, asks for the view position, retries a 503, stops on a hard failure and resumes after the last whole study', async () => {
    const store = openSqliteImageStore(join(mkdtempSync(join(tmpdir(), 'radlabel-pull-')), 'db.sqlite'));
    const settings = { url: base, auth: { kind: 'bearer' as const, token: 'tok-123' }, attempts: 2 };
    state.failSeriesOf = 3;
    state.transient503 = 1;
    await expect(pullDicomweb(store, settings, { key: KEY, keepStudyUids: false, pageSize: 2 })).rejects.toMatchObject({
      code: 'DICOMWEB_HTTP',
      message: expect.stringMatching(/HTTP 500\. 2 studies were indexed; run the pull again to resume at study 3\.$/),
    });
    expect(await store.counts()).toEqual({ images: 12, studies: 2 });
    expect(state.seen.some((s) => /\/studies\?.*limit=2&offset=2/.test(s))).toBe(true);
    expect(state.seen.some((s) => /instances\?includefield=00185101,/.test(s))).toBe(true);

    state.failSeriesOf = undefined;
    state.seen.length = 0;
    const r = await pullDicomweb(store, settings, { key: KEY, keepStudyUids: false, pageSize: 2 });
    expect(r).toMatchObject({ resumedAt: 2, studies: 3, series: 6, instances: 18 });
    expect(state.seen[0]).toMatch(/^\/dicom-web\/studies\?.*offset=2/);
    expect(await store.counts()).toEqual({ images: 30, studies: 5 });
    const views = (await store.imagePage(undefined, 100)).map((i) => i.view);
    expect(views.filter((v) => v === 'PA')).toHaveLength(15);
    const stored = JSON.stringify(await store.imagePage(undefined, 100));
    expect(stored).not.toMatch(/1\.2\.826\.0\.1\.3680043\.8\.498\.55|ACCQ|MRNQ/);

    // A completed pull starts from the first study next time.
    const again = await pullDicomweb(store, settings, { key: KEY, keepStudyUids: false, pageSize: 2 });
    expect(again).toMatchObject({ resumedAt: 0, studies: 5, instances: 30 });
    await store.close();
  });

  it('refuses without the right token, naming no identifier', async () => {
    const store = openSqliteImageStore(join(mkdtempSync(join(tmpdir(), 'radlabel-pull-')), 'db.sqlite'));
    await expect(pullDicomweb(store, { url: base, auth: { kind: 'bearer', token: 'nope' } }, { key: KEY, keepStudyUids: false })).rejects.toMatchObject({
      code: 'DICOMWEB_AUTH',
    });
    await store.close();
  });
});
