// Cue word lists from the rules YAML compiled into regular-expression alternations.

/** A cue word escaped for a regular expression; a blank between words matches any run of white space. */
export const escapeCueWord = (w: string) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/ /g, '\\s+');

/**
 * The cue words as one alternation, longest first so a longer cue wins over its prefix ("last
 * tetanus" before "last"); duplicates dropped. An empty list gives the empty string: callers
 * that must never match then write `|| '(?!)'`.
 */
export const cueAlternation = (ws: readonly string[]) => [...new Set(ws)].sort((a, b) => b.length - a.length).map(escapeCueWord).join('|');
