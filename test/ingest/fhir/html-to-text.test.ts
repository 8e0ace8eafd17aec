import { describe, expect, it } from 'vitest';
import { decodeEntities, htmlToText } from '../../../src/ingest/fhir/html-to-text.js';

describe('htmlToText', () => {
  it('turns blocks and <br> into lines and collapses source whitespace', () => {
    expect(htmlToText('<div><p>FINDINGS:</p>\n   <p>Lungs\n   clear.<br/>No effusion.<BR>Done</p></div>')).toBe('FINDINGS:\n\nLungs clear.\nNo effusion.\nDone');
  });

  it('drops head, title, script, style and comments, even with > inside attributes or strings', () => {
    const html = '<html><head><title>T</title></head><body><style>a>b{}</style><script>if (a > b) x("<p>");</script><!-- <p>c</p> --><a title="x>y">link</a> text</body></html>';
    expect(htmlToText(html)).toBe('link text');
  });

  it('decodes named, decimal and hex entities, leaves unknown ones and decodes after tag removal', () => {
    expect(decodeEntities('&amp; &lt; &#233; &#xE9; &#X2014; &unknown; &#0;')).toBe('& < é é — &unknown; \ufffd');
    expect(htmlToText('<p>&lt;p&gt; is literal</p>')).toBe('<p> is literal');
  });

  it('separates table cells and survives truncated markup', () => {
    expect(htmlToText('<table><tr><td>A</td><td>B</td></tr><tr><td>C</td></tr></table>')).toBe('A B\nC');
    expect(htmlToText('<p>Normal study.</p><p class="x')).toBe('Normal study.');
    expect(htmlToText('')).toBe('');
  });
});
