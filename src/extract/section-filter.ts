import type { SectionName } from '../domain/report.js';
import type { Extractor } from './extractor.js';

/**
 * Labels from the named sections only (`--sections impression`, as the CheXpert labeler reads the
 * impression alone). The report keeps its text, so evidence offsets stay valid; a report without
 * such a section gets one empty section and so no mentions (not the whole text, which the rules
 * engine would otherwise read as findings).
 */
export function restrictToSections<E extends Extractor>(extractor: E, names: readonly SectionName[]): E {
  const wanted = new Set<string>(names);
  return {
    ...extractor,
    // A thread rebuilds the extractor from this spec, so the restriction must travel with it.
    threadSpec: extractor.threadSpec && { ...extractor.threadSpec, sections: [...names] },
    extract(report, ontology) {
      const kept = report.sections.filter((s) => wanted.has(s.name));
      const sections = kept.length ? kept : [{ name: names[0]!, heading: null, start: 0, end: 0 }];
      return extractor.extract({ ...report, sections }, ontology);
    },
  };
}
