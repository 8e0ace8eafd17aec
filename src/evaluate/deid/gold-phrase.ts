import { RadlabelError } from '../../errors/index.js';

/** One gold PHI span from a PhysioNet `id-phi.phrase` file. */
export interface GoldPhi {
  /** `patient-note`, as in {@link parsePhysionet}. */
  id: string;
  start: number;
  end: number;
  /** Gold category as written (HCPName, Date, DateYear, Location, …). */
  category: string;
}

/**
 * Parses `id-phi.phrase` lines: `<patient> <note> <start> <end> <Category> <phrase…>`, 0-based
 * end-exclusive offsets into the record body.
 */
export function parseGoldPhrase(text: string, file?: string): Map<string, GoldPhi[]> {
  const out = new Map<string, GoldPhi[]>();
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '') return;
    const m = /^(\S+)\s+(\S+)\s+(\d+)\s+(\d+)\s+(\S+)/.exec(line);
    if (!m) throw new RadlabelError('EVAL_BAD_INPUT', 'A gold line does not have patient, note, start, end and category.', { locator: { file, row: i + 1 } });
    const id = `${m[1]}-${m[2]}`;
    const list = out.get(id) ?? [];
    list.push({ id, start: Number(m[3]), end: Number(m[4]), category: m[5]! });
    out.set(id, list);
  });
  return out;
}
