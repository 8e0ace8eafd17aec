import { RadlabelError } from '../../errors/index.js';
import { isDicomJsonArray, type DicomJson } from './dicom-json.js';

/** How to reach a DICOMweb server. Credentials never appear in stored URLs or messages. */
export interface DicomwebSettings {
  /** QIDO-RS / WADO-RS root, e.g. `http://127.0.0.1:8042/dicom-web`. */
  url: string;
  auth?: { kind: 'basic'; user: string; password: string } | { kind: 'bearer'; token: string };
  /** Per-request timeout. Default 30 s. */
  timeoutMs?: number;
  /** Attempts for a network error, 429 or 5xx (jittered backoff). Default 3. */
  attempts?: number;
}

/** The server root without credentials or a trailing slash: what names the source and goes into locations. */
export function publicRoot(url: string): string {
  const u = new URL(url);
  u.username = '';
  u.password = '';
  u.search = '';
  u.hash = '';
  return u.toString().replace(/\/+$/, '');
}

function authHeader(s: DicomwebSettings): string | undefined {
  if (!s.auth) {
    const u = new URL(s.url);
    return u.username ? `Basic ${Buffer.from(`${decodeURIComponent(u.username)}:${decodeURIComponent(u.password)}`).toString('base64')}` : undefined;
  }
  return s.auth.kind === 'basic' ? `Basic ${Buffer.from(`${s.auth.user}:${s.auth.password}`).toString('base64')}` : `Bearer ${s.auth.token}`;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * A small QIDO-RS client over `fetch` (no XMLHttpRequest polyfill): `GET {root}{path}?query` with
 * `Accept: application/dicom+json`, basic or bearer auth, a timeout and retries of transient
 * failures. Errors name the path level (`/studies`, `/series`, `/instances`), never UIDs.
 */
export class QidoClient {
  private readonly root: string;
  private readonly auth: string | undefined;

  constructor(private readonly s: DicomwebSettings) {
    this.root = publicRoot(s.url);
    this.auth = authHeader(s);
  }

  async search(path: string, query: Record<string, string>, level: string): Promise<DicomJson[]> {
    // Commas stay literal: servers split `includefield=a,b` on them (Orthanc does not decode %2C first).
    const qs = Object.entries(query)
      .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v).replace(/%2C/gi, ',')}`)
      .join('&');
    const url = `${this.root}${path}${qs ? `?${qs}` : ''}`;
    const attempts = this.s.attempts ?? 3;
    for (let attempt = 1; ; attempt++) {
      let res: Response;
      try {
        res = await fetch(url, {
          headers: { Accept: 'application/dicom+json', ...(this.auth ? { Authorization: this.auth } : {}) },
          signal: AbortSignal.timeout(this.s.timeoutMs ?? 30_000),
        });
      } catch (cause) {
        if (attempt < attempts) {
          await sleep(200 * 2 ** attempt * (0.5 + Math.random()));
          continue;
        }
        throw new RadlabelError('DICOMWEB_HTTP', `QIDO-RS ${level} query failed: the server did not answer.`, { retriable: true, cause });
      }
      if (res.status === 401 || res.status === 403) {
        throw new RadlabelError('DICOMWEB_AUTH', `QIDO-RS ${level} query was refused (${res.status}); check the DICOMweb credentials.`);
      }
      if ((res.status === 429 || res.status >= 500) && attempt < attempts) {
        await res.body?.cancel();
        await sleep(200 * 2 ** attempt * (0.5 + Math.random()));
        continue;
      }
      if (res.status === 204) return [];
      if (!res.ok) {
        await res.body?.cancel();
        throw new RadlabelError('DICOMWEB_HTTP', `QIDO-RS ${level} query answered HTTP ${res.status}.`, { retriable: res.status >= 500 });
      }
      const text = await res.text();
      if (text.trim() === '') return [];
      let body: unknown;
      try {
        body = JSON.parse(text);
      } catch (cause) {
        throw new RadlabelError('DICOMWEB_HTTP', `QIDO-RS ${level} query did not return JSON.`, { cause });
      }
      if (!isDicomJsonArray(body)) throw new RadlabelError('DICOMWEB_HTTP', `QIDO-RS ${level} query did not return an array of DICOM JSON objects.`);
      return body;
    }
  }

  /** Every result of a query, page by page (`limit` / `offset`), as an async stream. */
  async *searchAll(path: string, query: Record<string, string>, level: string, pageSize: number, startOffset = 0): AsyncIterable<[DicomJson, number]> {
    for (let offset = startOffset; ; offset += pageSize) {
      const page = await this.search(path, { ...query, limit: String(pageSize), offset: String(offset) }, level);
      for (let i = 0; i < page.length; i++) yield [page[i]!, offset + i];
      if (page.length < pageSize) return;
    }
  }
}
