// What the learned layer contributes on each style of the style development set
// (eval/deid-styles-dev, a set meant to be read): span recall with and without the layer, name
// recall, the gold spans the layer finds and its false positives, per profile. Never a blind set.
//   node --import tsx eval/deid-learned/styles.ts [--dir eval/deid-styles-dev] [--profiles balanced,strict] [--threshold T]
// (--threshold: score the shipped model with this margin in place of the file's, to compare settings)
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parsePhysionet } from '../../src/ingest/physionet/parse-physionet.js';
import { parseGoldPhrase } from '../../src/evaluate/deid/gold-phrase.js';
import { evaluateDeid, type DeidDocument } from '../../src/evaluate/deid/evaluate-deid.js';
import { detectPhi } from '../../src/deid/detect.js';
import { shippedModel } from '../../src/deid/learned/model-file.js';

const { values } = parseArgs({ options: { dir: { type: 'string', default: 'eval/deid-styles-dev' }, profiles: { type: 'string', default: 'balanced,strict' }, threshold: { type: 'string' } } });
if (/blind/.test(values.dir)) throw new Error('never a blind set');
const styles = readdirSync(values.dir).filter((d) => statSync(path.join(values.dir, d)).isDirectory()).sort();
for (const profile of values.profiles.split(',') as Array<'balanced' | 'strict'>) {
  for (const style of styles) {
    const dir = path.join(values.dir, style);
    const gold = parseGoldPhrase(readFileSync(path.join(dir, 'gold.phrase'), 'utf8'));
    const reports = [...parsePhysionet(readFileSync(path.join(dir, 'notes.text'), 'utf8'))].flatMap((x) => (x.kind === 'report' ? [x.report] : []));
    const t = values.threshold === undefined ? undefined : Number(values.threshold);
    const shipped = t === undefined ? undefined : { ...shippedModel(), thresholds: { balanced: t, strict: t } };
    const score = (learned: boolean) => {
      const model = learned ? shipped : null;
      const docs: DeidDocument[] = reports.map((r) => ({ id: r.archiveId!, text: r.text, predicted: detectPhi(r.text, undefined, { profile, model }) }));
      return evaluateDeid(docs, gold);
    };
    const rules = score(false);
    const both = score(true);
    const l = both.byRule.learned;
    console.log(`${profile.padEnd(8)} ${style.padEnd(18)} span recall ${rules.span.overall.recall.toFixed(3)} -> ${both.span.overall.recall.toFixed(3)}  names ${rules.span.byCategory.NAME!.recall.toFixed(3)} -> ${both.span.byCategory.NAME!.recall.toFixed(3)}  token precision ${both.token.overall.precision!.toFixed(3)}  non-PHI altered ${(100 * both.nonPhiAlteredRate).toFixed(2)}%  learned spans ${l?.predicted ?? 0} (fp ${l?.fp ?? 0}, gold found ${l?.goldFound ?? 0}, alone ${l?.goldFoundAlone ?? 0})`);
  }
}
