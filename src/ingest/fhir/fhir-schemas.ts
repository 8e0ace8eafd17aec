import { z } from 'zod';

/*
 * Lenient zod schemas for the FHIR R4 elements radlabel reads. Unknown elements pass through; an
 * element radlabel uses must have the R4 type (https://hl7.org/fhir/R4/datatypes.html) or the
 * DiagnosticReport is rejected with FHIR_INVALID_RESOURCE. Supporting resources (Patient,
 * Practitioner, ImagingStudy…) are read best-effort: a malformed element is dropped, never fatal.
 */

export const CodingSchema = z.looseObject({
  system: z.string().optional(),
  code: z.string().optional(),
  display: z.string().optional(),
});
export type Coding = z.infer<typeof CodingSchema>;

export const CodeableConceptSchema = z.looseObject({
  coding: z.array(CodingSchema).optional(),
  text: z.string().optional(),
});
export type CodeableConcept = z.infer<typeof CodeableConceptSchema>;

export const IdentifierSchema = z.looseObject({
  system: z.string().optional(),
  value: z.string().optional(),
  type: CodeableConceptSchema.optional(),
});
export type Identifier = z.infer<typeof IdentifierSchema>;

export const ReferenceSchema = z.looseObject({
  reference: z.string().optional(),
  display: z.string().optional(),
  type: z.string().optional(),
  identifier: IdentifierSchema.optional(),
});
export type Reference = z.infer<typeof ReferenceSchema>;

export const AttachmentSchema = z.looseObject({
  contentType: z.string().optional(),
  data: z.string().optional(),
  url: z.string().optional(),
  title: z.string().optional(),
});
export type Attachment = z.infer<typeof AttachmentSchema>;

/** Any resource: only `resourceType` is required. */
export const AnyResourceSchema = z.looseObject({
  resourceType: z.string(),
  id: z.string().optional(),
});
export type AnyResource = z.infer<typeof AnyResourceSchema>;

/** https://hl7.org/fhir/R4/diagnosticreport.html — the elements radlabel reads. */
export const DiagnosticReportSchema = z.looseObject({
  resourceType: z.literal('DiagnosticReport'),
  id: z.string().optional(),
  meta: z.looseObject({ source: z.string().optional(), versionId: z.string().optional() }).optional(),
  text: z.looseObject({ div: z.string().optional() }).optional(),
  contained: z.array(AnyResourceSchema).optional(),
  identifier: z.array(IdentifierSchema).optional(),
  basedOn: z.array(ReferenceSchema).optional(),
  status: z.string().optional(),
  category: z.array(CodeableConceptSchema).optional(),
  code: CodeableConceptSchema.optional(),
  subject: ReferenceSchema.optional(),
  effectiveDateTime: z.string().optional(),
  effectivePeriod: z.looseObject({ start: z.string().optional() }).optional(),
  issued: z.string().optional(),
  performer: z.array(ReferenceSchema).optional(),
  resultsInterpreter: z.array(ReferenceSchema).optional(),
  imagingStudy: z.array(ReferenceSchema).optional(),
  result: z.array(ReferenceSchema).optional(),
  conclusion: z.string().optional(),
  conclusionCode: z.array(CodeableConceptSchema).optional(),
  presentedForm: z.array(AttachmentSchema).optional(),
});
export type DiagnosticReport = z.infer<typeof DiagnosticReportSchema>;

const lenient = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);

export const HumanNameSchema = z.looseObject({
  text: z.string().optional(),
  family: z.string().optional(),
  given: z.array(z.string()).optional(),
  prefix: z.array(z.string()).optional(),
  suffix: z.array(z.string()).optional(),
});
export type HumanName = z.infer<typeof HumanNameSchema>;

const AddressSchema = z.looseObject({
  text: z.string().optional(),
  line: z.array(z.string()).optional(),
  city: z.string().optional(),
  state: z.string().optional(),
  postalCode: z.string().optional(),
});

const ContactPointSchema = z.looseObject({ system: z.string().optional(), value: z.string().optional() });

/** Patient / Practitioner / RelatedPerson: the PHI-bearing elements, each read best-effort. */
export const PersonResourceSchema = z.looseObject({
  resourceType: z.string(),
  name: lenient(z.array(HumanNameSchema.catch({}))),
  identifier: lenient(z.array(IdentifierSchema.catch({}))),
  birthDate: lenient(z.string()),
  address: lenient(z.array(AddressSchema.catch({}))),
  telecom: lenient(z.array(ContactPointSchema.catch({}))),
});
export type PersonResource = z.infer<typeof PersonResourceSchema>;
export type Address = z.infer<typeof AddressSchema>;

/** https://hl7.org/fhir/R4/imagingstudy.html — identifiers, modality, body site. */
export const ImagingStudySchema = z.looseObject({
  resourceType: z.literal('ImagingStudy'),
  identifier: lenient(z.array(IdentifierSchema.catch({}))),
  modality: lenient(z.array(CodingSchema.catch({}))),
  series: lenient(
    z.array(
      z
        .looseObject({
          modality: lenient(CodingSchema),
          bodySite: lenient(CodingSchema),
        })
        .catch({}),
    ),
  ),
});
export type ImagingStudy = z.infer<typeof ImagingStudySchema>;

export const OrganizationSchema = z.looseObject({
  resourceType: z.literal('Organization'),
  name: lenient(z.string()),
  alias: lenient(z.array(z.string())),
  identifier: lenient(z.array(IdentifierSchema.catch({}))),
});
