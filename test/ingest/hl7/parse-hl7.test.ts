import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RawReportSchema } from '../../../src/domain/report.js';
import { parseHl7 } from '../../../src/ingest/hl7/parse-hl7.js';
import type { IngestItem } from '../../../src/ingest/ingest-item.js';
import { fixture, onlyReport } from './fixtures.js';
import { syntheticOru } from './synthetic-oru.js';

describe('parseHl7: ORU^R01 fields', () => {
  const report = onlyReport(parseHl7(fixture('oru-full.hl7'), { file: 'in/oru-full.hl7' }));

  it('produces a schema-valid RawReport', () => {
    expect(RawReportSchema.safeParse(report).success).toBe(true);
  });

  it('fills source from MSH and the options', () => {
    expect(report.source).toEqual({
      format: 'hl7v2',
      system: 'SYNTH RIS|SYNTH GENERAL HOSPITAL',
      file: 'in/oru-full.hl7',
      messageId: 'SYN-ORU-0001',
      messageControlId: 'SYN-ORU-0001',
      row: 1,
    });
  });

  it('reads order and study fields', () => {
    expect(report).toMatchObject({
      accession: 'FILLER-42',
      procedure: { code: '71046', text: 'XR CHEST 2 VIEWS', system: 'CPT4' },
      examDateTime: '2024-03-05T12:00:15+01:00',
      reportDateTime: '2024-03-05T14:10:00+01:00',
      status: 'final',
      modality: 'XR',
      bodyPart: 'chest',
      studyInstanceUid: '1.2.826.0.1.3680043.8.498.1001',
      patientId: 'MRN-1001',
    });
  });

  it('collects PID identity', () => {
    const ids = report.identifiers;
    expect(ids.patientNames).toEqual([
      { family: 'DOE-SYNTH', given: ['JANE', 'Q'], suffix: 'III', prefix: 'MS' },
      { family: 'DOESYNTH', given: ['JAYNE'] },
    ]);
    expect(ids.patientIds).toEqual(['MRN-1001', 'MRN-2002', 'EXT-777', 'ALT-303', '000-00-0000']);
    expect(ids.birthDate).toBe('1980-02-29');
    expect(ids.addresses).toEqual(['1 TEST LANE, APT 2, FAKEVILLE, ZZ, 99999, USA', 'PO BOX 9, FAKEVILLE, ZZ, 99998']);
    expect(ids.phones).toEqual(['(555)010-0001', '1 555 0100002 x12', '555 0100003']);
    expect(ids.emails).toEqual(['jane.synth@example.invalid']);
  });

  it('collects provider names from PV1-7/8/9/17, ORC-12, OBR-16 and OBR-32', () => {
    const families = report.identifiers.providerNames.map((n) => n.family);
    expect(families).toEqual(['ATTENDSYN', 'REFERSYN', 'CONSULTSYN', 'ADMITSYN', 'ORDERSYN', 'OBRORDERSYN', 'READERSYN']);
    expect(report.identifiers.providerNames.at(-1)).toEqual({ family: 'READERSYN', given: ['RUTH'], prefix: 'DR' });
  });

  it('collects order / visit numbers and facilities', () => {
    expect(report.identifiers.otherIds).toEqual(['PLACER-42', 'FILLER-42', 'ORCPL-1', 'ORCFL-1', 'VISIT-9001', 'ACCT-555']);
    expect(report.identifiers.organizations).toEqual(['SYNTH GENERAL HOSPITAL', 'SYNTH CLINIC']);
  });

  it('orders OBX by set id, keeps every repetition, decodes escapes and heads section groups', () => {
    expect(report.text).toBe(
      ['FINDINGS:', 'Lungs are clear.', 'No pleural effusion.', 'Heart size normal & stable.', 'IMPRESSION:', 'No acute cardiopulmonary process.'].join('\n'),
    );
    expect(report.sections.map((s) => [s.name, report.text.slice(s.start, s.end)])).toEqual([
      ['findings', 'Lungs are clear.\nNo pleural effusion.\nHeart size normal & stable.'],
      ['impression', 'No acute cardiopulmonary process.'],
    ]);
  });
});

describe('parseHl7: report text', () => {
  it('decodes every escape and formatting command', () => {
    const report = onlyReport(parseHl7(fixture('escapes.hl7')));
    expect(report.text.split('\n')).toEqual([
      'delims: | ^ & ~ \\.',
      'line one',
      'line two',
      'line three',
      'line four',
      'line five',
      'Bold normal ',
      '',
      'after space   skipped',
      'centredindentedtempend',
      'utf8: é → charset done',
      'literal \\X0A\\ and bad \\Xzz\\ and open \\unterminated',
    ]);
    // OBR-4 with only a code component: modality and body part come from it.
    expect(report).toMatchObject({ modality: 'CT', bodyPart: 'head', procedure: { code: 'CT HEAD WO CONTRAST' } });
  });

  it('uses non-default encoding characters from MSH-1 / MSH-2', () => {
    const report = onlyReport(parseHl7(fixture('custom-encoding.hl7')));
    expect(report.text).toBe('Liver is normal | spleen normal $ kidneys & bladder % done #.\nSecond repetition.');
    expect(report).toMatchObject({
      accession: 'ACC-4004',
      modality: 'CT',
      bodyPart: 'abdomen',
      procedure: { code: '74177', text: 'CT ABDOMEN PELVIS W CONTRAST', system: 'CPT4' },
      patientId: 'MRN-4004',
    });
    expect(report.identifiers.patientIds).toEqual(['MRN-4004', 'MRN-4005']);
    expect(report.identifiers.patientNames).toEqual([{ family: 'DELIMSYN', given: ['CORA', 'C'] }]);
  });

  it('keeps document order when set ids are missing, and sorts inside each OBR group', () => {
    const msg = [
      'MSH|^~\\&|S|F|||20240101||ORU^R01|M1|P|2.5',
      'OBR|1||A1|XR CHEST',
      'OBX||TX|||second-first||||||F',
      'OBX||TX|||second-second||||||F',
      'OBR|2||A2|XR CHEST',
      'OBX|2|TX|||third||||||F',
      'OBX|1|TX|||fourth||||||F',
    ].join('\r');
    expect(onlyReport(parseHl7(msg)).text).toBe('second-first\nsecond-second\n\nfourth\nthird');
  });

  it('does not repeat a heading the text already starts with, and skips non-text OBX', () => {
    const msg = [
      'MSH|^~\\&|S|F|||20240101||ORU^R01|M1|P|2.5',
      'OBR|1||A1|XR CHEST',
      'OBX|1|TX|19005-8^Impression^LN||Impression: clear lungs.||||||F',
      'OBX|2|CWE|19005-8^Impression^LN||123^Coded^SCT||||||F',
      'OBX|3|NM|8867-4^HR^LN||72||||||F',
    ].join('\r');
    const report = onlyReport(parseHl7(msg));
    expect(report.text).toBe('Impression: clear lungs.');
    expect(report.sections[0]).toMatchObject({ name: 'impression' });
  });

  it('maps &ADT and LOINC indication codes to headings', () => {
    const msg = [
      'MSH|^~\\&|S|F|||20240101||ORU^R01|M1|P|2.5',
      'OBR|1||A1|XR CHEST',
      'OBX|1|TX|18785-6^Reason^LN||Cough.||||||F',
      'OBX|2|TX|71046&ADT^Addendum^L||Called the ward.||||||F',
    ].join('\r');
    const report = onlyReport(parseHl7(msg));
    expect(report.text).toBe('INDICATION:\nCough.\nADDENDUM:\nCalled the ward.');
    expect(report.sections.map((s) => s.name)).toEqual(['indication', 'addendum']);
  });
});

describe('parseHl7: MDM^T02 and study UID', () => {
  it('reads an MDM^T02: OBX after TXA, TXA times and status, study UID from ZDS', () => {
    const report = onlyReport(parseHl7(fixture('mdm-t02.hl7')));
    expect(report).toMatchObject({
      accession: 'PL-5005',
      examDateTime: '2024-03-10T09:00:00',
      reportDateTime: '2024-03-10T09:55:00',
      status: 'final',
      studyInstanceUid: '1.2.826.0.1.3680043.8.498.5005',
      patientId: 'MRN-5005',
    });
    expect(report.text).toBe('FINDINGS:\nThe liver is normal in size.\nThe gallbladder has no stones.\nIMPRESSION:\nNormal gallbladder.');
    expect(report.identifiers.providerNames).toEqual([{ family: 'DICTATORSYN', given: ['DAN'] }]);
    expect(report.identifiers.otherIds).toEqual(['DOC-5005', 'PL-5005']);
  });

  it('ignores OBX that come before TXA in an MDM', () => {
    const msg = ['MSH|^~\\&|S|F|||20240101||MDM^T02|M1|P|2.5', 'OBX|1|TX|||before||||||F', 'TXA|1|RAD|TX', 'OBX|1|TX|||after||||||F'].join('\r');
    expect(onlyReport(parseHl7(msg)).text).toBe('after');
  });

  it('reads the study UID from an OBX with code STUDYUID / IUID, and keeps it out of the text', () => {
    for (const code of ['STUDYUID', 'IUID', '113014']) {
      const msg = [
        'MSH|^~\\&|S|F|||20240101||ORU^R01|M1|P|2.5',
        'OBR|1||A1|XR CHEST',
        `OBX|1|ST|${code}^UID^L||1.2.840.10008.9.${code.length}||||||F`,
        'OBX|2|TX|||Clear.||||||F',
      ].join('\r');
      const report = onlyReport(parseHl7(msg));
      expect(report.studyInstanceUid).toBe(`1.2.840.10008.9.${code.length}`);
      expect(report.text).toBe('Clear.');
    }
  });

  it('never reads inherited keys of the code tables', () => {
    const msg = [
      'MSH|^~\\&|S|F|||20240101||ORU^R01|M1|P|2.5',
      'OBR|1||A1|^toString||||||||||||||||||||constructor|constructor',
      'OBX|1|TX|__proto__^constructor||Clear.||||||F',
    ].join('\r');
    const report = onlyReport(parseHl7(msg));
    expect(report.text).toBe('Clear.');
    expect(report.modality).toBeUndefined();
    expect(report.status).toBe('final');
  });

  it('maps result status codes', () => {
    const status = (obr25: string) =>
      onlyReport(parseHl7(`MSH|^~\\&|S|F|||20240101||ORU^R01|M1|P|2.5\rOBR|1||A|XR|||||||||||||||||||||${obr25}\rOBX|1|TX|||t||||||`)).status;
    expect(['F', 'P', 'I', 'R', 'S', 'C', 'X', 'D', 'Q', ''].map(status)).toEqual([
      'final', 'preliminary', 'preliminary', 'preliminary', 'preliminary', 'corrected', 'cancelled', 'cancelled', 'unknown', 'unknown',
    ]);
  });

  it('reads modality from OBR-24 before the procedure text', () => {
    const modality = (obr24: string, proc: string) =>
      onlyReport(parseHl7(`MSH|^~\\&|S|F|||20240101||ORU^R01|M1|P|2.5\rOBR|1||A|^${proc}||||||||||||||||||||${obr24}|F\rOBX|1|TX|||t||||||F`)).modality;
    expect(modality('NMR', 'BRAIN')).toBe('MR');
    expect(modality('RAD', 'PET/CT WHOLE BODY')).toBe('PET');
    expect(modality('', 'US ABDOMEN')).toBe('US');
    expect(modality('', 'MRI KNEE')).toBe('MR');
    expect(modality('', 'CONSULT NOTE')).toBeUndefined();
  });
});

const errorsFile = parseHl7(fixture('errors-and-skips.hl7'), { file: 'errors-and-skips.hl7' });

function errorAt(items: IngestItem[], row: number) {
  const it = items[row - 1];
  if (it?.kind !== 'error') throw new Error(`row ${row} is ${it?.kind}`);
  return it;
}

describe('parseHl7: skips and errors', () => {
  it('yields one item per message, in order', () => {
    expect(errorsFile.map((i) => (i.kind === 'error' ? i.error.code : i.kind === 'skipped' ? i.reason : 'report'))).toEqual([
      'HL7_NO_MSH',
      'HL7_BAD_ENCODING',
      'HL7_TRUNCATED',
      'HL7_PARSE',
      'HL7_NO_TEXT',
      'not-a-report',
      'no-report-text',
      'HL7_TRUNCATED',
    ]);
  });

  it('locates each error by file, message index and MSH-10, and keeps the raw message', () => {
    const e = errorAt(errorsFile, 3);
    expect(e.error.locator).toEqual({ file: 'errors-and-skips.hl7', row: 3, messageId: 'SYN-ERR-TRUNC' });
    expect(e.raw).toBe('MSH|^~\\&|SYNTH RIS|SYNTH HOSPITAL|||20240601080100||ORU^R01|SYN-ERR-TRUNC|P|2.5\rPID|1||MRN-8002||TRUNC^TIM');
    expect(errorAt(errorsFile, 1).error.locator).toEqual({ file: 'errors-and-skips.hl7', row: 1 });
    expect(errorAt(errorsFile, 2).error.locator.messageId).toBe('SYN-ERR-BADENC');
  });

  it('describes problems without quoting message content', () => {
    const messages = errorsFile.flatMap((i) => (i.kind === 'error' ? [i.error.message] : i.kind === 'skipped' ? [i.detail] : []));
    expect(messages).toEqual([
      'the message has 2 segment(s) but no MSH segment before them',
      'MSH-2 has 2 encoding characters; 4 are required',
      'no OBR or OBX segment after PID (segment 2)',
      'line 3 of the message is not a segment (no segment id followed by the field separator)',
      'all 2 text OBX segments have an empty value',
      'message type ADT^A01 does not carry a report',
      'no TX / FT / ST observation (OBX value types: NM, SN)',
      'the last segment (OBX 5) ends before OBX-5',
    ]);
    for (const m of messages) expect(m).not.toMatch(/MRN-|TRUNC\b|HEADLESS|orphan|GARBAGE|Complete line/);
  });

  it('names a single empty OBX by its set id', () => {
    const items = parseHl7('MSH|^~\\&|S|F|||20240101||ORU^R01|M1|P|2.5\rOBR|1||A|XR\rOBX|3|TX|||   ||||||F');
    expect(items[0]).toMatchObject({ kind: 'error', error: { code: 'HL7_NO_TEXT', message: 'OBX 3 has an empty value' } });
  });

  it('rejects bad encoding characters', () => {
    const codes = ['MSH|^~\\^|S', 'MSH|^~A&|S', 'MSH', 'MSHX^~\\&|S', 'MSH|^~\\&&&|S'].map((m) => {
      const it = parseHl7(`${m}\rOBX|1|TX|||t`)[0];
      return it?.kind === 'error' ? it.error.code : it?.kind;
    });
    expect(codes).toEqual(['HL7_BAD_ENCODING', 'HL7_BAD_ENCODING', 'HL7_BAD_ENCODING', 'HL7_BAD_ENCODING', 'HL7_BAD_ENCODING']);
  });

  it('reports a report message without OBX as truncated, naming the last segment', () => {
    const first = (t: string) => {
      const it = parseHl7(t)[0];
      return it?.kind === 'error' ? `${it.error.code}: ${it.error.message}` : it?.kind;
    };
    expect(first('MSH|^~\\&|S|F|||2024||ORU^R01|M1|P|2.5\rPID|1||X\rOBR|1||A|XR')).toBe('HL7_TRUNCATED: no OBX segment after OBR (segment 3)');
    expect(first('MSH|^~\\&|S|F|||2024||MDM^T02|M1|P|2.5\rTXA|1|RAD|TX')).toBe('HL7_TRUNCATED: no OBX segment after TXA (segment 2)');
    expect(first('MSH|^~\\&|S|F|||2024||ORU^R01|M1|P|2.5\rOBR|1||A|XR\rOBX|1|TX|||a||||||F\rOBR|2')).toBe(
      'HL7_TRUNCATED: the last segment (OBR 4) ends before OBR-4',
    );
  });

  it('reports an MSH cut before MSH-9 as truncated and an empty MSH-9 as a parse error', () => {
    const first = (t: string) => {
      const it = parseHl7(t)[0];
      return it?.kind === 'error' ? `${it.error.code}: ${it.error.message}` : it?.kind;
    };
    expect(first('MSH|^~\\&|SYNTH RIS|SYNTH HOSPITAL|||2024')).toBe('HL7_TRUNCATED: MSH ends after 7 fields, before MSH-9 (message type)');
    expect(first('MSH|^~\\&|S|F|||2024||^R01|M1|P|2.5\rOBX|1|TX|||t')).toBe('HL7_PARSE: MSH-9 (message type) is empty');
  });

  it('reports non-HL7 input before the first MSH as a parse error', () => {
    const items = parseHl7('%PDF-1.4 binary\u0000\u0001junk');
    expect(items[0]).toMatchObject({ kind: 'error', error: { code: 'HL7_PARSE' } });
  });

  it('survives U+FFFD replacement characters from a bad decode', () => {
    const text = fixture('oru-full.hl7').replace('Lungs are clear.', 'Lungs are cl\ufffd\ufffdar.');
    expect(onlyReport(parseHl7(text)).text).toContain('cl\ufffd\ufffdar');
  });

  it('never throws and always yields well-formed items, whatever the input', () => {
    const msg = syntheticOru(1);
    const fragments = fc.oneof(
      fc.string(),
      fc.constantFrom('\r', '\n', '|', '^', '~', '\\', '&', 'MSH|', 'OBX|', '\\X', '\\.sp', '\x0b', '\x1c', '\ufeff', '\ufffd'),
      fc.integer({ min: 0, max: msg.length }).map((n) => msg.slice(0, n)),
    );
    fc.assert(
      fc.property(fc.array(fragments, { maxLength: 12 }), (parts) => {
        const items = parseHl7(parts.join(''));
        for (const it of items) {
          if (it.kind === 'report') expect(RawReportSchema.safeParse(it.report).success).toBe(true);
          if (it.kind === 'error') expect(it.error.code).toMatch(/^HL7_/);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('parses a 500-message batch file into 500 reports', () => {
    const messages = Array.from({ length: 500 }, (_, i) => syntheticOru(i)).join('\r');
    const items = parseHl7(messages);
    expect(items.filter((i) => i.kind === 'report')).toHaveLength(500);
  });
});
