import { describe, expect, it } from 'vitest';
import { buildAck, parseAck, readMshHeader } from '../../../src/feeds/mllp/hl7-ack.js';
import { decideAck } from '../../../src/feeds/mllp/ack-decision.js';

const MSG = 'MSH|^~\\&|RIS|SYNTH GENERAL|RADLABEL|LAB|20240305143000||ORU^R01^ORU_R01|CTRL-1|P|2.5.1\rPID|1';
const now = new Date(Date.UTC(2026, 0, 2, 3, 4, 5));

describe('HL7 v2.5 ACK', () => {
  it('swaps sender and receiver, echoes MSH-10 in MSA-2 and the trigger in MSH-9', () => {
    const ack = buildAck(readMshHeader(MSG), { code: 'AA' }, { controlId: 'ACK-9', now });
    const [msh, msa, more] = ack.split('\r');
    expect(msh).toBe('MSH|^~\\&|RADLABEL|LAB|RIS|SYNTH GENERAL|20260102030405+0000||ACK^R01^ACK|ACK-9|P|2.5.1');
    expect(msa).toBe('MSA|AA|CTRL-1');
    expect(more).toBe('');
    expect(ack.endsWith('\r')).toBe(true);
  });

  it('adds an ERR segment with the table 0357 code, severity, radlabel code and the escaped reason', () => {
    const ack = buildAck(readMshHeader(MSG), decideAck({ accepted: [], skipped: [], rejected: [{ code: 'HL7_TRUNCATED', message: 'no OBX segment after OBR | cut' }] }), { controlId: 'A', now });
    const err = ack.split('\r')[2]!;
    expect(err).toBe('ERR|||101^Required field missing^HL70357|E|HL7_TRUNCATED^no OBX segment after OBR \\F\\ cut^RADLABEL|||no OBX segment after OBR \\F\\ cut');
    expect(parseAck(ack)).toMatchObject({ code: 'AE', controlId: 'CTRL-1', appCode: 'HL7_TRUNCATED' });
  });

  it('uses the sender\'s own delimiters', () => {
    const custom = 'MSH#$*@%#RIS#FAC#RL#LAB#2024##ORU$R01#C-7#P#2.4';
    const ack = buildAck(readMshHeader(custom), { code: 'AR', text: 'a#b', appCode: 'X' }, { controlId: 'Z', now });
    expect(ack.split('\r')[0]).toBe('MSH#$*@%#RL#LAB#RIS#FAC#20260102030405+0000##ACK$R01$ACK#Z#P#2.4');
    expect(ack.split('\r')[1]).toBe('MSA#AR#C-7#a@F@b');
  });

  it('answers a frame without a readable MSH with default delimiters and an empty MSA-2', () => {
    expect(readMshHeader('not hl7 at all')).toBeUndefined();
    const ack = buildAck(undefined, { code: 'AR', appCode: 'HL7_NO_MSH', text: 'no MSH' }, { controlId: 'Z', now });
    expect(ack.split('\r')[1]).toBe('MSA|AR||no MSH');
  });

  it('decides AA / AE / AR by outcome', () => {
    expect(decideAck({ accepted: [{ reportId: 'r', duplicate: true }], skipped: [], rejected: [] }).code).toBe('AA');
    expect(decideAck({ accepted: [], skipped: [{ reason: 'no-report-text' }], rejected: [] }).code).toBe('AA');
    expect(decideAck({ accepted: [], skipped: [{ reason: 'not-a-report' }], rejected: [] })).toMatchObject({ code: 'AR', hl7Error: { code: '200' } });
    expect(decideAck({ accepted: [], skipped: [], rejected: [{ code: 'HL7_NO_MSH', message: 'm' }] }).code).toBe('AR');
    expect(decideAck({ accepted: [], skipped: [], rejected: [{ code: 'HL7_NO_TEXT', message: 'm' }] }).code).toBe('AE');
    expect(decideAck({ accepted: [], skipped: [], rejected: [{ code: 'DEID_FAILED', message: 'm' }] })).toMatchObject({ code: 'AE', hl7Error: { code: '207' } });
    expect(decideAck({ accepted: [], skipped: [], rejected: [] }).code).toBe('AR');
  });
});
