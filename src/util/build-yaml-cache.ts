import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoPath } from './paths.js';
import { FRONT_MATTER, parseYamlText, yamlCacheName, YAML_CACHE_DIR } from './yaml-data.js';

/** Every file under `dir` whose name matches `pattern`, recursively. */
function filesUnder(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(join(dir, e.name), pattern) : pattern.test(e.name) ? [join(dir, e.name)] : [],
  );
}
const yamlFiles = (dir: string): string[] => filesUnder(dir, /\.ya?ml$/i);

/** The YAML texts of the shipped data: ontologies, rules, prompt material and prompt templates' front matter. */
export function shippedYamlTexts(): string[] {
  const files = [...yamlFiles(repoPath('ontologies')), ...yamlFiles(repoPath('rules')), ...yamlFiles(repoPath('prompts'))].map((f) => readFileSync(f, 'utf8'));
  const frontMatter = filesUnder(repoPath('prompts'), /\.md$/i).flatMap((f) => FRONT_MATTER.exec(readFileSync(f, 'utf8'))?.[1] ?? []);
  return [...files, ...frontMatter];
}

/**
 * Build step (`npm run build`): parses the shipped ontologies, rules and prompts' YAML once and
 * stores the data by content hash in `dist/yaml-cache/`, so start-up reads JSON instead of parsing YAML.
 * Files that do not parse are left out (they fail at load time with their usual error).
 */
export function buildYamlCache(): number {
  rmSync(YAML_CACHE_DIR, { recursive: true, force: true });
  mkdirSync(YAML_CACHE_DIR, { recursive: true });
  let n = 0;
  for (const text of shippedYamlTexts()) {
    const data = parseYamlText(text);
    if (!data.ok) continue;
    writeFileSync(join(YAML_CACHE_DIR, yamlCacheName(text)), JSON.stringify(data.value));
    n++;
  }
  return n;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.stdout.write(`yaml cache: ${buildYamlCache()} files\n`);
