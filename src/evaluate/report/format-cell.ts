import type { Cell, TableColumn } from './metrics-document.js';

/** Formats a table cell as plain text according to its column format. */
export function formatCell(value: Cell | undefined, col: TableColumn): string {
  if (value === null || value === undefined) return '–';
  if (typeof value === 'string') return value;
  if (!Number.isFinite(value)) return '–';
  switch (col.format ?? 'num') {
    case 'int':
      return String(Math.round(value));
    case 'pct':
      return `${(value * 100).toFixed(1)}%`;
    case 'p':
      return value < 0.001 ? '<0.001' : value.toFixed(3);
    case 'text':
      return String(value);
    default:
      return value.toFixed(3);
  }
}
