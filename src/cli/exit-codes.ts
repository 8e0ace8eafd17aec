/** Process exit codes of the `radlabel` CLI. */
export const EXIT = {
  /** Done. */
  OK: 0,
  /** Done, but some inputs were quarantined (or some reports failed and were recorded). */
  QUARANTINED: 1,
  /** Usage or configuration error: nothing was done. */
  USAGE: 2,
} as const;
