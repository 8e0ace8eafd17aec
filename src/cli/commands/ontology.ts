import type { Command } from 'commander';
import type { Ontology } from '../../domain/ontology.js';
import { RadlabelError } from '../../errors/index.js';
import { listOntologies, loadOntology } from '../../ontology/load-ontology.js';
import type { CommandModule } from '../command-module.js';
import { EXIT } from '../exit-codes.js';

function describe(o: Ontology): string {
  const lines = [`${o.id} ${o.version} — ${o.name}`, `No Finding semantics: ${o.noFindingSemantics}${o.noFindingIgnores.length ? ` (ignores ${o.noFindingIgnores.join(', ')})` : ''}`, ''];
  for (const l of o.labels) {
    const codes = Object.entries(l.codes)
      .filter(([, v]) => v)
      .map(([k, v]) => `${k.toUpperCase()} ${v}`)
      .join(', ');
    lines.push(`${l.id}${l.parent ? `  (parent: ${l.parent})` : ''}${l.noFinding ? '  [computed]' : ''}${codes ? `  [${codes}]` : ''}`);
    if (l.description) lines.push(`  ${l.description}`);
    if (l.synonyms.length) lines.push(`  synonyms: ${l.synonyms.join(', ')}`);
    if (l.patterns.length) lines.push(`  patterns: ${l.patterns.length}`);
    if (l.exclusions.length) lines.push(`  exclusions: ${l.exclusions.join(', ')}`);
    if (l.absentPhrases.length) lines.push(`  absent phrases: ${l.absentPhrases.join(', ')}`);
  }
  return lines.join('\n') + '\n';
}

/** `radlabel ontology validate [FILE|ID…]` and `radlabel ontology show ID`. */
export const ontologyCommand: CommandModule = {
  register(program: Command) {
    const cmd = program.command('ontology').description('Validate and inspect label ontologies (YAML in ontologies/)');
    cmd
      .command('validate')
      .argument('[targets...]', 'ontology ids or YAML files (default: every ontology in the folder)')
      .option('--dir <dir>', 'ontology folder', 'ontologies')
      .description('Check ontologies against the schema; exit 2 with file, path and problem when invalid')
      .action((targets: string[], flags: { dir: string }) => {
        const list = targets.length > 0 ? targets : listOntologies(flags.dir).map((o) => o.file);
        if (list.length === 0) throw new RadlabelError('ONTOLOGY_NOT_FOUND', 'no ontology files found', { locator: { file: flags.dir } });
        let bad = 0;
        for (const t of list) {
          try {
            const o = loadOntology(t, flags.dir);
            process.stdout.write(`ok  ${o.id} ${o.version} (${o.labels.length} labels)\n`);
          } catch (e) {
            if (!(e instanceof RadlabelError)) throw e;
            bad++;
            process.stderr.write(`bad ${e.describe()}\n`);
          }
        }
        process.exitCode = bad > 0 ? EXIT.USAGE : EXIT.OK;
      });
    cmd
      .command('show')
      .argument('<id>', 'ontology id or YAML file')
      .option('--dir <dir>', 'ontology folder', 'ontologies')
      .description('Print the labels of an ontology with synonyms and codes')
      .action((id: string, flags: { dir: string }) => {
        process.stdout.write(describe(loadOntology(id, flags.dir)));
        process.exitCode = EXIT.OK;
      });
  },
};
