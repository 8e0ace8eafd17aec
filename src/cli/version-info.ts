import { readFileSync } from 'node:fs';
import { repoPath } from '../util/paths.js';
import { loadRules } from '../extract/rules/load-rules.js';
import { listOntologies, loadOntology } from '../ontology/load-ontology.js';
import { DETECTOR_VERSION } from '../deid/detect.js';

/** The package version from the package's own `package.json` (beside `dist/` or `src/`). */
export function packageVersion(): string {
  return (JSON.parse(readFileSync(repoPath('package.json'), 'utf8')) as { version?: string }).version ?? 'unknown';
}

/**
 * What `radlabel --version` prints: the package, the rules (version and content hash), every
 * shipped ontology's version and the de-identification detector version: the versions recorded
 * in each label's provenance, so a user can tell which build produced a label.
 */
export function versionText(): string {
  const rules = loadRules();
  const ontologies = listOntologies().map(({ id }) => `${id} ${loadOntology(id).version}`);
  return [
    `radlabel ${packageVersion()}`,
    `rules     ${rules.language} ${rules.version} (sha256 ${rules.hash.slice(0, 12)})`,
    `ontology  ${ontologies.join(', ')}`,
    `deid      ${DETECTOR_VERSION}`,
    `node      ${process.version}`,
  ].join('\n');
}
