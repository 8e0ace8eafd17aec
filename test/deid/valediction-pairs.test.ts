import { describe, expect, it } from 'vitest';
import { detectPhi } from '../../src/deid/detect.js';

const names = (text: string) =>
  detectPhi(text)
    .filter((s) => s.category === 'NAME')
    .map((s) => text.slice(s.start, s.end));

describe('a closing word before the signer opens no "Last, First" pair', () => {
  it.each([
    ['Sincerely, Harriet Vance, MD', 'Harriet Vance'],
    ['Regards, Marguerite Whitlock', 'Marguerite Whitlock'],
    ['Thanks, Imani', 'Imani'],
    ['Yours, Fennimore Quill', 'Fennimore'],
  ])('%j', (text, signer) => {
    const found = names(text);
    expect(found.join(' ')).toContain(signer);
    expect(found.join(' ')).not.toMatch(/sincerely|regards|thanks|yours/i);
  });

  it('a closing word the name lists hold is still a surname', () => {
    expect(names('Best, George')).toContain('Best');
  });
});
