import type { KnownIdentifiers, PersonName } from '../../domain/report.js';
import {
  OrganizationSchema,
  PersonResourceSchema,
  type Address,
  type AnyResource,
  type HumanName,
  type Identifier,
  type Reference,
} from './fhir-schemas.js';
import { referenceType, type ResourceIndex, resolveReference } from './resolve-reference.js';

/** An empty {@link KnownIdentifiers} with every list present. */
export function emptyIdentifiers(): KnownIdentifiers {
  return {
    patientNames: [],
    providerNames: [],
    patientIds: [],
    otherIds: [],
    addresses: [],
    phones: [],
    emails: [],
    organizations: [],
  };
}

/** HumanName → PersonName (https://hl7.org/fhir/R4/datatypes.html#HumanName). */
export function toPersonName(n: HumanName): PersonName | undefined {
  const p: PersonName = { given: (n.given ?? []).filter((g) => g.trim() !== '') };
  if (n.family) p.family = n.family;
  if (n.prefix?.length) p.prefix = n.prefix.join(' ');
  if (n.suffix?.length) p.suffix = n.suffix.join(' ');
  if (n.text) p.text = n.text;
  return p.family || p.given.length || p.text ? p : undefined;
}

/** Address → one string: lines, city, state, postal code (the text form when there is nothing else). */
export function formatAddress(a: Address): string | undefined {
  const parts = [...(a.line ?? []), a.city, a.state, a.postalCode].filter((x): x is string => !!x && x.trim() !== '');
  if (parts.length) return parts.join(', ');
  return a.text?.trim() || undefined;
}

const isMrn = (id: Identifier): boolean => !!id.type?.coding?.some((c) => c.code === 'MR');

function pushUnique(list: string[], v: string | undefined): void {
  const t = v?.trim();
  if (t && !list.includes(t)) list.push(t);
}

/**
 * Adds the PHI of a Patient (names, identifiers, birth date, addresses, phones, emails) and returns
 * the patient's main id: the MRN (identifier type `MR`) or else its first identifier.
 */
export function addPatient(ids: KnownIdentifiers, resource: AnyResource): string | undefined {
  const parsed = PersonResourceSchema.safeParse(resource);
  if (!parsed.success) return undefined;
  const p = parsed.data;
  for (const n of p.name ?? []) {
    const name = toPersonName(n);
    if (name) ids.patientNames.push(name);
  }
  for (const i of p.identifier ?? []) pushUnique(ids.patientIds, i.value);
  if (p.birthDate && !ids.birthDate) ids.birthDate = p.birthDate.slice(0, 10);
  addContact(ids, p.address, p.telecom);
  const main = (p.identifier ?? []).find(isMrn) ?? (p.identifier ?? []).find((i) => i.value);
  return main?.value?.trim() || undefined;
}

function addContact(
  ids: KnownIdentifiers,
  address: Address[] | undefined,
  telecom: Array<{ system?: string; value?: string }> | undefined,
): void {
  for (const a of address ?? []) pushUnique(ids.addresses, formatAddress(a));
  for (const t of telecom ?? []) {
    if (t.system === 'email') pushUnique(ids.emails, t.value);
    else if (t.system === 'phone' || t.system === 'fax' || t.system === 'sms') pushUnique(ids.phones, t.value);
  }
}

/**
 * Adds a performer / results interpreter: a Practitioner's names and identifiers, an Organization's
 * name, a PractitionerRole's practitioner and organization, and the reference's `display` (a person's name unless the reference names an Organization).
 */
export function addParticipant(
  ids: KnownIdentifiers,
  ref: Reference,
  contained: readonly AnyResource[],
  index: ResourceIndex,
  depth = 0,
): void {
  const resolved = resolveReference(ref, contained, index);
  const type = referenceType(ref, resolved);
  if (type === 'Organization') {
    pushUnique(ids.organizations, ref.display);
    const org = resolved ? OrganizationSchema.safeParse(resolved) : undefined;
    if (org?.success) {
      pushUnique(ids.organizations, org.data.name);
      for (const a of org.data.alias ?? []) pushUnique(ids.organizations, a);
    }
    return;
  }
  if (ref.display?.trim()) ids.providerNames.push({ given: [], text: ref.display.trim() });
  if (!resolved) return;
  if (resolved.resourceType === 'PractitionerRole' && depth === 0) {
    // https://hl7.org/fhir/R4/practitionerrole.html: the person and the organization are references.
    const role = resolved as { practitioner?: Reference; organization?: Reference };
    for (const next of [role.practitioner, role.organization]) {
      if (next && typeof next === 'object') addParticipant(ids, next, contained, index, depth + 1);
    }
    return;
  }
  const p = PersonResourceSchema.safeParse(resolved);
  if (!p.success) return;
  for (const n of p.data.name ?? []) {
    const name = toPersonName(n);
    if (name) ids.providerNames.push(name);
  }
  for (const i of p.data.identifier ?? []) pushUnique(ids.otherIds, i.value);
  addContact(ids, p.data.address, p.data.telecom);
}

export { pushUnique };
