/**
 * A JSON column's value already serialised, e.g. by a labelling thread (`run --workers`), so that
 * the single store writer binds the text instead of decoding the value from the thread's message
 * and serialising it again. Adapters write `text` as is (PostgreSQL: after its own safety check).
 */
export class JsonText {
  constructor(readonly text: string) {}
}

const TEXTS = Symbol('radlabel.jsonTexts');

type WithTexts = { [TEXTS]?: Record<string, string> };

/**
 * Defines `fields` (property → JSON text of its value) on `obj` as properties that parse their
 * text on first read, so every reader sees ordinary values, and returns `obj`. Until a property is
 * read or assigned, {@link jsonColumn} gives a store its text unparsed; once it has been read (and
 * so may have been changed in place) or assigned, the value is what gets written.
 */
export function withJsonFields<T extends object>(obj: T, fields: Readonly<Record<string, string>>): T {
  const texts: Record<string, string> = { ...fields };
  for (const [key, text] of Object.entries(fields)) {
    let value: unknown;
    let parsed = false;
    Object.defineProperty(obj, key, {
      enumerable: true,
      configurable: true,
      get() {
        if (!parsed) {
          value = JSON.parse(text);
          parsed = true;
          delete texts[key];
        }
        return value;
      },
      set(v: unknown) {
        value = v;
        parsed = true;
        delete texts[key];
      },
    });
  }
  Object.defineProperty(obj, TEXTS, { value: texts, enumerable: false });
  return obj;
}

/**
 * The value of column `key` of `obj` for a store to write: its JSON text when `obj` carries it
 * unread (see {@link withJsonFields}), else the value itself (read only then).
 */
export function jsonColumn<T extends object, K extends keyof T & string>(obj: T, key: K): T[K] | JsonText {
  const text = (obj as WithTexts)[TEXTS]?.[key];
  return text !== undefined ? new JsonText(text) : obj[key];
}

/** JSON text of a column value: the carried text, or the value serialised now. */
export function jsonTextOf(v: unknown): string {
  return v instanceof JsonText ? v.text : JSON.stringify(v);
}
