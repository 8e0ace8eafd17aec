import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { explainSentence } from '../../extract/rules/explain-sentence.js';
import { diffOntologies } from '../../ontology/diff-ontologies.js';
import { ontologyTemplate } from '../../ontology/ontology-template.js';
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
    if (l.phrases.length) lines.push(`  phrases: ${l.phrases.join(', ')}`);
    if (l.patterns.length) lines.push(`  patterns: ${l.patterns.length}`);
    if (l.exclusions.length) lines.push(`  exclusions: ${l.exclusions.join(', ')}`);
    if (l.absentPhrases.length) lines.push(`  absent phrases: ${l.absentPhrases.join(', ')}`);
  }
  return lines.join('\n') + '\n';
}

/** The lines `ontology test` prints for one sentence: per label its value, matched phrases and triggers. */
function explainLines(sentence: string, o: Ontology, likely?: boolean): string[] {
  const out = [`"${sentence}"`];
  const decisions = explainSentence(sentence, o, { likely });
  if (decisions.length === 0) out.push('  no label mentioned');
  for (const d of decisions) {
    out.push(`  ${d.label}: ${d.value}`);
    for (const m of d.mentions) {
      const ctx = [m.temporality !== 'current' ? m.temporality : '', m.experiencer !== 'patient' ? m.experiencer : ''].filter(Boolean).join(', ');
      const why = m.trigger ? `trigger ${m.trigger.category} "${m.trigger.text}"${m.trigger.rule ? ` (${m.trigger.rule})` : ''}` : 'no trigger: affirmed';
      out.push(`    matched "${m.phrase}" → ${m.assertion}${ctx ? ` (${ctx})` : ''}; ${why}`);
    }
  }
  return out;
}

/**
 * `radlabel ontology validate [FILE|ID…]`, `show ID`, and the authoring loop: `new NAME` (a
 * commented template), `test FILE "sentence"…` (what the matcher and ConText decide, with the
 * trigger) and `diff A B`.
 */
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
    cmd
      .command('new')
      .argument('<name>', 'ontology id (lower case); writes NAME.yaml')
      .option('--out <file>', 'where to write (default ./NAME.yaml)')
      .description('Write a commented ontology template to start from')
      .action((name: string, flags: { out?: string }) => {
        if (!/^[a-z0-9][a-z0-9_-]*$/.test(name)) throw new RadlabelError('USAGE', `the ontology name "${name}" must be lower-case letters, digits, - and _`);
        const file = flags.out ?? `${name}.yaml`;
        if (existsSync(file)) throw new RadlabelError('USAGE', `${file} exists; choose another name or --out`);
        writeFileSync(file, ontologyTemplate(name));
        process.stdout.write(`wrote ${file}; next: radlabel ontology test ${file} "a sentence from a report"\n`);
        process.exitCode = EXIT.OK;
      });
    cmd
      .command('test')
      .argument('<ontology>', 'ontology id or YAML file')
      .argument('[sentences...]', 'sentences to label')
      .option('--file <file>', 'a file of sentences, one per line')
      .option('--dir <dir>', 'ontology folder', 'ontologies')
      .option('--likely <reading>', 'read "likely" hedges as positive or uncertain (default: the ontology\'s setting)')
      .description("Show what each label's matcher and the ConText rules decide for sentences, with the deciding trigger")
      .action((id: string, sentences: string[], flags: { file?: string; dir: string; likely?: string }) => {
        const o = loadOntology(id, flags.dir);
        const all = [...sentences];
        if (flags.file) {
          if (!existsSync(flags.file)) throw new RadlabelError('USAGE', `no such file: ${flags.file}`);
          all.push(...readFileSync(flags.file, 'utf8').split(/\r?\n/).map((l) => l.trim()).filter((l) => l && !l.startsWith('#')));
        }
        if (all.length === 0) throw new RadlabelError('USAGE', 'give sentences as arguments or --file FILE (one per line)');
        if (flags.likely !== undefined && flags.likely !== 'positive' && flags.likely !== 'uncertain') throw new RadlabelError('USAGE', '--likely expects positive or uncertain');
        const likely = flags.likely === undefined ? undefined : flags.likely === 'positive';
        process.stdout.write(all.map((t) => explainLines(t, o, likely).join('\n')).join('\n\n') + '\n');
        process.exitCode = EXIT.OK;
      });
    cmd
      .command('diff')
      .argument('<a>', 'ontology id or YAML file (before)')
      .argument('<b>', 'ontology id or YAML file (after)')
      .option('--dir <dir>', 'ontology folder', 'ontologies')
      .description('What changed between two ontologies: settings, labels added / removed, synonyms, phrases, exclusions…')
      .action((a: string, b: string, flags: { dir: string }) => {
        const lines = diffOntologies(loadOntology(a, flags.dir), loadOntology(b, flags.dir));
        process.stdout.write(lines.length ? `${lines.join('\n')}\n` : `no differences between ${path.basename(a)} and ${path.basename(b)}\n`);
        process.exitCode = EXIT.OK;
      });
  },
};
