const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ensp: ' ', emsp: ' ', thinsp: ' ',
  ndash: '–', mdash: '—', hellip: '…', bull: '•', middot: '·', deg: '°', plusmn: '±', times: '×',
  divide: '÷', micro: 'µ', le: '≤', ge: '≥', ne: '≠', asymp: '≈', frac12: '½', frac14: '¼', frac34: '¾',
  sup1: '¹', sup2: '²', sup3: '³', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', laquo: '«', raquo: '»',
  copy: '©', reg: '®', trade: '™', sect: '§', para: '¶', larr: '←', rarr: '→', uarr: '↑', darr: '↓',
  alpha: 'α', beta: 'β', gamma: 'γ', delta: 'δ', mu: 'μ', shy: '',
  aacute: 'á', eacute: 'é', iacute: 'í', oacute: 'ó', uacute: 'ú', agrave: 'à', egrave: 'è', ugrave: 'ù',
  acirc: 'â', ecirc: 'ê', icirc: 'î', ocirc: 'ô', ucirc: 'û', auml: 'ä', euml: 'ë', iuml: 'ï', ouml: 'ö',
  uuml: 'ü', Auml: 'Ä', Ouml: 'Ö', Uuml: 'Ü', Eacute: 'É', szlig: 'ß', ccedil: 'ç', ntilde: 'ñ', aring: 'å',
  oslash: 'ø', aelig: 'æ',
};

/** Elements that start a paragraph (a blank line in the text). */
const PARAGRAPH_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'div', 'dl', 'fieldset', 'figcaption',
  'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'html', 'main', 'nav',
  'ol', 'p', 'pre', 'section', 'table', 'ul',
]);
/** Elements that start a line. */
const LINE_TAGS = new Set(['li', 'tr', 'dt', 'dd', 'tbody', 'thead', 'tfoot']);
// Break markers, resolved after all tags are gone: a run of markers and spaces becomes one line
// break, or a blank line when it holds a paragraph element or two <br>.
const LINE = '\u0001';
const PARA = '\u0002';
const BR = '\u0003';

// A tag, allowing ">" inside quoted attribute values.
const TAG_RE = /<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)(?:[^>"']|"[^"]*"|'[^']*')*>/g;
// Elements whose content is never report text.
const DROP_RE = /<(script|style|head|title|template)\b(?:[^>"']|"[^"]*"|'[^']*')*>[\s\S]*?<\/\1\s*>/gi;
const ENTITY_RE = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z][a-zA-Z0-9]{1,31}));?/g;

/**
 * Converts HTML / XHTML (a `presentedForm` attachment or the `text.div` narrative) to plain text:
 * block elements and `<br>` become line breaks, table cells are separated by a space, scripts,
 * styles and the document head are dropped, entities (named and numeric) are decoded and runs of
 * whitespace collapsed as a browser would. Never throws; unclosed markup is dropped.
 */
export function htmlToText(html: string): string {
  let s = html
    .replace(/<!--[\s\S]*?(?:-->|$)/g, '')
    .replace(/<!\[CDATA\[([\s\S]*?)(?:\]\]>|$)/g, (_m, c: string) => c.replace(/&/g, '&amp;').replace(/</g, '&lt;'))
    .replace(/<![^>]*>|<\?[^>]*>/g, '')
    .replace(DROP_RE, ' ');
  // HTML collapses source whitespace; line structure comes from the markup only.
  s = s.replace(/\s+/g, ' ');
  s = s.replace(TAG_RE, (_m, _close: string, name: string) => {
    const tag = name.toLowerCase();
    if (tag === 'br') return BR;
    if (PARAGRAPH_TAGS.has(tag)) return PARA;
    if (LINE_TAGS.has(tag)) return LINE;
    if (tag === 'td' || tag === 'th') return ' ';
    return '';
  });
  s = s.replace(/[ \u0001\u0002\u0003]*[\u0001\u0002\u0003][ \u0001\u0002\u0003]*/g, (run) =>
    run.includes(PARA) || run.split(BR).length > 2 ? '\n\n' : '\n',
  );
  // A dangling "<tag" cut off at the end of the input.
  s = s.replace(/<\/?[a-zA-Z][^>]*$/, '');
  s = decodeEntities(s);
  return s
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Decodes named and numeric character references; unknown names stay as written. */
export function decodeEntities(s: string): string {
  return s.replace(ENTITY_RE, (whole, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (dec !== undefined || hex !== undefined) {
      const cp = dec !== undefined ? Number.parseInt(dec, 10) : Number.parseInt(hex!, 16);
      if (cp === 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return '\ufffd';
      return String.fromCodePoint(cp);
    }
    const v = NAMED_ENTITIES[name!];
    return v ?? whole;
  });
}
