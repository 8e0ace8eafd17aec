import { describe, expect, it } from 'vitest';
import { detectFreeTextNames } from '../../src/deid/free-text-names.js';

const spans = (text: string, source: string) =>
  detectFreeTextNames(text, { model: null })
    .filter((s) => s.category === 'NAME' && s.source === source)
    .map((s) => text.slice(s.start, s.end));

// Whether every word of `words` lies inside a NAME span (another pass may find a word first).
const named = (text: string, words: string[]) => {
  const found = detectFreeTextNames(text, { model: null }).filter((s) => s.category === 'NAME');
  return words.every((w) => {
    const at = text.indexOf(w);
    return found.some((s) => s.start <= at && s.end >= at + w.length);
  });
};

// Session 25: the writer of a portal or e-mail message. Every example is invented.
describe("a quoted or threaded message's writer", () => {
  it.each([
    ['> Odile marchetti wrote on March 3rd:\n> please call', ['Odile', 'marchetti']],
    ['----- Remy T. replied 04/11/2026 at 0915 -----\nthanks', ['Remy', 'T']],
    ['On 2/9/2026, kasia wren wrote:\n> see you', ['kasia', 'wren']],
    ['>> Bram Okafor responded:\n>> ok', ['Bram', 'Okafor']],
  ])('%j', (text, expected) => {
    expect(named(text, expected)).toBe(true);
  });

  it.each([
    '> On earlier message you wrote:\nhi',
    '> the nurse replied at 3 pm',
    '> Mom wrote:\n> my daughter replied:',
    '> Patient wrote on 3/4:',
    'She wrote a note. He replied yes.',
  ])('no writer in %j', (text) => {
    expect(spans(text, 'thread-header')).toEqual([]);
  });
});

describe("the writer's name after a greeting", () => {
  it.each([
    ['hi its hope again. my knee still hurts', ['hope']],
    ['Hello, this is Ilse Moravec, calling about refills.', ['Ilse', 'Moravec']],
    ["hey it's bronwyn here, can u call", ['bronwyn']],
  ])('%j', (text, expected) => {
    expect(named(text, expected)).toBe(true);
  });

  it.each([
    'hi its me again. hi this is urgent.',
    'hi its worse today. Hi, this is the pharmacy.',
    'hi its still hurting. hi this is a question.',
    'Hello, this is my mom. hi its about the refill.',
  ])('no name in %j', (text) => {
    expect(spans(text, 'self-introduction')).toEqual([]);
  });
});
