import type { LabelValue, Mention } from '../../web/review/api-types.js';

const FILLER = 'the cardiomediastinal silhouette is within normal limits and the osseous structures are intact with no acute abnormality seen on this portable view compared with the prior study'.split(' ');
const FINDINGS = [
  { labelId: 'edema', phrase: 'pulmonary edema', cue: 'no' },
  { labelId: 'effusion', phrase: 'pleural effusion', cue: 'small' },
  { labelId: 'pneumothorax', phrase: 'pneumothorax', cue: 'no' },
  { labelId: 'consolidation', phrase: 'consolidation', cue: 'possible' },
  { labelId: 'cardiomegaly', phrase: 'cardiomegaly', cue: 'mild' },
];
const ASSERT: Array<Mention['assertion']> = ['present', 'absent', 'uncertain'];

/** Invented report text of about `words` words with `mentions` highlighted findings spread through it. */
export function syntheticReport(words: number, mentions: number, seed = 1): { text: string; mentions: Mention[]; machine: Record<string, LabelValue> } {
  let s = seed;
  const rnd = () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
  const out: string[] = [];
  const ms: Mention[] = [];
  const every = Math.max(1, Math.floor(words / Math.max(1, mentions)));
  let len = 0;
  let count = 0;
  for (let w = 0; w < words; w++) {
    let word = FILLER[w % FILLER.length]!;
    if (count < mentions && w % every === every - 1) {
      const f = FINDINGS[count % FINDINGS.length]!;
      const assertion = ASSERT[Math.floor(rnd() * 3)]!;
      const cue = assertion === 'absent' ? 'no' : assertion === 'uncertain' ? 'possible' : f.cue;
      word = `${cue} ${f.phrase}`;
      const start = len + (w > 0 ? 1 : 0) + cue.length + 1;
      ms.push({ labelId: f.labelId, start, end: start + f.phrase.length, assertion, temporality: count % 7 === 6 ? 'historical' : 'current', trigger: assertion === 'present' ? undefined : { kind: assertion === 'absent' ? 'negation' : 'uncertainty', text: cue, start: start - cue.length - 1, end: start - 1 }, source: 'rules' });
      count++;
      w++;
    }
    len += (w > 0 && out.length > 0 ? 1 : 0) + word.length;
    out.push(word);
  }
  const text = out.join(' ');
  const machine: Record<string, LabelValue> = {};
  for (const m of ms) machine[m.labelId] ??= m.assertion === 'present' ? 'positive' : m.assertion === 'absent' ? 'negative' : 'uncertain';
  return { text, mentions: ms, machine };
}

export const SYNTHETIC_LABELS = FINDINGS.map((f) => ({ labelId: f.labelId, name: f.phrase.replace(/^./, (c) => c.toUpperCase()) }));
