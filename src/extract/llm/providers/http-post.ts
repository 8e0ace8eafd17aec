import http from 'node:http';
import https from 'node:https';

export interface HttpReply {
  status: number;
  headers: http.IncomingHttpHeaders;
  text: string;
}

/** Keep-alive agents sized to the extractor's concurrency (fetch's pool costs more CPU per call). */
export function keepAliveAgents(maxSockets: number): { http: http.Agent; https: https.Agent } {
  return {
    http: new http.Agent({ keepAlive: true, maxSockets }),
    https: new https.Agent({ keepAlive: true, maxSockets }),
  };
}

/** POSTs a JSON body and reads the whole reply as text. Rejects on network errors and on abort. */
export function postJson(
  url: URL,
  headers: Record<string, string>,
  body: string,
  signal: AbortSignal,
  agents: { http: http.Agent; https: https.Agent },
): Promise<HttpReply> {
  const mod = url.protocol === 'https:' ? https : http;
  return new Promise<HttpReply>((resolve, reject) => {
    const req = mod.request(
      url,
      {
        method: 'POST',
        agent: url.protocol === 'https:' ? agents.https : agents.http,
        headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
        signal,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}
