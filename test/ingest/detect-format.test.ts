import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../src/ingest/detect-format.js';

const MSH = 'MSH|^~\\&|RIS|HOSP|LAB|HOSP|20240101120000||ORU^R01|MSG1|P|2.5.1\rPID|1||123\r';

describe('detectFormat', () => {
  it('recognises HL7 v2 after a BOM, an MLLP start byte or whitespace, and batch headers', () => {
    expect(detectFormat(MSH)).toBe('hl7');
    expect(detectFormat(`\uFEFF${MSH}`)).toBe('hl7');
    expect(detectFormat(`\x0b${MSH}\x1c\r`)).toBe('hl7');
    expect(detectFormat(`\r\n  ${MSH.replace(/\r/g, '\r\n')}`)).toBe('hl7');
    expect(detectFormat('FHS|^~\\&|RIS\rBHS|^~\\&\r' + MSH)).toBe('hl7');
    expect(detectFormat('BHS|^~\\&|RIS\r' + MSH)).toBe('hl7');
    expect(detectFormat('MSH^~\\&')).toBeUndefined();
  });

  it('recognises FHIR JSON, pretty-printed or not, and FHIR NDJSON', () => {
    expect(detectFormat('{"resourceType":"DiagnosticReport","id":"1"}')).toBe('fhir');
    expect(detectFormat('\uFEFF{\r\n  "id": "b",\r\n  "resourceType": "Bundle"\r\n}\r\n')).toBe('fhir');
    expect(detectFormat('{"resourceType":"DiagnosticReport","id":"1"}\r\n{"resourceType":"Patient","id":"2"}\r\n')).toBe('fhir');
    // Broken but clearly FHIR: the parser reports FHIR_INVALID_JSON with a precise message.
    expect(detectFormat('{\n  "resourceType": "DiagnosticReport",\n  "status": \n')).toBe('fhir');
  });

  it('recognises generic JSONL (objects without resourceType)', () => {
    expect(detectFormat('{"id":"1","text":"IMPRESSION: ok"}\n{"id":"2","text":"x"}\n')).toBe('jsonl');
    expect(detectFormat('\uFEFF{"id":"1","text":"a"}\r\n')).toBe('jsonl');
    expect(detectFormat('{"id":"1","text":"a"}\n{broken\n')).toBe('jsonl');
  });

  it('recognises PhysioNet deid records', () => {
    expect(detectFormat('START_OF_RECORD=1||||1||||\nPatient seen.\n||||END_OF_RECORD\n')).toBe('physionet');
    expect(detectFormat('\uFEFF\r\nSTART_OF_RECORD=2||||1||||\r\n')).toBe('physionet');
  });

  it('recognises CSV by a header of at least two named columns', () => {
    expect(detectFormat('id,text\n1,"IMPRESSION: ok"\n')).toBe('csv');
    expect(detectFormat('\uFEFFuid,MeSH,Problems,image\r\n1,normal,normal,Xray\r\n')).toBe('csv');
    expect(detectFormat('"report id","report text"\r\n')).toBe('csv');
    expect(detectFormat('text\nonly one column\n')).toBeUndefined();
    expect(detectFormat('id\tstatus (negated, affirmed, possible)\tsentence\n1\tnegated\tNo effusion.\n')).toBeUndefined();
    expect(detectFormat('The lungs are clear, no effusion.\nNormal heart.\n')).toBeUndefined();
  });

  it('uses the file extension only to break ties', () => {
    expect(detectFormat('text\nhello\n', 'reports.csv')).toBe('csv');
    expect(detectFormat('{"a": 1', 'x.jsonl')).toBe('jsonl');
    expect(detectFormat('{"a": 1', 'x.json')).toBe('fhir');
    // Content wins over a misleading extension.
    expect(detectFormat(MSH, 'message.csv')).toBe('hl7');
    expect(detectFormat('id,text\n1,x\n', 'export.json')).toBe('csv');
  });

  it('returns undefined for empty or unrecognised input', () => {
    expect(detectFormat('')).toBeUndefined();
    expect(detectFormat(' \r\n\t')).toBeUndefined();
    expect(detectFormat('Just a free-text report')).toBeUndefined();
    expect(detectFormat('[1,2,3]')).toBeUndefined();
  });
});
