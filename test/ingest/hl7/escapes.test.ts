import { describe, expect, it } from 'vitest';
import { decodeEscapes } from '../../../src/ingest/hl7/escapes.js';
import type { Delimiters } from '../../../src/ingest/hl7/hl7-message.js';

const std: Delimiters = { field: '|', component: '^', repetition: '~', escape: '\\', subcomponent: '&' };
const custom: Delimiters = { field: '|', component: '$', repetition: '%', escape: '#', subcomponent: '&' };
const dec = (s: string, d = std) => decodeEscapes(s, d);

describe('decodeEscapes (HL7 v2.5 chapter 2.7)', () => {
  it('returns text without escapes unchanged', () => {
    expect(dec('No acute disease.')).toBe('No acute disease.');
  });

  it('decodes delimiter escapes with the standard encoding characters', () => {
    expect(dec('a\\F\\b\\S\\c\\T\\d\\R\\e\\E\\f')).toBe('a|b^c&d~e\\f');
  });

  it('decodes delimiter escapes with the message own encoding characters', () => {
    expect(dec('a#F#b#S#c#T#d#R#e#E#f', custom)).toBe('a|b$c&d%e#f');
    // With '#' as escape, a backslash is ordinary text.
    expect(dec('C:\\dir\\F\\', custom)).toBe('C:\\dir\\F\\');
  });

  it('turns .br and .ce into line breaks and .sp n into n line breaks', () => {
    expect(dec('one\\.br\\two')).toBe('one\ntwo');
    expect(dec('one\\.ce\\two')).toBe('one\ntwo');
    expect(dec('one\\.sp\\two')).toBe('one\ntwo');
    expect(dec('one\\.sp 3\\two')).toBe('one\n\n\ntwo');
  });

  it('renders .sk n as spaces and drops .in / .ti / .fi / .nf layout hints', () => {
    expect(dec('a\\.sk 2\\b')).toBe('a  b');
    expect(dec('\\.in +4\\a\\.ti -2\\b\\.fi\\c\\.nf\\d')).toBe('abcd');
  });

  it('drops highlighting and character-set / local escapes', () => {
    expect(dec('\\H\\Bold\\N\\ text')).toBe('Bold text');
    expect(dec('x\\C2842\\y\\M2442\\z\\Zvendor\\.')).toBe('xyz.');
  });

  it('decodes hex bytes as UTF-8 and CR / CRLF bytes as one line break', () => {
    expect(dec('caf\\XC3A9\\')).toBe('café');
    expect(dec('a\\XE28692\\b')).toBe('a→b');
    expect(dec('a\\X0D\\b\\X0A\\c\\X0D0A\\d')).toBe('a\nb\nc\nd');
    expect(dec('a\\X00\\b')).toBe('ab');
  });

  it('keeps an escaped escape before hex literally (\\E\\X0A\\E\\ → \\X0A\\)', () => {
    expect(dec('a\\E\\X0A\\E\\b')).toBe('a\\X0A\\b');
  });

  it('keeps unknown and unterminated sequences literally', () => {
    expect(dec('bad \\Xzz\\ here')).toBe('bad \\Xzz\\ here');
    expect(dec('open \\unterminated')).toBe('open \\unterminated');
    expect(dec('path C:\\temp\\F\\x')).toBe('path C:\\temp|x');
  });

  it('normalises raw CR and CRLF to LF', () => {
    expect(dec('a\r\nb\rc')).toBe('a\nb\nc');
  });
});
