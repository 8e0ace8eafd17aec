import { describe, expect, it } from 'vitest';
import { KEY_GUIDE, keyAction, type KeyTarget } from '../../web/review/keys.js';

const TARGETS: KeyTarget[] = ['label-control', 'other', 'activatable', 'text-field'];

describe('keyAction', () => {
  it('maps the review keys on a label control and elsewhere on the page', () => {
    for (const t of ['label-control', 'other'] as const) {
      expect(keyAction({ key: '1' }, t)).toEqual({ kind: 'set', value: 'positive' });
      expect(keyAction({ key: '0' }, t)).toEqual({ kind: 'set', value: 'negative' });
      expect(keyAction({ key: 'u' }, t)).toEqual({ kind: 'set', value: 'uncertain' });
      expect(keyAction({ key: 'U' }, t)).toEqual({ kind: 'set', value: 'uncertain' });
      expect(keyAction({ key: '-' }, t)).toEqual({ kind: 'set', value: 'not_mentioned' });
      expect(keyAction({ key: 'j' }, t)).toEqual({ kind: 'next-report' });
      expect(keyAction({ key: 'k' }, t)).toEqual({ kind: 'prev-report' });
      expect(keyAction({ key: 'ArrowDown' }, t)).toEqual({ kind: 'move', delta: 1 });
      expect(keyAction({ key: 'ArrowRight' }, t)).toEqual({ kind: 'move', delta: 1 });
      expect(keyAction({ key: 'ArrowUp' }, t)).toEqual({ kind: 'move', delta: -1 });
      expect(keyAction({ key: 'ArrowLeft' }, t)).toEqual({ kind: 'move', delta: -1 });
      expect(keyAction({ key: 'Enter' }, t)).toEqual({ kind: 'accept' });
      expect(keyAction({ key: '?' }, t)).toEqual({ kind: 'help' });
    }
  });

  it('leaves every key to a text field, so a reason can contain 1, u, j or Enter', () => {
    for (const key of ['1', '0', 'u', '-', 'j', 'k', 'Enter', 'ArrowUp', '?', 'a']) expect(keyAction({ key }, 'text-field')).toBeNull();
  });

  it('leaves Enter and Space to buttons and links, but still takes the review keys there', () => {
    expect(keyAction({ key: 'Enter' }, 'activatable')).toBeNull();
    expect(keyAction({ key: ' ' }, 'activatable')).toBeNull();
    expect(keyAction({ key: 'j' }, 'activatable')).toEqual({ kind: 'next-report' });
  });

  it('leaves any key with Ctrl, Alt or Meta to the browser and assistive technology', () => {
    for (const t of TARGETS) for (const mod of ['ctrlKey', 'altKey', 'metaKey'] as const) for (const key of ['1', 'j', 'Enter', 'ArrowDown', '?']) expect(keyAction({ key, [mod]: true }, t)).toBeNull();
  });

  it('ignores keys that are not in the guide', () => {
    for (const key of ['a', 'x', '2', '9', 'Tab', 'Escape', ' ', 'J', 'K', 'Home']) expect(keyAction({ key }, 'label-control')).toBeNull();
  });

  it('documents in the key guide every key it acts on', () => {
    const guide = KEY_GUIDE.map((g) => g.keys).join(' ');
    for (const k of ['j', 'k', '1', '0', 'u', '-', 'Enter', '?', '↑', '↓']) expect(guide).toContain(k);
  });
});
