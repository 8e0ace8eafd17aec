import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** A real-shaped radiology DiagnosticReport with its Patient and ImagingStudy (all synthetic). */
export function radiologyReport(n: number, lastUpdated: string, opts: { radiology?: boolean; text?: string } = {}): Array<Record<string, unknown>> {
  const patient = {
    resourceType: 'Patient',
    id: `p${n}`,
    identifier: [{ system: 'urn:oid:1.2.3.4', value: `MRN-${9000 + n}` }],
    name: [{ family: 'Testpatient', given: ['Synthia'] }],
    birthDate: '1961-04-05',
  };
  const study = {
    resourceType: 'ImagingStudy',
    id: `s${n}`,
    status: 'available',
    subject: { reference: `Patient/p${n}` },
    identifier: [{ system: 'urn:dicom:uid', value: `urn:oid:1.2.826.0.1.3680043.8.498.${1000 + n}` }],
    modality: [{ system: 'http://dicom.nema.org/resources/ontology/DCM', code: 'CR' }],
  };
  const category = opts.radiology === false
    ? [{ coding: [{ system: 'http://loinc.org', code: 'LP29708-2', display: 'Cardiology' }] }]
    : [{ coding: [{ system: 'http://loinc.org', code: 'LP29684-5', display: 'Radiology' }] }];
  const report = {
    resourceType: 'DiagnosticReport',
    id: `dr${n}`,
    meta: { versionId: '1', lastUpdated },
    identifier: [{ type: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v2-0203', code: 'ACSN' }] }, value: `ACC-${7000 + n}` }],
    status: 'final',
    category,
    code: { coding: [{ system: 'http://loinc.org', code: '36643-5', display: 'XR Chest 2 Views' }] },
    subject: { reference: `Patient/p${n}` },
    effectiveDateTime: '2024-03-05T12:00:00Z',
    issued: '2024-03-05T14:00:00Z',
    imagingStudy: [{ reference: `ImagingStudy/s${n}` }],
    conclusion: opts.text ?? 'Patient Synthia Testpatient. Small left pleural effusion. No pneumothorax.',
  };
  return [report, patient, study];
}

export interface StandInOptions {
  pageSize?: number;
  /** Status codes to answer, in order, before serving a request for page index k (0-based). */
  faults?: Record<number, number[]>;
  /** Token the server expects; with `clientId`, it is minted by POST /token. */
  token?: string;
  clientId?: string;
  clientSecret?: string;
  /** Serve resources out of `_lastUpdated` order (a server that ignores `_sort`). */
  unsorted?: boolean;
}

/**
 * A FHIR R4 server stand-in on loopback: `GET /fhir/DiagnosticReport` with `_lastUpdated=ge…`,
 * `_include`, `_count` and `next` links (`/fhir?_page=k&…`), faults (429 with Retry-After, 5xx) per
 * page, bearer tokens and an OAuth2 client-credentials token endpoint.
 */
export async function startFhirStandIn(resources: Array<Record<string, unknown>>, opts: StandInOptions = {}) {
  const requests: Array<{ path: string; query: URLSearchParams; auth?: string }> = [];
  const posted: Array<{ entry: Array<{ resource: Record<string, unknown>; request?: Record<string, string> }> }> = [];
  const faults = new Map(Object.entries(opts.faults ?? {}).map(([k, v]) => [Number(k), [...v]]));
  let tokensIssued = 0;
  let currentToken = opts.token;
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    requests.push({ path: url.pathname, query: url.searchParams, ...(req.headers.authorization ? { auth: req.headers.authorization } : {}) });
    const send = (status: number, body: unknown, headers: Record<string, string> = {}): void => {
      res.writeHead(status, { 'content-type': 'application/fhir+json', ...headers });
      res.end(JSON.stringify(body));
    };
    if (url.pathname === '/token' && req.method === 'POST') {
      const basic = Buffer.from(`${opts.clientId}:${opts.clientSecret}`).toString('base64');
      if (req.headers.authorization !== `Basic ${basic}`) return send(401, { error: 'invalid_client' });
      currentToken = `tok-${++tokensIssued}`;
      return send(200, { access_token: currentToken, token_type: 'bearer', expires_in: 3600 });
    }
    if (currentToken && req.headers.authorization !== `Bearer ${currentToken}`) {
      return send(401, { resourceType: 'OperationOutcome', issue: [{ severity: 'error', code: 'login' }] });
    }
    const page = url.pathname === '/fhir' ? Number(url.searchParams.get('_page')) : 0;
    const fault = faults.get(page)?.shift();
    if (fault) return send(fault, { resourceType: 'OperationOutcome', issue: [{ severity: 'error', code: 'transient' }] }, fault === 429 ? { 'retry-after': '0' } : {});
    if (req.method === 'POST' && url.pathname === '/fhir') {
      let raw = '';
      req.on('data', (c: Buffer) => (raw += c.toString('utf8')));
      req.on('end', () => {
        const bundle = JSON.parse(raw) as { entry: Array<{ resource: Record<string, unknown> }> };
        posted.push(bundle);
        send(200, { resourceType: 'Bundle', type: 'transaction-response', entry: bundle.entry.map(() => ({ response: { status: '201 Created' } })) });
      });
      return;
    }
    const read = /^\/fhir\/([A-Za-z]+)\/([^/]+)$/.exec(url.pathname);
    if (read) {
      const hit = resources.find((x) => x.resourceType === read[1] && x.id === read[2]);
      return hit ? send(200, hit) : send(404, { resourceType: 'OperationOutcome', issue: [{ severity: 'error', code: 'not-found' }] });
    }
    if (url.pathname !== '/fhir/DiagnosticReport' && url.pathname !== '/fhir') return send(404, {});
    const ge = url.searchParams.get('_lastUpdated')?.replace(/^ge/, '');
    const reports = resources
      .filter((r) => r.resourceType === 'DiagnosticReport')
      .filter((r) => !ge || (r.meta as { lastUpdated: string }).lastUpdated >= ge)
      .sort((a, b) => ((a.meta as { lastUpdated: string }).lastUpdated < (b.meta as { lastUpdated: string }).lastUpdated ? -1 : 1));
    if (opts.unsorted) reports.reverse();
    const size = opts.pageSize ?? Number(url.searchParams.get('_count') ?? 100);
    const slice = reports.slice(page * size, (page + 1) * size);
    const included = new Map<string, Record<string, unknown>>();
    for (const r of slice) {
      const refs = [(r.subject as { reference: string }).reference, ...((r.imagingStudy as Array<{ reference: string }> | undefined) ?? []).map((x) => x.reference)];
      for (const ref of refs) {
        const hit = resources.find((x) => `${x.resourceType as string}/${x.id as string}` === ref);
        if (hit) included.set(ref, hit);
      }
    }
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/fhir`;
    const nextQuery = new URLSearchParams({ _page: String(page + 1), ...(ge ? { _lastUpdated: `ge${ge}` } : {}) });
    send(200, {
      resourceType: 'Bundle',
      type: 'searchset',
      total: reports.length,
      link: [
        { relation: 'self', url: `${base}?_page=${page}` },
        ...((page + 1) * size < reports.length ? [{ relation: 'next', url: `${base}?${nextQuery.toString()}` }] : []),
      ],
      entry: [
        ...slice.map((r) => ({ fullUrl: `${base}/DiagnosticReport/${r.id as string}`, resource: r, search: { mode: 'match' } })),
        ...[...included.values()].map((r) => ({ fullUrl: `${base}/${r.resourceType as string}/${r.id as string}`, resource: r, search: { mode: 'include' } })),
      ],
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  return {
    baseUrl: `http://127.0.0.1:${port}/fhir`,
    tokenUrl: `http://127.0.0.1:${port}/token`,
    requests,
    resources,
    posted,
    revokeToken: () => (currentToken = `revoked-${Date.now()}`),
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}
