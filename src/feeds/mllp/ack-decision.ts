import type { IngestOutcome } from '../../service/ingest-port.js';
import { HL7_ERROR, type AckDecision, type Hl7ErrorCode } from './hl7-ack.js';

/**
 * Which acknowledgement a message earns (HL7 v2.5 §2.9.2, original mode): AR when the message is
 * rejected before its content is looked at (no / unreadable MSH, unsupported message type, a
 * broken frame, or the receiver unable to store it now: the sender should resend), AE when its
 * content is in error (it was quarantined; resending the same bytes will not help), AA when every
 * report in it is durably stored (or it carries none, e.g. a result without narrative text).
 */
const REJECT: Readonly<Record<string, Hl7ErrorCode>> = {
  HL7_NO_MSH: HL7_ERROR.segmentSequence,
  HL7_BAD_ENCODING: HL7_ERROR.dataType,
  HL7_UNSUPPORTED_TYPE: HL7_ERROR.unsupportedMessageType,
  INGEST_ENCODING: HL7_ERROR.dataType,
};

const CONTENT_ERROR: Readonly<Record<string, Hl7ErrorCode>> = {
  HL7_TRUNCATED: HL7_ERROR.requiredFieldMissing,
  HL7_NO_TEXT: HL7_ERROR.requiredFieldMissing,
  HL7_PARSE: HL7_ERROR.dataType,
};

/** Skip reasons that mean "this receiver does not take this kind of message". */
const UNSUPPORTED_SKIPS = new Set(['not-a-report']);

/** The ACK for a message whose ingest resolved. The first rejection (or unsupported skip) decides. */
export function decideAck(outcome: IngestOutcome): AckDecision {
  const rejected = outcome.rejected[0];
  if (rejected) {
    const reject = REJECT[rejected.code];
    if (reject) return { code: 'AR', hl7Error: reject, appCode: rejected.code, text: rejected.message };
    return { code: 'AE', hl7Error: CONTENT_ERROR[rejected.code] ?? HL7_ERROR.internal, appCode: rejected.code, text: rejected.message };
  }
  const unsupported = outcome.skipped.find((s) => UNSUPPORTED_SKIPS.has(s.reason));
  if (unsupported && outcome.accepted.length === 0) {
    return { code: 'AR', hl7Error: HL7_ERROR.unsupportedMessageType, appCode: 'HL7_UNSUPPORTED_TYPE', text: 'the message type does not carry a report (only ORU^R01 and MDM^T02 are accepted)' };
  }
  if (outcome.accepted.length === 0 && outcome.skipped.length === 0) {
    return { code: 'AR', hl7Error: HL7_ERROR.segmentSequence, appCode: 'HL7_NO_MSH', text: 'the frame holds no HL7 message' };
  }
  const skipped = outcome.skipped[0];
  return skipped && outcome.accepted.length === 0 ? { code: 'AA', text: `accepted without a report (${skipped.reason})` } : { code: 'AA' };
}

/** A frame the decoder dropped (over the size limit, or cut short by a new start block). */
export function frameRejection(kind: 'oversize' | 'truncated', bytes: number, maxFrameBytes: number): AckDecision {
  return kind === 'oversize'
    ? { code: 'AR', hl7Error: HL7_ERROR.internal, appCode: 'MLLP_FRAME_TOO_LARGE', text: `the frame has ${bytes} bytes, over the ${maxFrameBytes}-byte limit` }
    : { code: 'AR', hl7Error: HL7_ERROR.segmentSequence, appCode: 'MLLP_FRAME_TRUNCATED', text: `the frame was cut short after ${bytes} bytes by a new start block` };
}

/** The receiver could not store the message now (database down, queue full): the sender should resend. */
export function transientRejection(code: string): AckDecision {
  return { code: 'AR', hl7Error: HL7_ERROR.internal, appCode: code, text: 'the message could not be stored now; resend it later' };
}
