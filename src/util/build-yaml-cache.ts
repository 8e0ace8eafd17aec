import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoPath } from './paths.js';
import { parseYamlText, yamlCacheName, YAML_CACHE_DIR } from './yaml-data.js';

/** Every YAML file under `dir`, recursively. */
function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? yamlFiles(join(dir, e.name)) : /\.ya?ml$/i.test(e.name) ? [join(dir, e.name)] : [],
  );
}

/**
 * Build step (`npm run build`): parses the shipped ontologies and rules once and stores the data
 * by content hash in `dist/yaml-cache/`, so start-up reads JSON instead of parsing YAML.
 * Files that do not parse are left out (they fail at load time with their usual error).
 */
export function buildYamlCache(): number {
  rmSync(YAML_CACHE_DIR, { recursive: true, force: true });
  mkdirSync(YAML_CACHE_DIR, { recursive: true });
  let n = 0;
  for (const file of [...yamlFiles(repoPath('ontologies')), ...yamlFiles(repoPath('rules'))]) {
    const text = readFileSync(file, 'utf8');
    const data = parseYamlText(text);
    if (!data.ok) continue;
    writeFileSync(join(YAML_CACHE_DIR, yamlCacheName(text)), JSON.stringify(data.value));
    n++;
  }
  return n;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.stdout.write(`yaml cache: ${buildYamlCache()} files\n`);
