// Room codes written without a room label (issue 11): sign-out and census lists open each
// patient's line with the room ("408B: Walker, Emeka - cellulitis", "| 631A | Natarajan | 83F |",
// "s: 632 | baptiste | 53m"), and ward headers put the ward before it ("6S-812A", "SDU-427",
// "LOC: 9 Med 316A"). Labelled rooms ("rm 724b", "Bed 434") are pattern-cues.ts's roomNumber.
import { patternCues } from './pattern-cues.js';
import { LEX, NAME_LISTS, lexiconFlags } from './lexicon-flags.js';
import { placeCues } from './free-text/place-rules.js';

// What may open a sign-out line before its room: a list mark, a one-letter I-PASS tag ("s:", "A:") or a table bar.
const LINE_LEAD = '[ \\t]*(?:[#*•-]+[ \\t]*|[A-Za-z][ \\t]*:[ \\t]*|\\|[ \\t]*)?';
// A room code: three or four digits with a wing letter before them, a bed letter (A–D) or a bed number after them.
const ROOM_CODE = '[A-Za-z]?\\d{3,4}(?:[A-Da-d]|-[1-9])?';
// An age with the sex glued or one blank away, as sign-out lists write it: "83F", "69YM", "19 yo F", "53m".
const AGE_SEX_SOURCE = '(?:1[01]\\d|\\d{1,2})[ \\t]?(?:y\\/?o[ \\t]?|y[ \\t]?)?[mf](?![\\w/-])';
const AGE_SEX = new RegExp(`(?<![\\w.,/-])${AGE_SEX_SOURCE}`, 'i');

/**
 * A code opening a line, after an optional list mark, a one-letter I-PASS tag ("s:", "A:") or a
 * table bar, and before a colon, a bar, a spaced dash or a word: three or four digits, with a bed
 * letter (A–D) after them, a bed number after a hyphen ("217-1") or a wing letter before them
 * ("E467"). Group 1 holds the code.
 */
export const LIST_ROOM = new RegExp(`^${LINE_LEAD}(${ROOM_CODE})(?![\\w-])(?=[ \\t]*[:|]|[ \\t]+-[ \\t]|[ \\t]+\\p{L})`, 'gmu');

/** The cheap pre-test of {@link LIST_ROOM}: some line opens with three digits (after a mark or tag). */
export const LIST_ROOM_LINE = /(?:^|\n)[ \t]*(?:[#*•|-]+[ \t]*|[A-Za-z][ \t]*:[ \t]*)?[A-Za-z]?\d{3}/;
/** {@link LIST_ROOM_LINE} as a test. */
export const hasListRoom = (text: string): boolean => LIST_ROOM_LINE.test(text);

/**
 * Whether a {@link LIST_ROOM} match is a room: a code with its bed letter or bed number counts
 * alone; bare digits, or a wing letter and digits, only when the line also gives an age and sex,
 * the mark of a patient list (a bare number opening a line is as often a time, a dose or a count).
 */
export function listRoomCode(m: RegExpExecArray): boolean {
  const rest = restOfLine(m);
  if (streetLine(rest)) return false;
  if (patternCues().roomUnitAfter.test(rest.replace(/^[ \t]*[:|][ \t]*/, ''))) return false;
  return bedCode(m[1] ?? '') || AGE_SEX.test(rest);
}

/** The text of a match's line after it. */
function restOfLine(m: RegExpExecArray): string {
  const end = m.index + m[0].length;
  const lineEnd = m.input.indexOf('\n', end);
  return m.input.slice(end, lineEnd < 0 ? m.input.length : lineEnd);
}

/** A room code with its bed letter or bed number ("408B", "217-1"): a room without any other sign. */
const bedCode = (code: string): boolean => /^\d{3,4}(?:[a-d]|-[1-9])$/i.test(code);

/**
 * Whether the words after a number that opens a line name a street ("417B Tollard Hwy", "578b
 * brindle street, suite 3d"): an address's house number, not a room. The line's first field holds
 * a street word (rules/<lang>/deid-place-cues.yaml, addresses) after its first word.
 */
function streetLine(rest: string): boolean {
  const c = placeCues();
  // The first field only ("408B: Walker, Emeka - CT head" is a row; its CT comes after the dash).
  const field = rest.split(/[ \t][-–—][ \t]|[|(:]/)[0] ?? '';
  const words = field.toLowerCase().split(/[^a-z]+/).filter(Boolean).slice(0, 4);
  return words.some((w, k) => k > 0 && (c.streetSuffixes.has(w) || c.streetAbbreviations.has(w)));
}

/**
 * A room after its ward: "6S-812A", "SDU-427", "9 Med-826A", "LOC: 9 Med 316A". The ward is a
 * word (group 1, with a floor number before it or not), then a hyphen and three or four digits or
 * a code with its bed letter, or blanks and a code with its bed letter ("MICU 12" may be a day
 * count). Group 2 holds the room; {@link wardRoom} checks the ward.
 */
export const WARD_ROOM = /(?<![\w&-])(?:\d{1,2}[ \t]?)?([A-Za-z&]{1,9})(?:-|[ \t]+(?=\d{2,4}[A-Da-d](?![\w-])))(\d{2,4}[A-Da-d]|\d{3,4})(?![\w-]|[.,:/]\d)/g;

/** The cheap pre-test of {@link WARD_ROOM}: a letter, a hyphen or blank, two digits. */
export const hasWardRoom = (text: string): boolean => /[A-Za-z][- \t]\d{2}/.test(text);

/**
 * The end of every {@link WARD_ROOM} match (the ward's last character, then the room and what may
 * follow it), the rule's guard besides {@link hasWardRoom}: most reports hold none.
 */
export const WARD_ROOM_SHAPE = /[A-Za-z&](?:-(?:\d{2,4}[A-Da-d]|\d{3,4})|[ \t]+\d{2,4}[A-Da-d])(?![\w-]|[.,:/]\d)/;

/**
 * Whether a {@link WARD_ROOM} match names a ward: a ward word (rules/<lang>/deid-pattern-cues.yaml,
 * rooms.wards), or a wing (a capital N, S, E or W) after a floor number up to 30 ("6S", "4W").
 */
export function wardRoom(m: RegExpExecArray): boolean {
  const ward = m[1] ?? '';
  // A wing is a capital after a floor number up to 30 ("6S", "12W"): "90s-115" is a range of values.
  const floor = /^\d{1,2}/.exec(m[0]);
  if (floor && /^[NSEW]$/.test(ward)) return Number(floor[0]) <= 30;
  return patternCues().roomWards.has(ward.toLowerCase());
}

// One word of a name in a sign-out row: letters with inner hyphens or apostrophes ("watanabe-tanaka", "O'Neil").
const ROW_WORD = "[A-Za-z][A-Za-z'’]*(?:-[A-Za-z][A-Za-z'’]*)*";

/**
 * The patient's name in a sign-out row, right after the room that opens it ("408B: Walker, Emeka -
 * cellulitis", "| 432A | BAKER, LANCE | 98M |", "bed 532a long - etoh withdrawal", "805A: COOPER -
 * HEPATIC ENCEPHALOPATHY"): one to three words, or a surname, a comma and a first name with an
 * initial, then the row's next field (a dash, a bar, a bracket, an age and sex, or the line end).
 * Group 1 holds the room, group 2 the name.
 */
export const ROW_NAME = new RegExp(
  `^${LINE_LEAD}(?:(?:rm|room|bed)\\.?[ \\t]*)?(${ROOM_CODE})(?![\\w-])[ \\t]*(?:[:|]|-(?=[ \\t]))?[ \\t]*` +
    `(${ROW_WORD}(?:[ \\t]*,[ \\t]*${ROW_WORD})?(?:[ \\t]+${ROW_WORD}){0,2}(?:[ \\t]+[A-Za-z]\\.)?)` +
    `(?=[ \\t]*(?:[-–—|(]|,?[ \\t]*${AGE_SEX_SOURCE}|\\n|$))`,
  'gimu',
);

/** A line opens with a labelled room: with {@link LIST_ROOM_LINE}, the cheap pre-test of {@link ROW_NAME}. */
export const ROOM_LABEL_LINE = /(?:^|\n)[ \t]*(?:rm|room|bed)\.?[ \t]*[A-Za-z]?\d{3}/i;
/** The cheap pre-test of {@link ROW_NAME}: a line opens with a room (labelled or not). */
export const hasRowName = (text: string): boolean => hasListRoom(text) || ROOM_LABEL_LINE.test(text);

/**
 * Whether a {@link ROW_NAME} match is a patient's name: the room is one ({@link listRoomCode}'s
 * test, or a room label before it and only name-like words), and no word is a function word, a
 * title, a credential or a word of a row's status (rules/<lang>/deid-pattern-cues.yaml,
 * rooms.rowStatus: "empty", "pending").
 */
export function rowName(m: RegExpExecArray): boolean {
  const words = (m[2] ?? '').toLowerCase().split(/[ \t,]+/).filter(Boolean);
  if (streetLine(m[2] ?? '')) return false;
  const status = patternCues().roomRowStatus;
  if (words.some((w) => status.has(w.replace(/\.$/, '')) || (w.length > 2 && (lexiconFlags(w) & (LEX.STOP | LEX.TITLE | LEX.CREDENTIAL)) !== 0))) return false;
  const labelled = /(?:rm|room|bed)\.?[ \t]*[A-Za-z]?\d/i.test(m[0]);
  // After a room label the line may be prose ("Room 412 quiet night - no events"): every word must
  // be one the name lists hold or no vocabulary holds.
  if (labelled) return words.every((w) => (w.length === 2 && w.endsWith('.')) || (lexiconFlags(w) & NAME_LISTS) !== 0 || (lexiconFlags(w) & (LEX.COMMON | LEX.VOCAB | LEX.CLINICAL)) === 0);
  return bedCode(m[1] ?? '') || AGE_SEX.test(restOfLine(m));
}
