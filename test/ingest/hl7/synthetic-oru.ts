/**
 * Generates synthetic radiology ORU^R01 messages (invented people, ~20 segments) for the parser
 * tests and the micro-benchmark.
 */
export function syntheticOru(i: number): string {
  const id = String(100000 + i);
  const segs = [
    `MSH|^~\\&|RIS|SYNTH HOSPITAL|LABELER|RADLABEL|20240105101500||ORU^R01^ORU_R01|MSG${id}|P|2.5.1`,
    `PID|1||MRN${id}^^^SYNTH^MR~SSN${id}^^^SSA^SS||TESTPERSON^ALEX^Q^JR^MR||19700101|F|||12 FICTION WAY^^SAMPLETOWN^ST^00000^USA||^PRN^PH^^1^555^0100000~^NET^Internet^alex${id}@example.invalid`,
    `PV1|1|O|RAD^R1^B1^SYNTH HOSPITAL||||1001^ATTENDA^PAT^^^DR|1002^REFERRA^LEE|||||||||||VIS${id}`,
    `ORC|RE|PL${id}|FL${id}||CM||||20240105101500|||1003^ORDERA^SAM`,
    `OBR|1|PL${id}|ACC${id}|71046^XR CHEST 2 VIEWS^CPT4|||20240105093000|||||||||1003^ORDERA^SAM||||||20240105101000|||F|||||||1004&READER&ROBIN`,
    `OBX|1|TX|18785-6^Indication^LN||Cough and fever for three days.||||||F`,
    `OBX|2|TX|18782-3^Findings^LN||The lungs are clear. No pleural effusion.~No pneumothorax.||||||F`,
    `OBX|3|TX|18782-3^Findings^LN||Heart size is normal.||||||F`,
    `OBX|4|TX|18782-3^Findings^LN||Mediastinal contours are unremarkable.||||||F`,
    `OBX|5|TX|18782-3^Findings^LN||Osseous structures are intact\\.br\\for age.||||||F`,
    `OBX|6|TX|18782-3^Findings^LN||No acute fracture.||||||F`,
    `OBX|7|TX|18782-3^Findings^LN||Soft tissues normal.||||||F`,
    `OBX|8|TX|18782-3^Findings^LN||Trachea midline.||||||F`,
    `OBX|9|TX|18782-3^Findings^LN||Costophrenic angles sharp.||||||F`,
    `OBX|10|TX|18782-3^Findings^LN||Lines \\T\\ tubes: none.||||||F`,
    `OBX|11|TX|19005-8^Impression^LN||No acute cardiopulmonary process.||||||F`,
    `OBX|12|TX|19005-8^Impression^LN||Follow-up as clinically indicated.||||||F`,
    `OBX|13|ST|113014^Study Instance UID^DCM||1.2.826.0.1.3680043.8.498.${id}||||||F`,
    `NTE|1||Dictated by reader.`,
    `ZDS|1.2.826.0.1.3680043.8.498.${id}^RIS^Application^DICOM`,
  ];
  return segs.join('\r') + '\r';
}
