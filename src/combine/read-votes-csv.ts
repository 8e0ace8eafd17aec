import { createReadStream } from 'node:fs';
import { parse } from 'csv-parse';
import { RadlabelError } from '../errors/index.js';
import { ID_COLUMNS, META_COLUMNS } from '../evaluate/labels/read-label-csv.js';
import { parseLabelValue } from '../evaluate/labels/parse-value.js';
import { voteOf, VoteRows, type SourceVotes } from './label-matrix.js';

/**
 * Streams a CheXpert-style label CSV (the layout `radlabel eval` reads: an id column, metadata
 * columns, one column per label; `P(label)` columns are skipped) straight into vote codes, row by
 * row, so a 200,000-row file never sits in memory as parsed cells.
 */
export async function readVotesCsv(file: string): Promise<Pick<SourceVotes, 'labels' | 'ids' | 'votes'>> {
  const parser = createReadStream(file).pipe(parse({ bom: true, skip_empty_lines: true, relax_column_count: false }));
  let rows: VoteRows | undefined;
  let idIdx = -1;
  let cols: Array<{ idx: number; name: string }> = [];
  let row = 0;
  try {
    for await (const cells of parser as AsyncIterable<string[]>) {
      row++;
      if (row === 1) {
        const lower = cells.map((h) => h.trim().toLowerCase());
        idIdx = ID_COLUMNS.map((c) => lower.indexOf(c)).find((i) => i >= 0) ?? -1;
        if (idIdx < 0) throw new RadlabelError('COMBINE_BAD_SOURCE', `no id column (expected one of: ${ID_COLUMNS.join(', ')})`, { locator: { file, row: 1 } });
        cols = cells.flatMap((h, idx) => (idx === idIdx || META_COLUMNS[lower[idx] ?? ''] || /^P\(.+\)$/.test(h.trim()) ? [] : [{ idx, name: h.trim() }]));
        if (cols.length === 0) throw new RadlabelError('COMBINE_BAD_SOURCE', 'the CSV has no label columns', { locator: { file, row: 1 } });
        rows = new VoteRows(cols.map((c) => c.name));
        continue;
      }
      const id = (cells[idIdx] ?? '').trim();
      if (id === '') throw new RadlabelError('COMBINE_BAD_SOURCE', 'empty id', { locator: { file, row } });
      if (rows!.has(id)) throw new RadlabelError('COMBINE_BAD_SOURCE', 'duplicate id', { locator: { file, row } });
      const votes = new Int8Array(cols.length);
      cols.forEach((c, k) => {
        const v = parseLabelValue(cells[c.idx]);
        if (v === undefined) throw new RadlabelError('COMBINE_BAD_SOURCE', 'label value is not 1, 0, -1, blank or a value word', { locator: { file, row, path: c.name } });
        votes[k] = voteOf(v);
      });
      rows!.add(id, votes);
    }
  } catch (e) {
    if (e instanceof RadlabelError) throw e;
    throw new RadlabelError('COMBINE_BAD_SOURCE', 'the CSV could not be read or parsed (missing file, broken quote or wrong column count)', { locator: { file, row: row + 1 }, cause: e });
  }
  if (row < 2 || !rows) throw new RadlabelError('COMBINE_BAD_SOURCE', 'the CSV has no header or no data rows', { locator: { file } });
  return { labels: rows.labels, ids: rows.ids, votes: rows.votes() };
}
