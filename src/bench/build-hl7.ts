/** Fields of a synthetic ORU^R01 radiology result (all values synthetic). */
export interface OruSpec {
  controlId: string;
  accession: string;
  placer?: string;
  mrn: string;
  patient: { family: string; given: string; middle?: string };
  birthDate: string; // YYYYMMDD
  sex?: 'F' | 'M';
  address?: string; // street^^city^state^zip
  phone?: string;
  procedure: { code: string; text: string };
  modality: string; // OBR-24
  observed: string; // YYYYMMDDHHMM
  reported?: string;
  status: 'F' | 'P' | 'C';
  orderingProvider: { id: string; family: string; given: string };
  interpreter: { id: string; family: string; given: string };
  /** Section heading → lines. */
  sections: Array<{ code: string; name: string; lines: string[] }>;
  studyUid?: string;
}

/** Escapes text for an HL7 v2 field with the default encoding characters (HL7 v2.5 §2.7). */
export function hl7Escape(s: string): string {
  return s.replace(/\\/g, '\\E\\').replace(/\|/g, '\\F\\').replace(/\^/g, '\\S\\').replace(/&/g, '\\T\\').replace(/~/g, '\\R\\');
}

/** Builds one ORU^R01 message with CR segment ends. */
export function buildOru(s: OruSpec): string {
  const p = s.patient;
  const seg = [
    `MSH|^~\\&|RIS|SYNTH GENERAL|RADLABEL|SYNTH|${s.reported ?? s.observed}||ORU^R01^ORU_R01|${s.controlId}|P|2.5.1`,
    `PID|1||${s.mrn}^^^SYNTH^MR||${p.family}^${p.given}${p.middle ? '^' + p.middle : ''}||${s.birthDate}|${s.sex ?? 'U'}|||${s.address ?? ''}||${s.phone ?? ''}`,
    `PV1|1|O|RAD^^^SYNTH||||${s.orderingProvider.id}^${s.orderingProvider.family}^${s.orderingProvider.given}^^^DR`,
    `ORC|RE|${s.placer ?? 'P' + s.accession}|${s.accession}`,
    `OBR|1|${s.placer ?? 'P' + s.accession}|${s.accession}|${s.procedure.code}^${hl7Escape(s.procedure.text)}^CPT|||${s.observed}|||||||||${s.orderingProvider.id}^${s.orderingProvider.family}^${s.orderingProvider.given}^^^DR||||||${s.reported ?? s.observed}||${s.modality}|${s.status}|||||||${s.interpreter.id}&${s.interpreter.family}&${s.interpreter.given}`,
  ];
  let setId = 1;
  for (const sec of s.sections) {
    seg.push(`OBX|${setId++}|TX|${sec.code}^${sec.name}^LN||${sec.lines.map(hl7Escape).join('~')}||||||${s.status}`);
  }
  if (s.studyUid) seg.push(`OBX|${setId++}|ST|113014^Study Instance UID^DCM||${s.studyUid}||||||${s.status}`);
  return seg.join('\r') + '\r';
}
