import type { LabelValue } from './api-types.js';

/** What a key press asks the report view to do. */
export type KeyAction =
  | { kind: 'next-report' }
  | { kind: 'prev-report' }
  | { kind: 'set'; value: LabelValue }
  | { kind: 'move'; delta: 1 | -1 }
  | { kind: 'accept' }
  | { kind: 'help' };

/**
 * Where the key was pressed: free text fields keep every key for typing, and buttons and links
 * keep Enter (it activates them).
 */
export type KeyTarget = 'text-field' | 'label-control' | 'activatable' | 'other';

/** The key guide shown by `?` and in the README, in display order. */
export const KEY_GUIDE: ReadonlyArray<{ keys: string; does: string }> = [
  { keys: 'j / k', does: 'next / previous report' },
  { keys: '↑ ↓ (or ← →)', does: 'move between labels' },
  { keys: '1', does: 'set the focused label positive' },
  { keys: '0', does: 'set the focused label negative' },
  { keys: 'u', does: 'set the focused label uncertain' },
  { keys: '-', does: 'set the focused label not mentioned' },
  { keys: 'Enter', does: 'accept the report and open the next' },
  { keys: '?', does: 'show or hide this key guide' },
];

const SET: Record<string, LabelValue> = { '1': 'positive', '0': 'negative', u: 'uncertain', U: 'uncertain', '-': 'not_mentioned' };

/**
 * Maps a key press to a review action. Pure, so the whole key map is unit-tested; with Ctrl,
 * Alt or Meta held the browser keeps the key (copy, tab switching, screen-reader commands).
 */
export function keyAction(e: { key: string; ctrlKey?: boolean; altKey?: boolean; metaKey?: boolean }, target: KeyTarget): KeyAction | null {
  if (e.ctrlKey || e.altKey || e.metaKey) return null;
  if (target === 'text-field') return null;
  if (target === 'activatable' && (e.key === 'Enter' || e.key === ' ')) return null;
  const value = SET[e.key];
  if (value) return { kind: 'set', value };
  switch (e.key) {
    case 'j':
      return { kind: 'next-report' };
    case 'k':
      return { kind: 'prev-report' };
    case 'ArrowDown':
    case 'ArrowRight':
      return { kind: 'move', delta: 1 };
    case 'ArrowUp':
    case 'ArrowLeft':
      return { kind: 'move', delta: -1 };
    case 'Enter':
      return { kind: 'accept' };
    case '?':
      return { kind: 'help' };
    default:
      return null;
  }
}
