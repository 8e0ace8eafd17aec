import type { KnownIdentifiers, PersonName } from '../domain/report.js';
import type { PhiCategory, PhiSpan } from './phi-span.js';
import { loadLexicons } from './lexicons.js';

/** One compiled search for identifiers known from the structured context. */
export interface KnownRule {
  category: PhiCategory;
  re: RegExp;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const COUNTRIES = new Set(['usa', 'us', 'united states', 'united states of america', 'america', 'canada', 'uk']);
const NAME_TITLES = new Set(['dr', 'mr', 'mrs', 'ms', 'miss', 'md', 'do', 'rn', 'np', 'phd', 'jr', 'sr', 'ii', 'iii', 'iv', 'pa', 'pa-c', 'prof']);
const B = '(?<![A-Za-z0-9])';
const E = '(?![A-Za-z0-9])';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Splits a person name into its parts (family, given names, free-text tokens), titles dropped. */
export function nameParts(n: PersonName): string[] {
  const raw = [n.family ?? '', ...n.given, n.text ?? ''].join(' ');
  const parts = raw
    .split(/[\s,]+/)
    .map((p) => p.replace(/^[.'’-]+|[.'’-]+$/g, ''))
    .filter((p) => p.length >= 2 && !NAME_TITLES.has(p.toLowerCase()));
  // Hyphenated and apostrophe names are searched whole and by piece ("Smith-Jones", "Jones").
  const pieces = parts.flatMap((p) => p.split(/[-'’]/).filter((q) => q.length >= 2));
  return [...new Set([...parts, ...pieces])];
}

/** Whether a name part must be matched case-sensitively (it is also a common word or a clinical term). */
export function isAmbiguousName(part: string): boolean {
  const lex = loadLexicons();
  const w = part.toLowerCase();
  return part.length <= 2 || lex.ambiguousNames.has(w) || lex.clinical.has(w);
}

function namePattern(part: string): string {
  return part
    .split('')
    .map((ch) => (/[-'’ ]/.test(ch) ? "[-'’ ]?" : escape(ch)))
    .join('');
}

function titleCase(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1).toLowerCase();
}

/** Digits or letters of an id with optional separators between them ("123-45-678" ≈ "12345678"). */
function idPattern(id: string): string | undefined {
  const chars = id.replace(/[^A-Za-z0-9]/g, '');
  if (chars.length < 4) return undefined;
  return chars.split('').map(escape).join('[\\s./-]?');
}

function phonePatterns(phone: string): string[] {
  let d = phone.replace(/\D/g, '');
  if (d.length === 11 && d.startsWith('1')) d = d.slice(1);
  if (d.length < 7) return [];
  const sep = '[\\s().-]{0,2}';
  const out = [d.split('').join(sep)];
  if (d.length === 10) out.push(d.slice(3).split('').join(sep));
  return out;
}

/** Every common written form of a date (for the birth date). */
export function datePatterns(iso: string): string[] {
  const m = /^(\d{4})-?(\d{2})-?(\d{2})/.exec(iso);
  if (!m) return [];
  const [, y, mo, d] = m as unknown as [string, string, string, string];
  const mi = String(Number(mo));
  const di = String(Number(d));
  const yy = y.slice(2);
  const s = '[/.-]';
  const mon = MONTHS[Number(mo) - 1];
  const out = [
    `0?${mi}${s}0?${di}${s}(?:${y}|${yy})`,
    `${y}${s}0?${mi}${s}0?${di}`,
    `${y}${mo}${d}`,
    `${mo}${d}${y}`,
    `0?${di}${s}0?${mi}${s}${y}`,
  ];
  if (mon) {
    const mn = `${mon.slice(0, 3)}(?:${mon.slice(3)}|\\.)?`;
    out.push(`${mn}\\s*0?${di}(?:st|nd|rd|th)?,?\\s*${y}`, `0?${di}(?:st|nd|rd|th)?(?:\\s+of)?[\\s-]*${mn}[\\s,-]*${y}`);
  }
  return out;
}

function phrasePattern(phrase: string): string {
  return phrase
    .trim()
    .split(/\s+/)
    .map(escape)
    .join('[\\s,]+');
}

/**
 * Compiles the searches for one report's known identifiers (layer 1). Built once per report; the
 * leak guard reuses the same rules so that whatever de-identification removes, the guard checks.
 */
export function compileKnown(known: KnownIdentifiers): KnownRule[] {
  const rules: KnownRule[] = [];
  const ci: string[] = [];
  const cs: string[] = [];
  for (const n of [...known.patientNames, ...known.providerNames]) {
    for (const part of nameParts(n)) {
      if (isAmbiguousName(part)) cs.push(namePattern(titleCase(part)), namePattern(part.toUpperCase()));
      else ci.push(namePattern(part));
    }
    const given = n.given[0] ?? n.text?.split(/\s+/)[0];
    const family = n.family ?? n.text?.split(/\s+/).slice(-1)[0];
    const gi = given?.charAt(0).toUpperCase();
    const fi = family?.charAt(0).toUpperCase();
    if (gi && fi && /[A-Z]/.test(gi + fi)) cs.push(`${gi}\\.\\s?${fi}\\.`, `${gi}\\.\\s?[A-Z]\\.\\s?${fi}\\.`);
  }
  const alt = (xs: string[]) => [...new Set(xs)].sort((a, b) => b.length - a.length).join('|');
  if (ci.length) rules.push({ category: 'NAME', re: new RegExp(`${B}(?:${alt(ci)})${E}`, 'gi') });
  if (cs.length) rules.push({ category: 'NAME', re: new RegExp(`${B}(?:${alt(cs)})${E}`, 'g') });

  const ids = [...known.patientIds, ...known.otherIds].map(idPattern).filter((p): p is string => !!p);
  if (ids.length) rules.push({ category: 'ID', re: new RegExp(`${B}(?:${alt(ids)})${E}`, 'gi') });
  const phones = known.phones.flatMap(phonePatterns);
  if (phones.length) rules.push({ category: 'PHONE', re: new RegExp(`(?<!\\d)(?:\\+?1[\\s.-]?)?(?:${alt(phones)})(?!\\d)`, 'g') });
  if (known.birthDate) {
    const ds = datePatterns(known.birthDate);
    if (ds.length) rules.push({ category: 'DATE', re: new RegExp(`${B}(?:${alt(ds)})${E}`, 'gi') });
  }
  const emails = known.emails.filter((e) => e.includes('@')).map(escape);
  if (emails.length) rules.push({ category: 'EMAIL', re: new RegExp(alt(emails), 'gi') });

  const addr: string[] = [];
  const addrCs: string[] = [];
  for (const a of known.addresses) {
    for (const raw of a.split(/[,^\n;]+/)) {
      const part = raw.trim();
      if (part.length < 3 || COUNTRIES.has(part.toLowerCase())) continue;
      if (/^[A-Z]{2}$/.test(part)) continue; // state abbreviations alone are not identifying
      if (/^\d{5}(?:-\d{4})?$/.test(part)) {
        addr.push(part.slice(0, 5));
        continue;
      }
      const single = !/\s/.test(part);
      if (single && isAmbiguousName(part)) addrCs.push(escape(titleCase(part)), escape(part.toUpperCase()));
      else addr.push(phrasePattern(part));
    }
  }
  if (addr.length) rules.push({ category: 'ADDRESS', re: new RegExp(`${B}(?:${alt(addr)})${E}`, 'gi') });
  if (addrCs.length) rules.push({ category: 'ADDRESS', re: new RegExp(`${B}(?:${alt(addrCs)})${E}`, 'g') });
  const orgs = known.organizations.map((o) => o.trim()).filter((o) => o.length >= 3);
  if (orgs.length) rules.push({ category: 'INSTITUTION', re: new RegExp(`${B}(?:${alt(orgs.map(phrasePattern))})${E}`, 'gi') });
  return rules;
}

/** Finds every occurrence of the report's known identifiers in `text`. */
export function detectKnown(text: string, rules: KnownRule[]): PhiSpan[] {
  const spans: PhiSpan[] = [];
  for (const r of rules) {
    r.re.lastIndex = 0;
    for (const m of text.matchAll(r.re)) {
      if (m[0]) spans.push({ start: m.index, end: m.index + m[0].length, category: r.category, source: 'known' });
    }
  }
  return spans;
}
