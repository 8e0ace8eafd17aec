import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The Orthanc binary from Debian's `orthanc` package, when installed. */
export function orthancBinary(): string | undefined {
  for (const p of ['/usr/sbin/Orthanc', '/usr/bin/Orthanc', '/usr/local/bin/Orthanc']) if (existsSync(p)) return p;
  return undefined;
}

const DICOMWEB_PLUGIN = '/usr/share/orthanc/plugins/libOrthancDicomWeb.so';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => resolve(port));
    });
  });
}

export interface RunningOrthanc {
  /** HTTP root, e.g. http://127.0.0.1:PORT */
  url: string;
  user: string;
  password: string;
  /** DICOMweb root. */
  dicomweb: string;
  upload(file: Buffer): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Starts a private Orthanc with the DICOMweb plugin on free loopback ports, its database in a
 * fresh temporary folder, basic auth on. Throws when the binary or the plugin is missing or it
 * does not answer within 20 s.
 */
export async function startOrthanc(): Promise<RunningOrthanc> {
  const bin = orthancBinary();
  if (!bin) throw new Error('Orthanc is not installed (apt-get install orthanc orthanc-dicomweb)');
  if (!existsSync(DICOMWEB_PLUGIN)) throw new Error(`the Orthanc DICOMweb plugin is missing (${DICOMWEB_PLUGIN}; apt-get install orthanc-dicomweb)`);
  const dir = mkdtempSync(join(tmpdir(), 'radlabel-orthanc-'));
  const [http, dicom] = [await freePort(), await freePort()];
  const user = 'radlabel';
  const password = 'orthanc-test';
  const config = {
    Name: 'RADLABEL_TEST',
    StorageDirectory: join(dir, 'db'),
    IndexDirectory: join(dir, 'db'),
    HttpPort: http,
    DicomPort: dicom,
    DicomAet: 'RADLABELTEST',
    RemoteAccessAllowed: false,
    AuthenticationEnabled: true,
    RegisteredUsers: { [user]: password },
    DicomAlwaysAllowStore: false,
    DicomAlwaysAllowEcho: false,
    StableAge: 1,
    Plugins: [DICOMWEB_PLUGIN],
    DicomWeb: { Enable: true, Root: '/dicom-web/', EnableWado: true, WadoRoot: '/wado', Host: `127.0.0.1:${http}`, Ssl: false },
  };
  writeFileSync(join(dir, 'orthanc.json'), JSON.stringify(config));
  const log = join(dir, 'orthanc.log');
  const child: ChildProcess = spawn(bin, [`--logfile=${log}`, join(dir, 'orthanc.json')], { stdio: 'ignore' });
  let exited = false;
  child.once('exit', () => (exited = true));
  const url = `http://127.0.0.1:${http}`;
  const auth = `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
  const deadline = Date.now() + 20_000;
  for (;;) {
    if (exited) throw new Error(`Orthanc exited during start-up: ${existsSync(log) ? readFileSync(log, 'utf8').slice(-2000) : 'no log'}`);
    try {
      const r = await fetch(`${url}/system`, { headers: { Authorization: auth } });
      if (r.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error('Orthanc did not answer within 20 s');
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    user,
    password,
    dicomweb: `${url}/dicom-web`,
    async upload(file: Buffer) {
      const r = await fetch(`${url}/instances`, { method: 'POST', headers: { Authorization: auth, 'Content-Type': 'application/dicom' }, body: file });
      if (!r.ok) throw new Error(`Orthanc refused an upload: HTTP ${r.status} ${await r.text()}`);
    },
    async stop() {
      if (exited) return;
      const done = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await done;
      clearTimeout(timer);
    },
  };
}
