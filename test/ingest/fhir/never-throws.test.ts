import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseFhir } from '../../../src/ingest/fhir/parse-fhir.js';

// Values placed where a DiagnosticReport expects strings, arrays and objects.
const value = fc.oneof(fc.string({ maxLength: 8 }), fc.integer(), fc.constant(null), fc.constant([]), fc.constant({}), fc.array(fc.oneof(fc.constant(null), fc.string({ maxLength: 4 }), fc.constant({ reference: '#x' })), { maxLength: 2 }));
const keys = ['category', 'code', 'subject', 'presentedForm', 'conclusion', 'conclusionCode', 'contained', 'identifier', 'performer', 'imagingStudy', 'result', 'text', 'meta', 'status', 'effectivePeriod'];

describe('parseFhir on arbitrary input', () => {
  it('never throws on mangled DiagnosticReports and Bundles', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...keys), value), fc.boolean(), (fields, inBundle) => {
        const dr = { resourceType: 'DiagnosticReport', id: 'x', ...fields };
        const text = JSON.stringify(inBundle ? { resourceType: 'Bundle', entry: [{ resource: dr }, { resource: fields }, null, 1] } : dr);
        const items = parseFhir(text);
        expect(items.length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on arbitrary text', () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), (s) => void parseFhir(s)), { numRuns: 300 });
  });
});
