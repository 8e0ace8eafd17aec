import type { Mention, StudyLabels } from '../../domain/labels.js';
import type { Ontology } from '../../domain/ontology.js';
import type { DeidentifiedReport, Section } from '../../domain/report.js';
import { sha256 } from '../../util/hash.js';
import type { ExtractionResult, Extractor } from '../extractor.js';
import { aggregateStudyLabels, type AbnormalMention } from '../aggregate-labels.js';
import { analyzeSentence } from './analyze-sentence.js';
import { compileOntology } from './compile-ontology.js';
import { createContextEngine } from './context-engine.js';
import { DEFAULT_RULES_DIR, loadRules } from './load-rules.js';
import { createSentenceSplitter } from './split-sentences.js';

/** Version of the rules engine code; the rules data version is the content hash in provenance. */
export const RULES_ENGINE_VERSION = '1.0.0';

export interface RulesExtractorOptions {
  /** Folder holding `<language>/context.yaml` and `abnormal-findings.yaml`; default `rules/` of the repo. */
  rulesDir?: string;
  language?: string;
  /** Read hedges such as "likely" / "probable" as positive; default: the ontology's `likelyIsPositive`. */
  likelyIsPositive?: boolean;
}

/**
 * The embedded rules extractor: ConText-style assertion over ontology targets, no network, no
 * model. Rules load and compile once here; ontologies compile once on first use.
 */
export function createRulesExtractor(opts: RulesExtractorOptions = {}): Extractor {
  const language = opts.language ?? 'en';
  const rules = loadRules(opts.rulesDir ?? DEFAULT_RULES_DIR, language);
  const engines = new Map<boolean, ReturnType<typeof createContextEngine>>();
  const engineFor = (likely: boolean) => {
    let e = engines.get(likely);
    if (!e) engines.set(likely, (e = createContextEngine(rules.triggers, { maxScope: rules.maxScope, likelyIsPositive: likely })));
    return e;
  };
  const split = createSentenceSplitter(rules.abbreviations);

  return {
    name: 'rules',
    version: RULES_ENGINE_VERSION,
    threadSpec: { kind: 'rules', options: { ...opts } },
    extract(report: DeidentifiedReport, ontology: Ontology): ExtractionResult {
      const onto = compileOntology(ontology, rules.abnormal);
      const likely = opts.likelyIsPositive ?? ontology.likelyIsPositive;
      const engine = engineFor(likely);
      const text = report.text;
      const sections: Section[] = report.sections.length > 0 ? report.sections : [{ name: 'findings', heading: null, start: 0, end: text.length }];
      const mentions: Mention[] = [];
      const abnormal: AbnormalMention[] = [];
      for (const s of sections) {
        for (const sentence of split(text, s.start, s.end)) {
          const r = analyzeSentence(text, sentence, s.name, onto, engine);
          for (const m of r.mentions) mentions.push(m);
          for (const m of r.abnormal) abnormal.push(m);
        }
      }
      const study: StudyLabels = {
        reportId: report.reportId,
        labels: aggregateStudyLabels(ontology, mentions, abnormal),
        provenance: {
          extractor: { name: 'rules', version: RULES_ENGINE_VERSION },
          ontology: { id: ontology.id, version: ontology.version },
          textHash: sha256(text),
          at: new Date().toISOString(),
          rules: { id: `context-${rules.language}@${rules.version}${likely ? '+likely-positive' : ''}`, hash: rules.hash },
        },
      };
      return { mentions, labels: study, abnormal };
    },
  };
}
