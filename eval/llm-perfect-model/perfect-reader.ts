/**
 * The "perfect reader" behind the perfect-model stand-in: given the de-identified report text the
 * pipeline sent and the report's GOLD row, it writes the answer a model that agrees with the gold
 * would give. It never looks at anything a reader of the report and its expert index could not:
 *
 * - every gold-positive finding becomes one present, current mention quoting a sentence of the
 *   findings / impression (the sentence naming the finding by one of the ontology's synonyms when
 *   there is one, else the first sentence of the impression, else of the findings);
 * - when gold No Finding is 0 but no ontology finding is positive, the abnormality lies outside the
 *   ontology: the sentences that describe it are quoted in `otherAbnormalities`. Which sentences is
 *   decided by the MeSH column (the expert indexers' list of findings the gold was derived from):
 *   a sentence is quoted when it contains a word of one of the report's MeSH terms (anatomy and
 *   laterality words left out) or one of a few plain-English words for the MeSH headings that are
 *   never written as such in reports ("Surgical Instruments" → clips, wires, sternotomy…).
 *   Sentences that open with a negation ("No …") are not quoted.
 */
import type { Ontology } from '../../src/domain/ontology.js';
import { splitSections } from '../../src/ingest/sections/split-sections.js';

/** A chat answer in the shape of the output schema. */
export interface PerfectAnswer {
  mentions: Array<{ label: string; assertion: 'present'; temporality: 'current'; evidence: string; section: string }>;
  otherAbnormalities: Array<{ finding: string; assertion: 'present'; evidence: string; section: string }>;
}

/** Why an answer could not reproduce the gold (counted by the runner, for the README). */
export type ReaderGap = 'finding-without-sentence' | 'abnormality-without-sentence' | 'no-counted-section';

/** Words of MeSH terms that say where, not what: they would match normal sentences. */
const LOCATION_WORDS = new Set(
  'lung lungs left right bilateral upper lower middle lobe lobes base bases apex apices hilum chest thorax thoracic mediastinum heart cardiac anterior posterior lateral mild moderate severe small large multiple lingula pleura pleural pulmonary lumbar cervical vertebrae spine bone bones rib ribs clavicle shoulder humerus abdomen costophrenic angle angles diaphragm indexing normal image quality with'.split(' '),
);

/** Plain words for MeSH headings and qualifiers that reports rarely spell as MeSH does. */
const PLAIN_WORDS: Record<string, string[]> = {
  'surgical instruments': ['clip', 'wire', 'sternotomy', 'staple', 'suture', 'surgical', 'cabg'],
  'implanted medical device': ['pacemaker', 'pacer', 'device', 'defibrillator', 'aicd', 'stimulator', 'port', 'generator', 'valve', 'anchor', 'retention'],
  'medical device': ['device', 'pacemaker', 'port', 'stent', 'tube', 'catheter', 'leads', 'monitor'],
  catheters: ['catheter', 'picc', 'line', 'tube', 'port', 'tip', 'shunt'],
  'technical quality of image unsatisfactory': ['limited', 'suboptimal', 'rotat', 'penetrat', 'inspirat', 'motion', 'obscur', 'nondiagnostic', 'ap view'],
  'foreign bodies': ['foreign', 'metallic', 'metal', 'piercing', 'bullet', 'shrapnel', 'density', 'nipple', 'jewelry'],
  cicatrix: ['scar'],
  calcinosis: ['calcif'],
  'cardiac shadow': ['cardiac silhouette', 'heart size', 'cardiomediastinal'],
  'lung, hyperlucent': ['hyperlucen', 'hyperinflat', 'hyperexpan'],
  'pulmonary disease, chronic obstructive': ['copd', 'chronic obstructive', 'emphysema', 'hyperinflat', 'hyperexpan'],
  hypoinflation: ['low lung volume', 'low volume', 'lung volumes are', 'volumes are low', 'lung volumes.', 'hypoinflat', 'hypoventilat'],
  hyperdistention: ['hyperinflat', 'hyperexpan', 'overexpan', 'overinflat'],
  scoliosis: ['curvature', 'scolio'],
  deformity: ['curvature', 'deform', 'dextrocardia'],
  osteophyte: ['osteophyt', 'syndesmophyt', 'dish', 'spur'],
  degenerative: ['degenerat', 'endplate', 'spondylo'],
  hypovolemia: ['oligemi'],
  'lymph nodes': ['adenopathy', 'lymph', 'node'],
  mastectomy: ['mastectomy', 'postsurgical'],
  opacity: ['opaci', 'densit'],
  lucency: ['lucen'],
  'hernia, hiatal': ['hiatal', 'hiatus'],
};

const NEGATED_START = /^(?:\d+\.\s*)?(?:no|not|without|negative|there is no|there are no)\b(?!\s+(?:interval\s+)?change)/i;

/** Sentences of one span of the text, with their offsets. */
function sentences(text: string, start: number, end: number): Array<{ text: string; start: number }> {
  const out: Array<{ text: string; start: number }> = [];
  const re = /[^.!?\n]+(?:[.!?]+(?=\s|$))?/g;
  const slice = text.slice(start, end);
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    const t = m[0].trim();
    if (t.length >= 3 && /[a-z]/i.test(t)) out.push({ text: t, start: start + m.index });
  }
  return out;
}

function stems(meshTerm: string): string[] {
  const head = (meshTerm.split('/')[0] ?? '').trim().toLowerCase();
  const words = meshTerm
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((w) => w.length >= 4 && !LOCATION_WORDS.has(w))
    .map((w) => w.slice(0, 5));
  const pieces = meshTerm.toLowerCase().split('/').map((p) => p.trim());
  const plain = Object.entries(PLAIN_WORDS)
    .filter(([k]) => pieces.includes(k) || head.startsWith(`${k},`))
    .flatMap(([, w]) => w);
  return [...words, ...plain];
}

/** The MeSH column split into terms ("Calcified Granuloma/lung/upper lobe/right;Spine/degenerative"). */
export function meshTerms(mesh: string): string[] {
  return mesh
    .split(';')
    .map((t) => t.trim())
    .filter((t) => t && !/^(normal|no indexing)$/i.test(t));
}

/**
 * Writes the perfect answer for one report. `gold` maps label id → '1' / '0'; `mesh` is the raw
 * MeSH column of the same report.
 */
export function perfectAnswer(text: string, gold: Record<string, string>, mesh: string, ontology: Ontology): { answer: PerfectAnswer; gaps: ReaderGap[] } {
  const sections = splitSections(text).filter((s) => s.name === 'findings' || s.name === 'impression');
  const answer: PerfectAnswer = { mentions: [], otherAbnormalities: [] };
  const gaps: ReaderGap[] = [];
  const all = sections.flatMap((s) => sentences(text, s.start, s.end).map((x) => ({ ...x, section: s.name })));
  const fallback = all.find((x) => x.section === 'impression') ?? all[0];
  const nf = ontology.labels.find((l) => l.noFinding);
  let anyPositive = false;
  for (const l of ontology.labels) {
    if (l.noFinding || gold[l.id] !== '1') continue;
    anyPositive = true;
    const words = [l.name, ...l.synonyms].map((w) => w.toLowerCase());
    const hit = all.find((x) => words.some((w) => x.text.toLowerCase().includes(w))) ?? fallback;
    if (!hit) {
      gaps.push(all.length ? 'finding-without-sentence' : 'no-counted-section');
      continue;
    }
    answer.mentions.push({ label: l.id, assertion: 'present', temporality: 'current', evidence: hit.text, section: hit.section });
  }
  if (nf && gold[nf.id] === '0' && !anyPositive) {
    for (const term of meshTerms(mesh)) {
      const st = stems(term);
      for (const x of all) {
        const lower = x.text.toLowerCase();
        if (NEGATED_START.test(x.text) || !st.some((s) => lower.includes(s))) continue;
        if (answer.otherAbnormalities.some((o) => o.evidence === x.text)) continue;
        answer.otherAbnormalities.push({ finding: (term.split('/')[0] ?? term).trim(), assertion: 'present', evidence: x.text, section: x.section });
      }
    }
    if (answer.otherAbnormalities.length === 0) gaps.push(all.length ? 'abnormality-without-sentence' : 'no-counted-section');
  }
  return { answer, gaps };
}
