import { describe, expect, it } from 'vitest';
import { shorthandLetter } from '../../src/deid/learned/learned-names.js';
import { eagerModel, learnedMarks, scanNote } from '../helpers/learned-models.js';

// A single lower-case letter of clinical shorthand (c with, s without, p after, x times, w with) is
// no person's initial for the learned layer, whatever the model scores; other letters still are.
// A model that calls every candidate a name: only the layer's own limits stop it.
const eager = eagerModel(1);
const marked = (text: string) => learnedMarks(text, eager);

describe('learned layer: lower-case shorthand letters are no initials', () => {
  it.each([
    ['pt seen by c quarnell', 'c'],
    ['tol diet s vornick present', 's'],
    ['ambulating p brevik visit', 'p'],
    ['dressing changed x tallow today', 'x'],
    ['walks w haddrell at side', 'w'],
  ])('%j: the letter stays, the name beside it is the model\'s', (text, letter) => {
    const found = marked(text);
    expect(found).not.toContain(letter);
  });

  it.each([
    ['pt seen by d quarnell', ['d', 'quarnell']],
    ['pt seen by C Quarnell today', ['C', 'Quarnell']],
    ['heparin held per m vornick', ['m', 'vornick']],
  ])('%j: any other letter, or a capital, is still an initial beside a name', (text, words) => {
    expect(marked(text)).toEqual(expect.arrayContaining(words));
  });

  it('reads only one lower-case letter of the list', () => {
    const s = scanNote('c C s S p x w d cc');
    expect(s.tokens.map((t) => shorthandLetter(t))).toEqual([true, false, true, false, true, true, true, false, false]);
  });
});
