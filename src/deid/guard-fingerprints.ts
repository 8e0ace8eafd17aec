import type { KnownIdentifiers, PersonName } from '../domain/report.js';
import { keyedHex as hmacHex } from './keyed-hash.js';
import { casedForms, idPieces, isAmbiguousName, namePairs, nameParts, normName, personNameKey, titleCase } from './known-identifiers.js';

/**
 * Guard fingerprints: keyed HMACs of normalised known identifiers, `CATEGORY:kind:hex`. Kinds:
 * `w<n>` lowercase word n-gram, `c` case-sensitive word (names that are also common words),
 * `a<len>` alphanumerics with separators removed (ids, phones; the length bounds the search),
 * `d` ISO date, `e` e-mail address.
 */
export type GuardEntry = string;

export const normAlnum = (s: string) => s.replace(/[^A-Za-z0-9]/g, '').toUpperCase();

export function fingerprint(key: string, category: string, kind: string, value: string): GuardEntry {
  return `${category}:${kind}:${hmacHex(key, `guard|${kind}|${value}`).slice(0, 32)}`;
}

function words(phrase: string): string[] {
  return phrase.split(/[^\p{L}\p{M}\p{N}'’-]+/u).filter(Boolean).map(normName).filter(Boolean);
}

// The same names recur across a feed's reports: their fingerprints are memoised per key and name
// (bounded, dropped when full); the values are still the keyed HMACs. Each cache holds one map per
// key (a run has one), so a look-up hashes the value alone, not the key joined to it.
const MAX_CACHED = 20_000;
// Keys a cache holds at once (a run has one; tests and CV folds a few): one more clears it.
const MAX_KEYS = 8;
type Cache = Map<string, Map<string, readonly GuardEntry[]>>;
const nameCache: Cache = new Map();

/** The map of `cache` for one key (a handful of keys at most; more clear the cache). */
function forKey(cache: Cache, key: string): Map<string, readonly GuardEntry[]> {
  let m = cache.get(key);
  if (!m) {
    if (cache.size >= MAX_KEYS) cache.clear();
    m = new Map();
    cache.set(key, m);
  }
  return m;
}

// Most structured names are a family name and one given name: those are memoised by the two
// strings themselves (family, then given; one map of maps per key), so no key is joined and hashed
// per name per report; other names by `personNameKey`. Bounded like the others.
const namePairCache = new Map<string, Map<string, Map<string, readonly GuardEntry[]>>>();
let namePairCount = 0;

function nameFingerprints(n: PersonName, key: string): readonly GuardEntry[] {
  if (n.family === undefined || n.given.length !== 1 || n.text !== undefined) {
    const names = forKey(nameCache, key);
    const cacheKey = personNameKey(n);
    return names.get(cacheKey) ?? remember(names, cacheKey, makeNameFingerprints(n, key));
  }
  let families = namePairCache.get(key);
  let givens = families?.get(n.family);
  const hit = givens?.get(n.given[0]!);
  if (hit) return hit;
  if (namePairCount >= MAX_CACHED || (!families && namePairCache.size >= MAX_KEYS)) {
    namePairCache.clear();
    namePairCount = 0;
    families = undefined;
    givens = undefined;
  }
  if (!families) {
    families = new Map();
    namePairCache.set(key, families);
  }
  if (!givens) {
    givens = new Map();
    families.set(n.family, givens);
  }
  const out = makeNameFingerprints(n, key);
  givens.set(n.given[0]!, out);
  namePairCount++;
  return out;
}

function makeNameFingerprints(n: PersonName, key: string): GuardEntry[] {
  const out: GuardEntry[] = [];
  for (const part of nameParts(n)) {
    if (isAmbiguousName(part)) {
      for (const form of casedForms(part)) out.push(fingerprint(key, 'NAME', 'c', form));
    } else {
      out.push(fingerprint(key, 'NAME', 'w1', normName(part)));
    }
  }
  // "hope graves" in lower case: the pair, as a two-word n-gram.
  for (const pair of namePairs(n)) out.push(fingerprint(key, 'NAME', 'w2', pair));
  return out;
}

// Addresses and organisations recur too (a patient's address, the facilities of a feed): their
// fingerprints are memoised per key, category and phrase like the names', one cache per category
// (a handful), so a look-up hashes the phrase as it is (no joined key).
const phraseCaches = new Map<string, Cache>();

function phraseFingerprints(category: string, phrase: string, key: string): readonly GuardEntry[] {
  let byKey = phraseCaches.get(category);
  if (!byKey) {
    byKey = new Map();
    phraseCaches.set(category, byKey);
  }
  const phrases = forKey(byKey, key);
  const hit = phrases.get(phrase);
  if (hit) return hit;
  const out: GuardEntry[] = [];
  const p = phrase.trim();
  if (p.length < 3 || /^[A-Z]{2}$/.test(p)) return remember(phrases, phrase, out);
  if (/^\d{5}(?:-\d{4})?$/.test(p)) {
    out.push(fingerprint(key, category, 'a5', p.slice(0, 5)));
    return remember(phrases, phrase, out);
  }
  const ws = words(p);
  if (ws.length === 1 && isAmbiguousName(p)) {
    out.push(fingerprint(key, category, 'c', titleCase(p)));
    out.push(fingerprint(key, category, 'c', p.toUpperCase()));
  } else if (ws.length > 0 && ws.length <= 8) {
    out.push(fingerprint(key, category, `w${ws.length}`, ws.join(' ')));
  }
  return remember(phrases, phrase, out);
}

function remember(cache: Map<string, readonly GuardEntry[]>, k: string, v: readonly GuardEntry[]): readonly GuardEntry[] {
  if (cache.size >= MAX_CACHED) cache.clear();
  cache.set(k, v);
  return v;
}

// Ids and phones recur as well (a patient's id is on every report): memoised per key, kind and
// value like the names', one cache per kind, so a look-up hashes the value as it is (no joined key).
const idCache: Cache = new Map();
const addressCache: Cache = new Map();
const phoneCache: Cache = new Map();
const birthCache: Cache = new Map();

/** `make(value, key)`, memoised in `cache` (a maker of the module, not a closure per call). */
function memoised(cache: Cache, key: string, value: string, make: (value: string, key: string) => GuardEntry[]): readonly GuardEntry[] {
  const values = forKey(cache, key);
  return values.get(value) ?? remember(values, value, make(value, key));
}

function makeIdFingerprints(id: string, key: string): GuardEntry[] {
  const out: GuardEntry[] = [];
  const a = normAlnum(id);
  if (a.length >= 4) out.push(fingerprint(key, 'ID', `a${a.length}`, a));
  for (const piece of idPieces(id)) out.push(fingerprint(key, 'ID', `a${piece.length}`, piece));
  return out;
}

/** The fingerprints of an address's parts (split at commas, carets, line breaks and semicolons), in order. */
function makeAddressFingerprints(address: string, key: string): GuardEntry[] {
  return address.split(/[,^\n;]+/).flatMap((part) => phraseFingerprints('ADDRESS', part, key));
}

function makePhoneFingerprints(phone: string, key: string): GuardEntry[] {
  const out: GuardEntry[] = [];
  let d = phone.replace(/\D/g, '');
  if (d.length === 11 && d.startsWith('1')) d = d.slice(1);
  if (d.length >= 7) out.push(fingerprint(key, 'PHONE', `a${d.length}`, d));
  if (d.length === 10) out.push(fingerprint(key, 'PHONE', 'a7', d.slice(3)));
  return out;
}

/** The fingerprint of a birth date (none when it does not start with a date). */
function makeBirthFingerprint(birthDate: string, key: string): GuardEntry[] {
  const bd = /^(\d{4})-?(\d{2})-?(\d{2})/.exec(birthDate);
  return bd ? [fingerprint(key, 'DATE', 'd', `${bd[1]}-${bd[2]}-${bd[3]}`)] : [];
}

/**
 * Sorts strings in place by UTF-16 code units, as `Array.prototype.sort()` does: by insertion for a
 * report's few dozen entries (the built-in sort's default comparison costs more per pair), the
 * built-in sort past that.
 */
function sortStrings(a: string[]): void {
  if (a.length > 64) {
    a.sort();
    return;
  }
  for (let i = 1; i < a.length; i++) {
    const v = a[i]!;
    let j = i;
    while (j > 0 && a[j - 1]! > v) {
      a[j] = a[j - 1]!;
      j--;
    }
    a[j] = v;
  }
}

/**
 * Builds the guard fingerprints for one report's known identifiers (stored with the report): the
 * distinct entries, sorted (so the order the kinds are added in does not show).
 */
export function buildGuard(known: KnownIdentifiers, key: string): GuardEntry[] {
  // Collected in a list, sorted, and equal neighbours dropped: the distinct entries in order,
  // without hashing each entry into a set first.
  const all: GuardEntry[] = [];
  for (const n of known.patientNames) for (const g of nameFingerprints(n, key)) all.push(g);
  for (const n of known.providerNames) for (const g of nameFingerprints(n, key)) all.push(g);
  for (const id of known.patientIds) for (const g of memoised(idCache, key, id, makeIdFingerprints)) all.push(g);
  for (const id of known.otherIds) for (const g of memoised(idCache, key, id, makeIdFingerprints)) all.push(g);
  for (const p of known.phones) for (const g of memoised(phoneCache, key, p, makePhoneFingerprints)) all.push(g);
  if (known.birthDate) for (const g of memoised(birthCache, key, known.birthDate, makeBirthFingerprint)) all.push(g);
  for (const e of known.emails) all.push(fingerprint(key, 'EMAIL', 'e', e.trim().toLowerCase()));
  for (const a of known.addresses) for (const g of memoised(addressCache, key, a, makeAddressFingerprints)) all.push(g);
  for (const o of known.organizations) for (const g of phraseFingerprints('INSTITUTION', o, key)) all.push(g);
  sortStrings(all);
  let kept = 0;
  for (let i = 0; i < all.length; i++) if (i === 0 || all[i] !== all[kept - 1]) all[kept++] = all[i]!;
  all.length = kept;
  return all;
}
