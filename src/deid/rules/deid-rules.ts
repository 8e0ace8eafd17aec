import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { RadlabelError } from '../../errors/index.js';
import { repoPath } from '../../util/paths.js';
import { readYamlData } from '../../util/yaml-data.js';
import { readValidatedCopy } from '../../util/validated-data.js';

const words = z.array(z.string().min(1).transform((s) => s.toLowerCase()));

/** `rules/<lang>/deid-numeric-contexts.yaml`: where a month/day-shaped pair is a value, not a date. */
export const NumericContextsSchema = z
  .object({
    language: z.string(),
    version: z.string(),
    slash: z
      .object({
        before: words,
        tests: words,
        approximate: words,
        after: words,
        near: words,
        nearChars: z.number().int().positive().max(80),
        equalPairMax: z.number().int().min(0).max(31),
        scoreDenominators: z.array(z.object({ denominator: z.number().int().positive(), words }).strict()),
        fractionMaxDenominator: z.number().int().min(0).max(12),
        partOfWhole: z.object({ maxDenominator: z.number().int().min(2).max(31), after: words }).strict().default({ maxDenominator: 10, after: [] }),
        productDates: words.default([]),
        periodsOf: words.default([]),
        bracketDevices: words.default([]),
      })
      .strict(),
    dateCues: z
      .object({ strong: words, events: words, equalPairWeak: words, settingVerbs: words, leads: words, weekdays: words, dotted: words, samples: words.default([]), ordinalDay: words.default([]) })
      .strict(),
    hyphen: z
      .object({
        after: words,
        before: words,
        shiftPairs: z.array(z.string().regex(/^\d{1,2}-\d{1,2}$/, 'a shift pair is written "7-3"')),
        smallRangeMax: z.number().int().min(0).max(31),
        abbreviationRanges: z.boolean(),
        readingsNear: words.default([]),
        readingsNearChars: z.number().int().min(0).max(80).default(24),
        // A small pair closing its clause after a verb of a past event ("reviewed 1-4."): see month-day.ts closedEventPair.
        pastForms: words.default([]),
        valueVerbs: words.default([]),
        resultWords: words.default([]),
      })
      .strict(),
    apostropheYear: z.object({ before: words, notAfter: words }).strict(),
    arrivalYear: z.object({ verbs: words, places: words }).strict().default({ verbs: [], places: [] }),
    year: z.object({ timeBefore: words, rangeWords: words, valueBefore: words, unitsAfter: words }).strict(),
    // "served 1987 to 2015", "9/16 thru 9/30": the words that join a range's two ends (date-range-ends.ts).
    ranges: z.object({ joiners: words }).strict().default({ joiners: [] }),
  })
  .strict();
export type NumericContexts = z.infer<typeof NumericContextsSchema>;

const CueList = z
  .object({
    pass: z.string().min(1),
    direction: z.enum(['forward', 'backward']),
    take: z.string().min(1),
    requires: z.string().min(1),
    words: words.min(1),
  })
  .strict();

/** `rules/<lang>/deid-name-cues.yaml`: the words that open or close a name-like position, per engine pass. */
export const NameCuesSchema = z
  .object({
    language: z.string(),
    version: z.string(),
    cues: z
      .object({
        titles: CueList, weakTitles: CueList, credentials: CueList, relatives: CueList, signCredentials: CueList, personLeads: CueList, initialLeads: CueList,
        leadRuns: CueList, roleLeads: CueList, roles: CueList, headerLabels: CueList, headerClosers: CueList, patientLeads: CueList,
        bracketRelations: CueList, patientDescriptors: CueList, valedictions: CueList, weakLeads: CueList,
        staffLeads: CueList, contactLeads: CueList, listLeads: CueList, listClosers: CueList, roleBrackets: CueList, listTails: CueList, presenceTails: CueList, contactClosers: CueList, relativeClauses: CueList,
        contactSlots: CueList, closedContactSlots: CueList, contactSlotTails: CueList, relationSlotTails: CueList, slotNonNames: CueList, greetings: CueList, calendarNames: CueList, calendarNameTails: CueList, patientRecaps: CueList,
        signOffCredentials: CueList, signOffStamps: CueList, transcriptionLeads: CueList, initialsLeads: CueList, dottedInitialsLeads: CueList, unitsBeforeCredentials: CueList, eponymConditions: CueList,
        initialsByClauses: CueList, personLabels: CueList, pairNonNames: CueList, dashSignOffNonNames: CueList,
      })
      .strict(),
    // Words two sign-off passes refuse as a signer's name; apart from `cues`, which the learned layer reads whole.
    signOffWords: z
      .object({ signatureMarks: words, pagerServices: words, dictationStamps: words.default([]), teamRoles: words.default([]), typistCues: words.default([]), closingNonInitials: words.default([]), noteEndLeads: words.default([]), noteEndNonInitials: words.default([]) })
      .strict()
      .default({ signatureMarks: [], pagerServices: [], dictationStamps: [], teamRoles: [], typistCues: [], closingNonInitials: [], noteEndLeads: [], noteEndNonInitials: [] }),
    // "js pgy2 for dr toussaint": the services a training year follows instead of a writer (trainee-tags.ts).
    traineeTags: z.object({ services: words }).strict().default({ services: [] }),
    // "RN: rs  PCT: RMS", "Scored by: DEG", "Job 358782  JT", "Dr. Garrow / MA": the labels and stamps
    // beside which a group of letters is a staff member's initials (staff-initials.ts).
    staffInitials: z
      .object({ labels: words, weakLabels: words, stampCues: words, nonInitials: words })
      .strict()
      .default({ labels: [], weakLabels: [], stampCues: [], nonInitials: [] }),
    // "handoff AB -> CD", "tech UG called RN": a hand-off between two staff groups, and a staff
    // label's group before a verb of contact (handoff-initials.ts).
    handoffInitials: z.object({ leads: words, contactVerbs: words }).strict().default({ leads: [], contactVerbs: [] }),
    // "Triage RN: …", "Wound RN Hope consulted": duties and units written before a credential, staff words (name-words.ts).
    staffDuties: words.default([]),
    // "FAMILY ROSE AWARE": the group words before a name and the words that stand there instead (family-aware.ts).
    awarenessSlots: z
      .object({ groups: words, nonNames: words })
      .strict()
      .default({ groups: [], nonNames: [] }),
    // The cues of the cue pass ("seen by", "d/w", "attending"): phrases, apart from `cues` as well.
    personCues: words.min(1),
    // Acts and "by" after which only a word written as a name is taken ("received by", "witnessed by").
    actCues: words.default([]),
    // Word lists of single name passes (initials, particles, aged-name lines); apart from `cues` as well.
    nameWords: z
      .object({
        initialsParticles: words.default([]),
        aloneParticles: words.default([]),
        personVerbs: words.default([]),
        dottedAbbreviations: words.default([]),
        closingReplies: words.default([]),
        agedLineLabels: words.default([]),
        shorthandLetters: words.default([]),
        carryOnWords: words.default([]),
        foreignRelations: words.default([]),
        relationPersonWords: words.default([]),
        pairNonNames: words.default([]),
        stampNonNames: words.default([]),
        stampNonInitials: words.default([]),
        handoffShifts: words.default([]),
        postNominals: words.default([]),
        relationCompoundTails: words.default([]),
        headlineMarkers: words.default([]),
        initialsColumnHeads: words.default([]),
        phoneLabels: words.default([]),
        contactColumnHeads: words.default([]),
        contactRelationHeads: words.default([]),
        personColumnHeads: words.default([]),
        pairStaffTags: words.default([]),
        pairLeads: words.default([]),
        logCloseStamps: words.default([]),
        issuedByStamps: words.default([]),
        readBackStamps: words.default([]),
        assistantRoles: words.default([]),
        stampGroupNonInitials: words.default([]),
        callBackWords: words.default([]),
        servicePageVerbs: words.default([]),
        serviceNameNonNames: words.default([]),
        serviceDiscussWords: words.default([]),
        clergyTitles: words.default([]),
        languages: words.default([]),
        identifiedPairLeads: words.default([]),
        identifiedPairFields: words.default([]),
        numberContactLeads: words.default([]),
        numberContactLabels: words.default([]),
        numberContactShortLeads: words.default([]),
        numberContactNonNames: words.default([]),
        numberContactMonths: words.default([]),
        givenInitialMonths: words.default([]),
        givenInitialNonNames: words.default([]),
        givenInitialDottedTerms: words.default([]),
        possessions: words.default([]),
        wordTitles: words.default([]),
        credentialTitles: words.default([]),
        shorthandPairs: words.default([]),
        presenceTailsListed: words.default([]),
        presenceTailsAllListed: words.default([]),
        relationTagWords: words.default([]),
        beliefWords: words.default([]),
        structuredNameAffixes: words.default([]),
      })
      .strict()
      .default({
        initialsParticles: [], aloneParticles: [], personVerbs: [], dottedAbbreviations: [], closingReplies: [], agedLineLabels: [], shorthandLetters: [], carryOnWords: [], foreignRelations: [],
        relationPersonWords: [], pairNonNames: [], stampNonNames: [], stampNonInitials: [], handoffShifts: [], postNominals: [],
        relationCompoundTails: [], headlineMarkers: [], initialsColumnHeads: [], phoneLabels: [], contactColumnHeads: [], contactRelationHeads: [], personColumnHeads: [], pairStaffTags: [], pairLeads: [],
        logCloseStamps: [], issuedByStamps: [], readBackStamps: [], assistantRoles: [], stampGroupNonInitials: [], callBackWords: [], servicePageVerbs: [], serviceNameNonNames: [], serviceDiscussWords: [], clergyTitles: [], languages: [],
        identifiedPairLeads: [], identifiedPairFields: [], numberContactLeads: [], numberContactLabels: [], numberContactShortLeads: [], numberContactNonNames: [], numberContactMonths: [],
        givenInitialMonths: [], givenInitialNonNames: [], givenInitialDottedTerms: [], possessions: [], wordTitles: [], credentialTitles: [], shorthandPairs: [],
        presenceTailsListed: [], presenceTailsAllListed: [], relationTagWords: [], beliefWords: [], structuredNameAffixes: [],
      }),
    // Word lists of the person passes that were literals in vocabulary.ts (PA_NOUNS, SOCIAL_VERBS, NAME_PARTICLES, AWARENESS_RE); apart from `cues` as well.
    personVocabulary: z
      .object({
        paNouns: words.min(1),
        socialVerbs: words.min(1),
        nameParticles: words.min(1),
        awarenessVerbs: z.array(z.string().regex(/^[a-z]+$/, 'an awareness verb is one word of letters a-z (a keyword of the anchored scan)')).min(1),
        initialSurnameVerbs: z.array(z.string().regex(/^[a-z]+$/, 'a verb after an initial and a surname is one word of letters a-z (a keyword of the anchored scan)')).min(1),
        contactRoles: words.min(1),
        stopWords: words.min(1),
        contactRoleOwners: words.min(1),
        serviceWordsAfter: words.min(1),
        headerNonNames: words.min(1),
      })
      .strict(),
  })
  .strict();
export type NameCues = z.infer<typeof NameCuesSchema>;

const loadNameCues = shippedDeidRules('deid-name-cues.yaml', NameCuesSchema);
/** The shipped name cues (loaded once). */
export function nameCues(): NameCues {
  return loadNameCues();
}

/**
 * Reads and validates one de-identification rules YAML file; errors name the file and the key.
 * A shipped file the build validated under this very schema is read from that copy (validated-data.ts).
 */
export function readDeidRules<T>(file: string, schema: z.ZodType<T>): T {
  if (!existsSync(file)) throw new RadlabelError('RULES_INVALID', 'de-identification rules file not found', { locator: { file } });
  const text = readFileSync(file, 'utf8');
  const valid = readValidatedCopy(text, schema);
  if (valid !== undefined) return valid;
  // The build's parsed copy of a shipped file when it is unchanged (start-up skips loading the YAML parser).
  const doc = readYamlData(text);
  if (!doc.ok) throw new RadlabelError('RULES_INVALID', `YAML syntax error${doc.line ? ` at line ${doc.line}` : ''}`, { locator: { file } });
  const r = schema.safeParse(doc.value);
  if (r.success) return r.data;
  const issue = r.error.issues[0]!;
  const where = issue.path.map(String).join('.') || '(root)';
  throw new RadlabelError('RULES_INVALID', `${where}: ${issue.message}`, { locator: { file, path: where } });
}

/** The default rules folder of a language (`rules/en`). */
export const deidRulesDir = (language = 'en') => repoPath(path.join('rules', language));

/**
 * The loader of one shipped rules file of {@link deidRulesDir} (`file` is its name there): read and
 * validated by {@link readDeidRules} on the first call, the same object returned after.
 */
export function shippedDeidRules<T>(file: string, schema: z.ZodType<T>): () => T {
  let data: T | undefined;
  return () => (data ??= readDeidRules(path.join(deidRulesDir(), file), schema));
}

const loadNumericContexts = shippedDeidRules('deid-numeric-contexts.yaml', NumericContextsSchema);
/** The shipped numeric contexts (loaded once). */
export function numericContexts(): NumericContexts {
  return loadNumericContexts();
}
