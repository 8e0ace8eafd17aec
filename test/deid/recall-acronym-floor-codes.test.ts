import { describe, expect, it } from 'vitest';
import { detectPhi } from '../../src/deid/detect.js';

// Invented admission lines of one class (src/deid/free-text/acronym-wards.ts, data acronyms.wardsAfter):
// an unknown capitals acronym right before a telemetry floor or a short floor-and-wing code ("5N") is the hospital.
const places = (text: string) =>
  detectPhi(text, undefined, { model: null })
    .filter((s) => s.category === 'LOCATION' || s.category === 'INSTITUTION')
    .map((s) => text.slice(s.start, s.end));

describe("a hospital's acronym before its floor", () => {
  it.each([
    ['Admit 03/02/2026 to QVR tele; attending Dr. Lee', 'QVR'],
    ['Admit 4/24 to KLWB 5N; attending Dr. Roe', 'KLWB'],
    ['ADMITTED TO ZPQ 4W OVERNIGHT, STABLE', 'ZPQ'],
    ['pt boarded at TRVB telemetry until bed opened', 'TRVB'],
  ])('%j', (text, want) => {
    expect(places(text)).toContain(want);
  });
});

describe('clinical abbreviations before a floor-like code stay', () => {
  it.each([
    'NS 5N infusion running at 75 mL/h',
    'placed on tele; ECG NSR, QTc 440',
    'KCL 2N given per protocol',
    'CBC 4W after discharge',
  ])('%j', (text) => {
    expect(places(text)).toEqual([]);
  });
});
