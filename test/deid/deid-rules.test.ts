import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { NameCuesSchema, nameCues, readDeidRules } from '../../src/deid/rules/deid-rules.js';
import { isRadlabelError } from '../../src/errors/index.js';

describe('de-identification name cues are data (rules/en/deid-name-cues.yaml)', () => {
  it('loads every cue list with its pass, direction, what it takes and its requirements', () => {
    const c = nameCues().cues;
    expect(c.titles.words).toContain('dr');
    expect(c.credentials.direction).toBe('backward');
    expect(c.personLeads.pass).toBe('keepListNames');
    for (const list of Object.values(c)) expect(list.words.length).toBeGreaterThan(0);
  });

  it('rejects a list without words or with an unknown direction, naming the file and the key', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'deid-cues-'));
    const file = path.join(dir, 'deid-name-cues.yaml');
    const list = (direction: string, words: string) => `{ pass: p, direction: ${direction}, take: t, requires: r, words: ${words} }`;
    writeFileSync(
      file,
      `language: en\nversion: "1"\ncues:\n  titles: ${list('forward', '[dr]')}\n  weakTitles: ${list('sideways', '[np]')}\n  credentials: ${list('backward', '[md]')}\n  relatives: ${list('forward', '[son]')}\n  signCredentials: ${list('backward', '[rn]')}\n  personLeads: ${list('forward', '[per]')}\n`,
    );
    try {
      readDeidRules(file, NameCuesSchema);
      expect.unreachable();
    } catch (e) {
      expect(isRadlabelError(e, 'RULES_INVALID')).toBe(true);
      expect((e as Error).message).toMatch(/cues\.weakTitles\.direction/);
      expect((e as { locator?: { file?: string } }).locator?.file).toBe(file);
    }
  });
});
