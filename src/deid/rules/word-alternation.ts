// Cue word lists from the rules YAML compiled into regular-expression alternations.

/**
 * A cue word escaped for a regular expression; a blank between words matches any run of white space,
 * or what `blank` says ("[ \\t]+": blanks on the line only).
 */
export const escapeCueWord = (w: string, blank = '\\s+') => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/ /g, blank);

/**
 * The cue words as one alternation, longest first so a longer cue wins over its prefix ("last
 * tetanus" before "last"); duplicates dropped. An empty list gives the empty string: callers
 * that must never match then write `|| '(?!)'`.
 */
export const cueAlternation = (ws: readonly string[], blank = '\\s+') =>
  [...new Set(ws)]
    .sort((a, b) => b.length - a.length)
    .map((w) => escapeCueWord(w, blank))
    .join('|');

/** The first run of letters of a cue phrase, lower case ("pt" of "pt:", "signed" of "signed by"): the word a match opens with. */
export const cueFirstRun = (w: string) => /^[A-Za-z]*/.exec(w)![0].toLowerCase() || w;
