import { z } from 'zod';

/** A range bound: a calendar date (`2024-01-31`) or an instant with an offset (`2024-01-31T12:00:00Z`). */
export const DateBoundSchema = z.union([z.iso.date(), z.iso.datetime({ offset: true })]);

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const HAS_OFFSET = /(Z|[+-]\d{2}:?\d{2})$/i;

/** Milliseconds of an ISO value; a date-time written without an offset is read as UTC (as it is stored). */
function instant(v: string): number {
  return Date.parse(DATE_ONLY.test(v) || HAS_OFFSET.test(v) ? v : `${v}Z`);
}

/**
 * Whether an ISO date / date-time lies within [from, to]. Date bounds compare calendar days as
 * written (`to` includes its whole day), so an exam at 23:30 local time on the 31st is in a range
 * ending on the 31st whatever the server's zone; instant bounds compare instants. A missing value
 * is outside any range.
 */
export function inRange(value: string | undefined, from?: string, to?: string): boolean {
  if (!value) return false;
  const day = value.slice(0, 10);
  if (from) {
    if (DATE_ONLY.test(from) ? day < from : instant(value) < instant(from)) return false;
  }
  if (to) {
    if (DATE_ONLY.test(to) ? day > to : instant(value) > instant(to)) return false;
  }
  return true;
}
