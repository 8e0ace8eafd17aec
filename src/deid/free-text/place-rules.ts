// The place cues of the free-text detector as data (`rules/<lang>/deid-place-cues.yaml`): states
// and their codes, origin cues, street suffixes, organisation heads and university short forms.
import path from 'node:path';
import { z } from 'zod';
import { deidRulesDir, readDeidRules } from '../rules/deid-rules.js';

const words = z.array(z.string().min(1).transform((s) => s.toLowerCase()));
/** Words a pattern is anchored at (keyword-anchors.ts): one run of letters each, lower case. */
const anchorWords = z.array(z.string().regex(/^[a-z]+$/, 'an anchor word is one word of letters a-z (a keyword of the anchored scan)'));
/** A word list a rules file may leave out (the keys added after version 1.0.0 of the cues). */
const optionalWords = words.default([]);

/** `rules/<lang>/deid-place-cues.yaml`. */
export const PlaceCuesSchema = z
  .object({
    language: z.string(),
    version: z.string(),
    states: z
      .object({
        names: words.min(1),
        abbreviations: words,
        codes: z.array(z.string().regex(/^[A-Za-z]{2}$/, 'a state code is two letters').transform((s) => s.toLowerCase())).min(1),
        wordCodes: z.array(z.string().regex(/^[A-Za-z]{2}$/, 'a state code is two letters').transform((s) => s.toLowerCase())),
        roomCodes: words,
        labelCodes: optionalWords,
        lawsAfter: optionalWords,
        territoryCodes: optionalWords,
      })
      .strict()
      .refine((s) => s.wordCodes.every((c) => s.codes.includes(c)), { message: 'every word code must be a state code', path: ['wordCodes'] })
      .refine((s) => s.territoryCodes.every((c) => s.codes.includes(c)), { message: 'every territory code must be a state code', path: ['territoryCodes'] }),
    originCues: z.object({ verbs: words.min(1), weakVerbs: words, prepositions: words.min(1), bare: words, persons: words, nouns: words, companions: optionalWords, residenceWords: optionalWords, adverbs: optionalWords, notPlaces: optionalWords }).strict(),
    townServices: z.object({ heads: words, shortHeads: words, after: words, prepositions: words }).strict().default({ heads: [], shortHeads: [], after: [], prepositions: [] }),
    addresses: z.object({ suffixes: words.min(1), abbreviations: words, streetLeads: optionalWords, oneCaseSuffixes: optionalWords, routes: optionalWords, units: optionalWords, notTowns: optionalWords, departmentWords: optionalWords, departmentOpeners: optionalWords }).strict(),
    facilityHeads: z.object({ trim: words.min(1), joiners: words }).strict().default({ trim: [], joiners: [] }),
    organisations: z.object({ heads: words.min(1), strongHeads: optionalWords, compoundHeads: optionalWords, oneCaseHeads: optionalWords, oneCaseKindHeads: optionalWords, oneCaseLeads: optionalWords, inner: words, notFirst: words, labels: optionalWords, phrases: optionalWords, cueHeads: optionalWords, cueNotNames: optionalWords, notAcronyms: optionalWords, enders: optionalWords }).strict(),
    employers: z.object({ leads: words, occupations: words, jobWords: optionalWords, workVerbs: optionalWords, jobPrepositions: optionalWords }).strict().default({ leads: [], occupations: [], jobWords: [], workVerbs: [], jobPrepositions: [] }),
    acronyms: z.object({ cues: words, prepositions: words, directCues: optionalWords, wardsAfter: optionalWords, departmentsAfterDash: optionalWords, genericHospitals: optionalWords }).strict().default({ cues: [], prepositions: [], directCues: [], wardsAfter: [], departmentsAfterDash: [], genericHospitals: [] }),
    knownOrganisations: z
      .object({ strongPrepositions: words, prepositions: words, sendVerbs: optionalWords, labels: optionalWords, repWords: optionalWords, heads: optionalWords })
      .strict()
      .default({ strongPrepositions: [], prepositions: [], sendVerbs: [], labels: [], repWords: [], heads: [] }),
    nicknames: z.object({ words: words, prepositions: words, wards: optionalWords }).strict().default({ words: [], prepositions: [], wards: [] }),
    universities: z.object({ abbreviations: words }).strict(),
    outsideStudies: z.object({ studies: words, verbs: words, prepositions: words, notPlaces: words }).strict().default({ studies: [], verbs: [], prepositions: [], notPlaces: [] }),
    careFacilities: z
      .object({ heads: optionalWords, cues: optionalWords, notFirst: optionalWords, residencePhrases: optionalWords, notNames: optionalWords })
      .strict()
      .default({ heads: [], cues: [], notFirst: [], residencePhrases: [], notNames: [] }),
    scales: z.object({ eponyms: optionalWords }).strict().default({ eponyms: [] }),
    placeWords: z
      .object({ departments: optionalWords, careKinds: optionalWords, townRolesAfter: optionalWords, nameHeads: optionalWords, notPlaceAfterTail: optionalWords, saintLeads: optionalWords, anatomyTails: optionalWords })
      .strict()
      .default({ departments: [], careKinds: [], townRolesAfter: [], nameHeads: [], notPlaceAfterTail: [], saintLeads: [], anatomyTails: [] }),
    deviceMakers: z.object({ labels: optionalWords, chambers: optionalWords }).strict().default({ labels: [], chambers: [] }),
    facilityBrackets: z.object({ notTowns: optionalWords, consultWords: optionalWords, campusUnits: optionalWords }).strict().default({ notTowns: [], consultWords: [], campusUnits: [] }),
    copyLists: z.object({ departments: optionalWords }).strict().default({ departments: [] }),
    visitLocations: z.object({ leads: optionalWords, labels: optionalWords }).strict().default({ leads: [], labels: [] }),
    nearbyPlaces: z.object({ prepositions: optionalWords }).strict().default({ prepositions: [] }),
    hyphenPlaces: z.object({ particles: optionalWords, prepositions: optionalWords }).strict().default({ particles: [], prepositions: [] }),
    wordTowns: z.object({ residencePrepositions: optionalWords, homeNouns: optionalWords, notTowns: optionalWords, particles: optionalWords, capitalPrepositions: optionalWords, capitalNotTowns: optionalWords }).strict().default({ residencePrepositions: [], homeNouns: [], notTowns: [], particles: [], capitalPrepositions: [], capitalNotTowns: [] }),
    military: z.object({ unitHeads: optionalWords, baseLeads: optionalWords }).strict().default({ unitHeads: [], baseLeads: [] }),
    travelTowns: z
      .object({
        leads: z.array(z.string().regex(/^[a-z]+(?: [a-z]+)* (?:from|to)$/, 'a travel lead is words of letters a-z ending in "from" or "to"')),
        sites: optionalWords,
        closers: optionalWords,
        notTowns: optionalWords,
      })
      .strict()
      .default({ leads: [], sites: [], closers: [], notTowns: [] }),
    practiceNames: z.object({ middles: optionalWords, heads: optionalWords, notFirst: optionalWords }).strict().default({ middles: [], heads: [], notFirst: [] }),
    letterheadTowns: z.object({ heads: optionalWords, sites: optionalWords, tails: optionalWords, notTowns: optionalWords }).strict().default({ heads: [], sites: [], tails: [], notTowns: [] }),
    ampersandPractices: z.object({ kinds: optionalWords, notNames: optionalWords }).strict().default({ kinds: [], notNames: [] }),
    countries: z
      .object({ names: optionalWords, theNames: optionalWords, prepositions: optionalWords, travelWords: optionalWords, labels: optionalWords, ambiguous: optionalWords, notBefore: optionalWords, townPrepositions: optionalWords })
      .strict()
      .default({ names: [], theNames: [], prepositions: [], travelWords: [], labels: [], ambiguous: [], notBefore: [], townPrepositions: [] }),
    // Word lists of the facility, state and town passes (vocabulary.ts exports them under their old names); required:
    // institutionHeads, genericFacilities and placeTails feed the lexicon mask and the learned layer.
    placeVocabulary: z
      .object({
        ambiguousStateCodes: words.min(1),
        statePrepositions: words.min(1),
        institutionHeads: words.min(1),
        weakFacilityHeads: words.min(1),
        genericFacilities: words.min(1),
        placeTails: words.min(1),
        employerVerbs: anchorWords.min(1),
        employerPrepositions: words.min(1),
        businessOwners: anchorWords.min(1),
        businessNouns: words.min(1),
        movementVerbs: z.array(z.string().regex(/^[a-z]+(?:[/'][a-z]+)*$/, "a movement verb is one word of letters a-z (with / or ' inside, as d/c'd)")).min(1),
        movementAdverbs: words.min(1),
        movementPrepositions: words.min(1),
        stateOrCountryWords: words.min(1),
        compassWords: words.min(1),
        roomOwnerLeads: words.min(1),
        travelAdverbs: words.min(1),
        homeOwners: words.min(1),
        universityLeads: words.min(1),
        departmentLeads: words.min(1),
        residenceBracketPrepositions: words.min(1),
        nameTownPrepositions: words.min(1),
        lawLeads: words.min(1),
        clinicWords: words.min(1),
        addressCountries: words.min(1),
        areaPrepositions: words.min(1),
        areaWords: words.min(1),
        countyWords: z.array(z.string().regex(/^[a-z]+$/, 'a county word is one word of letters a-z (the pattern writes it in Title case)')).min(1),
        wardPrepositions: anchorWords.min(1),
        wardUnitStarts: words.min(1),
        wardUnitWords: words.min(1),
        gluedBuildingWords: z.array(z.string().regex(/^[a-z]+$/, 'a building word is one word of letters a-z (the pattern writes it in Title case)')).min(1),
      })
      .strict(),
  })
  .strict()
  .refine((c) => c.placeVocabulary.ambiguousStateCodes.every((code) => c.states.codes.includes(code)), {
    message: 'every ambiguous state code must be a state code (states.codes)',
    path: ['placeVocabulary', 'ambiguousStateCodes'],
  });
export type PlaceCues = z.infer<typeof PlaceCuesSchema>;

/** The place cues as sets, ready for look-ups. */
export interface PlaceCueSets {
  stateNames: Set<string>;
  stateAbbreviations: Set<string>;
  /** First words of the state names of more than one word ("new", "north", "rhode"). */
  stateNameStarts: Set<string>;
  stateCodes: Set<string>;
  wordCodes: Set<string>;
  roomCodes: Set<string>;
  labelCodes: Set<string>;
  /** Words of a state's law or administration after it ("per NM law", "ME DMV"): the strict profile takes the state. */
  stateLawsAfter: Set<string>;
  /** Codes of territories among the codes ("pr"): vocabulary.ts STATE_CODES leaves them out. */
  territoryCodes: Set<string>;
  originVerbs: Set<string>;
  weakOriginVerbs: Set<string>;
  /** Words of residence before "in" that let a misspelt town, or a town that is also a word, count. */
  residenceWords: Set<string>;
  /** Words after a verb of residence and "in" that say how, not where ("lives in fear"): never a town named for a word. */
  residenceNotPlaces: Set<string>;
  originPrepositions: Set<string>;
  barePrepositions: Set<string>;
  originPersons: Set<string>;
  originNouns: Set<string>;
  originCompanions: Set<string>;
  /** Adverbs that may stand between a verb of residence and its preposition ("lives alone in X"). */
  originAdverbs: Set<string>;
  streetSuffixes: Set<string>;
  streetAbbreviations: Set<string>;
  /** Words before a street named without a house number ("on Front Rd"), and the suffixes that count in one-case notes. */
  streetLeads: Set<string>;
  oneCaseStreetSuffixes: Set<string>;
  /** Numbered-road words ("route", "hwy", "county rd"): a house number, one of them, the road's number. */
  routeWords: string[][];
  /** Unit words of an address ("apt", "suite", "fl", "#"). */
  unitWords: Set<string>;
  /** A town's police or fire service (deid-place-cues.yaml townServices). */
  townServiceHeads: Set<string>;
  townServiceShortHeads: Set<string>;
  townServiceAfter: Set<string>;
  townPrepositions: Set<string>;
  /** Words that may follow a street's comma and name no town ("apt", "rear", "unknown"). */
  notTowns: Set<string>;
  /** Words of a department line in a letterhead ("Family Practice", "Claims Unit"). */
  departmentWords: Set<string>;
  departmentOpeners: Set<string>;
  orgHeads: Set<string>;
  /** Heads after which capitalised ordinary words name a business in a mixed-case note. */
  orgStrongHeads: Set<string>;
  /** Heads of two words or more that act as strong heads ("Home Medical", "Wheelchair Van"), as word lists; and their last words. */
  orgCompoundHeads: string[][];
  orgCompoundHeadEnds: Set<string>;
  /** Leads and occupations around an employer's name ("retired Boeing worker"). */
  employerLeads: Set<string>;
  occupations: Set<string>;
  /** Job words, work verbs and the prepositions after them that introduce an employer ("job at PVTA"). */
  jobWords: Set<string>;
  workVerbs: Set<string>;
  jobPrepositions: Set<string>;
  /** Facility head words a facility span ends before, and the joiners dropped with them. */
  facilityTrimHeads: Set<string>;
  facilityJoiners: Set<string>;
  /** Words that, with a preposition after them, open an unknown facility acronym ("transferred from BHI"). */
  acronymCues: Set<string>;
  acronymPrepositions: Set<string>;
  /** Verbs of leaving or arriving right before a facility's acronym, and wards right after one (deid-place-cues.yaml acronyms). */
  acronymDirectCues: Set<string>;
  acronymWardsAfter: Set<string>;
  /** Services of more than one word after a facility's acronym ("urgent care", "primary care"), as word lists. */
  acronymWardPhrasesAfter: string[][];
  /** Hospital-shaped acronyms of a kind of hospital, no hospital's name ("OSH", "CAH"; deid-place-cues.yaml acronyms.genericHospitals). */
  acronymGenericHospitals: Set<string>;
  /** Words of a department after a letterhead's acronym and its dash ("zvh - department of surgery"). */
  acronymDepartmentsAfterDash: Set<string>;
  orgInner: Set<string>;
  orgNotFirst: Set<string>;
  orgOneCaseHeads: Set<string>;
  /** Heads that also close ordinary phrases: one-case businesses before them need two name words. */
  orgOneCaseKindHeads: Set<string>;
  orgOneCaseLeads: Set<string>;
  /** Cue labels and phrases of an organisation's name, as word lists ("reference lab" → ["reference", "lab"]). */
  orgLabels: string[][];
  orgPhrases: string[][];
  /** First words of the cues, for a cheap test per token. */
  orgCueStarts: Set<string>;
  orgCueHeads: Set<string>;
  orgCueNotNames: Set<string>;
  /** Conjunctions of time that end an organisation's name ("worked at Raytheon until 2019"). */
  orgEnders: Set<string>;
  /** Care facilities of ordinary words (deid-place-cues.yaml careFacilities): heads as word lists (split at blanks and hyphens), longest first. */
  careHeads: string[][];
  careCues: Set<string>;
  careNotFirst: Set<string>;
  residencePhrases: string[][];
  residenceNotNames: Set<string>;
  /** Degrees, fellowships and roles written after a person: never a practice's acronym. */
  notAcronyms: Set<string>;
  universityAbbreviations: Set<string>;
  /** Cues of the organisations known by name (deid-place-cues.yaml knownOrganisations). */
  knownOrgStrongPrepositions: Set<string>;
  knownOrgPrepositions: Set<string>;
  knownOrgSendVerbs: Set<string>;
  knownOrgLabels: string[][];
  knownOrgRepWords: Set<string>;
  knownOrgHeads: Set<string>;
  /** A hospital called by one word of its name after "the" (deid-place-cues.yaml nicknames). */
  nicknames: Set<string>;
  nicknamePrepositions: Set<string>;
  nicknameWards: Set<string>;
  /** Where an outside study was done (deid-place-cues.yaml outsideStudies). */
  outsideStudies: Set<string>;
  outsideStudyVerbs: Set<string>;
  outsideStudyPrepositions: Set<string>;
  outsideStudyNotPlaces: Set<string>;
  /** Town names that also name a clinical scale ("Morse 65", "Epworth 15/24"): a place only after a place preposition. */
  scaleEponyms: Set<string>;
  /** Words of single place passes (deid-place-cues.yaml placeWords): see the file's comments. */
  departments: Set<string>;
  careKinds: Set<string>;
  townRolesAfter: Set<string>;
  placeNameHeads: Set<string>;
  notPlaceAfterTail: Set<string>;
  saintLeads: Set<string>;
  anatomyTails: Set<string>;
  /** Device and lead labels whose colon opens the maker's name, and the chamber words after them (deid-place-cues.yaml deviceMakers). */
  deviceLabels: Set<string>;
  deviceChambers: Set<string>;
  /** Words in brackets after a facility that name no town ("(main campus)", "(outside)"; deid-place-cues.yaml facilityBrackets). */
  facilityBracketNotTowns: Set<string>;
  /** Units after a campus's town and a facility's comma ("… (PAR), Index urgent care"), longest first. */
  facilityCampusUnits: string[];
  /** Consult words whose bracket names the consulting company ("TELESTROKE CONSULT (CEREBRANET)"). */
  consultWords: Set<string>;
  /** Department words closing a copy list's item ("Pioneer Risk Management claims"; deid-place-cues.yaml copyLists). */
  copyDepartments: Set<string>;
  /** Phrases before where a remote visit's patient or clinician is, and field labels of it (deid-place-cues.yaml visitLocations), as words. */
  visitLeads: string[][];
  visitLabels: string[][];
  /** Prepositions of nearness before a town (deid-place-cues.yaml nearbyPlaces: "near", "outside"). */
  nearbyPrepositions: Set<string>;
  /** Particles inside a hyphen-joined place name, and the prepositions before one without a particle (deid-place-cues.yaml hyphenPlaces). */
  hyphenParticles: Set<string>;
  hyphenPrepositions: Set<string>;
  /** Prepositions after a word of residence before a town named for a word, and the kinds of place that stand there instead (deid-place-cues.yaml wordTowns). */
  wordTownPrepositions: Set<string>;
  wordTownNotTowns: Set<string>;
  /** Articles and particles that open a town of two words ("la presa", "lac vieux"; deid-place-cues.yaml wordTowns.particles). */
  wordTownParticles: Set<string>;
  /** Nouns of a home before a bracket holding its town (deid-place-cues.yaml wordTowns.homeNouns). */
  homeNouns: Set<string>;
  /** Prepositions before a capitalised word-town in a mixed-case note, and the capitalised words that name none there (deid-place-cues.yaml wordTowns). */
  capitalTownPrepositions: Set<string>;
  capitalNotTowns: Set<string>;
  /** Phrases of travel or of going home, as words, whose preposition opens a town named for a word (deid-place-cues.yaml travelTowns). */
  travelTownLeads: string[][];
  /** Sites of business or care before "in" that opens a town named for a word (deid-place-cues.yaml travelTowns.sites). */
  travelTownSites: Set<string>;
  /** The last words (prepositions) of {@link travelTownLeads}, and "in" after a site: the cue tokens of the pass. */
  travelTownCues: Set<string>;
  /** Words after the town that close its clause, and words that stand there and name no town (deid-place-cues.yaml travelTowns). */
  travelTownClosers: Set<string>;
  travelTownNotTowns: Set<string>;
  /** The prepositions that open a town named for a word: wordTownPrepositions and "from". */
  wordTownCues: Set<string>;
  /** The words of a practice's name after its proper word, and the heads closing it (deid-place-cues.yaml practiceNames). */
  practiceMiddles: Set<string>;
  practiceHeads: Set<string>;
  practiceNotFirst: Set<string>;
  /** The heads closing a letterhead's organisation, the site words after its town, the ordinary words ending a town of two, and the words that name no town there (deid-place-cues.yaml letterheadTowns). */
  letterheadHeads: Set<string>;
  letterheadSites: Set<string>;
  letterheadTails: Set<string>;
  letterheadNotTowns: Set<string>;
  /** Kinds of care joined by "&" in a practice's name, and the words that open none (deid-place-cues.yaml ampersandPractices). */
  ampersandKinds: Set<string>;
  ampersandNotNames: Set<string>;
  /** Heads of a military unit after its ordinal, and the words before a base's name (deid-place-cues.yaml military). */
  militaryUnitHeads: Set<string>;
  /** The base leads as word lists, by their first word (a token is compared only with the leads it can open), in data order. */
  militaryBaseLeads: Map<string, string[][]>;
  /** Country names as word lists by their first word, longest first (deid-place-cues.yaml countries.names). */
  countryNames: Map<string, string[][]>;
  /** Countries "the" belongs to, the words before a country of a stay or journey, the words of travel before "to", the line labels, the countries that need a strong cue, the words after that make none, and the prepositions before a town and its country's comma (deid-place-cues.yaml countries). */
  countryTheNames: Set<string>;
  countryPrepositions: Set<string>;
  countryTravelWords: Set<string>;
  countryLabels: Set<string>;
  countryAmbiguous: Set<string>;
  countryNotBefore: Set<string>;
  countryTownPrepositions: Set<string>;
  /** Word lists of the facility, state and town passes (deid-place-cues.yaml placeVocabulary; vocabulary.ts exports them as AMBIGUOUS_STATE_CODES, PLACE_PREPOSITION, INSTITUTION_HEADS, WEAK_FACILITY_HEAD, GENERIC_FACILITY, PLACE_TAILS). */
  ambiguousStateCodes: Set<string>;
  statePrepositions: Set<string>;
  institutionHeads: Set<string>;
  weakFacilityHeads: Set<string>;
  genericFacilities: Set<string>;
  placeTails: Set<string>;
  /** The words of EMPLOYER_RE and BUSINESS_RE (vocabulary.ts), as listed: "works for …", "her business, …". */
  employerVerbs: string[];
  employerPrepositions: string[];
  businessOwners: string[];
  businessNouns: string[];
  /** The words of PLACE_CUE_RE (vocabulary.ts), as listed: "transferred to …", "lives nearby in …". */
  movementVerbs: string[];
  movementAdverbs: string[];
  movementPrepositions: string[];
  /** The parts of two-word state names and the countries and continents of vocabulary.ts STATE_OR_COUNTRY. */
  stateOrCountryWords: Set<string>;
  /** Word lists of single place passes that were literals in their files (deid-place-cues.yaml placeVocabulary: see the file's comments). */
  compassWords: Set<string>;
  roomOwnerLeads: Set<string>;
  travelAdverbs: Set<string>;
  homeOwners: Set<string>;
  universityLeads: Set<string>;
  departmentLeads: Set<string>;
  residenceBracketPrepositions: Set<string>;
  nameTownPrepositions: Set<string>;
  lawLeads: Set<string>;
  clinicWords: Set<string>;
  /** Parts of a structured address that name the country, not a place smaller than a state (known-identifiers.ts). */
  addressCountries: Set<string>;
  /** The words of AREA_RE (vocabulary.ts), as listed: "in the Edgemere area", "Harford County". */
  areaPrepositions: string[];
  areaWords: string[];
  countyWords: string[];
  /** The words of WARD_RE (vocabulary.ts), as listed: "to Quartermain 7", not "to Lasix 40 mg". */
  wardPrepositions: string[];
  wardUnitStarts: string[];
  wardUnitWords: string[];
  /** The building words of GLUED_BUILDING_RE (vocabulary.ts), lower case: "QuartermainBuilding". */
  gluedBuildingWords: string[];
}

/** The sets of one rules document. */
export function placeCueSets(c: PlaceCues): PlaceCueSets {
  return {
    stateNames: new Set(c.states.names),
    stateAbbreviations: new Set(c.states.abbreviations),
    stateNameStarts: new Set(c.states.names.filter((n) => n.includes(' ')).map((n) => n.split(' ')[0]!)),
    stateCodes: new Set(c.states.codes),
    wordCodes: new Set(c.states.wordCodes),
    roomCodes: new Set(c.states.roomCodes),
    labelCodes: new Set(c.states.labelCodes),
    stateLawsAfter: new Set(c.states.lawsAfter),
    territoryCodes: new Set(c.states.territoryCodes),
    originVerbs: new Set(c.originCues.verbs),
    weakOriginVerbs: new Set(c.originCues.weakVerbs),
    originPrepositions: new Set(c.originCues.prepositions),
    barePrepositions: new Set(c.originCues.bare),
    originPersons: new Set(c.originCues.persons),
    originNouns: new Set(c.originCues.nouns),
    originCompanions: new Set(c.originCues.companions),
    originAdverbs: new Set(c.originCues.adverbs),
    residenceWords: new Set(c.originCues.residenceWords),
    residenceNotPlaces: new Set(c.originCues.notPlaces ?? []),
    streetSuffixes: new Set(c.addresses.suffixes),
    streetAbbreviations: new Set(c.addresses.abbreviations),
    streetLeads: new Set(c.addresses.streetLeads),
    oneCaseStreetSuffixes: new Set(c.addresses.oneCaseSuffixes),
    routeWords: c.addresses.routes.map((r) => r.split(/\s+/)),
    unitWords: new Set(c.addresses.units),
    townServiceHeads: new Set(c.townServices.heads),
    townServiceShortHeads: new Set(c.townServices.shortHeads),
    townServiceAfter: new Set(c.townServices.after),
    townPrepositions: new Set(c.townServices.prepositions),
    notTowns: new Set(c.addresses.notTowns),
    departmentWords: new Set(c.addresses.departmentWords),
    departmentOpeners: new Set(c.addresses.departmentOpeners),
    orgHeads: new Set(c.organisations.heads),
    orgStrongHeads: new Set(c.organisations.strongHeads),
    orgCompoundHeads: c.organisations.compoundHeads.map((h) => h.split(/\s+/)),
    orgCompoundHeadEnds: new Set(c.organisations.compoundHeads.map((h) => h.split(/\s+/).pop()!)),
    employerLeads: new Set(c.employers.leads),
    occupations: new Set(c.employers.occupations),
    jobWords: new Set(c.employers.jobWords),
    workVerbs: new Set(c.employers.workVerbs),
    jobPrepositions: new Set(c.employers.jobPrepositions),
    facilityTrimHeads: new Set(c.facilityHeads.trim),
    facilityJoiners: new Set(c.facilityHeads.joiners),
    acronymCues: new Set(c.acronyms.cues),
    acronymPrepositions: new Set(c.acronyms.prepositions),
    acronymDirectCues: new Set(c.acronyms.directCues),
    acronymWardsAfter: new Set(c.acronyms.wardsAfter.filter((w) => !w.includes(' '))),
    acronymWardPhrasesAfter: c.acronyms.wardsAfter.filter((w) => w.includes(' ')).map((w) => w.split(/\s+/)),
    acronymGenericHospitals: new Set(c.acronyms.genericHospitals),
    acronymDepartmentsAfterDash: new Set(c.acronyms.departmentsAfterDash),
    orgInner: new Set(c.organisations.inner),
    orgNotFirst: new Set(c.organisations.notFirst),
    orgOneCaseHeads: new Set(c.organisations.oneCaseHeads),
    orgOneCaseKindHeads: new Set(c.organisations.oneCaseKindHeads),
    orgOneCaseLeads: new Set(c.organisations.oneCaseLeads),
    orgLabels: c.organisations.labels.map((l) => l.split(/[\s-]+/)),
    orgPhrases: c.organisations.phrases.map((l) => l.split(/[\s-]+/)),
    orgCueStarts: new Set([...c.organisations.labels, ...c.organisations.phrases].map((l) => l.split(/[\s-]+/)[0]!)),
    orgCueHeads: new Set(c.organisations.cueHeads),
    orgCueNotNames: new Set(c.organisations.cueNotNames),
    orgEnders: new Set(c.organisations.enders),
    careHeads: c.careFacilities.heads.map((h) => h.split(/[\s-]+/)).sort((a, b) => b.length - a.length),
    careCues: new Set(c.careFacilities.cues),
    careNotFirst: new Set(c.careFacilities.notFirst),
    residencePhrases: c.careFacilities.residencePhrases.map((h) => h.split(/\s+/)),
    residenceNotNames: new Set(c.careFacilities.notNames),
    notAcronyms: new Set(c.organisations.notAcronyms),
    universityAbbreviations: new Set(c.universities.abbreviations),
    knownOrgStrongPrepositions: new Set(c.knownOrganisations.strongPrepositions),
    knownOrgPrepositions: new Set(c.knownOrganisations.prepositions),
    knownOrgSendVerbs: new Set(c.knownOrganisations.sendVerbs),
    knownOrgLabels: c.knownOrganisations.labels.map((l) => l.split(/\s+/)),
    knownOrgRepWords: new Set(c.knownOrganisations.repWords),
    knownOrgHeads: new Set(c.knownOrganisations.heads),
    nicknames: new Set(c.nicknames.words),
    nicknamePrepositions: new Set(c.nicknames.prepositions),
    nicknameWards: new Set(c.nicknames.wards),
    outsideStudies: new Set(c.outsideStudies.studies),
    outsideStudyVerbs: new Set(c.outsideStudies.verbs),
    outsideStudyPrepositions: new Set(c.outsideStudies.prepositions),
    outsideStudyNotPlaces: new Set(c.outsideStudies.notPlaces),
    scaleEponyms: new Set(c.scales.eponyms),
    departments: new Set(c.placeWords.departments),
    careKinds: new Set(c.placeWords.careKinds),
    townRolesAfter: new Set(c.placeWords.townRolesAfter),
    placeNameHeads: new Set(c.placeWords.nameHeads),
    notPlaceAfterTail: new Set(c.placeWords.notPlaceAfterTail),
    saintLeads: new Set(c.placeWords.saintLeads),
    anatomyTails: new Set(c.placeWords.anatomyTails),
    deviceLabels: new Set(c.deviceMakers.labels),
    deviceChambers: new Set(c.deviceMakers.chambers),
    facilityBracketNotTowns: new Set(c.facilityBrackets.notTowns),
    facilityCampusUnits: [...c.facilityBrackets.campusUnits].sort((a, b) => b.length - a.length),
    consultWords: new Set(c.facilityBrackets.consultWords),
    copyDepartments: new Set(c.copyLists.departments),
    visitLeads: c.visitLocations.leads.map((l) => l.split(/\s+/)),
    visitLabels: c.visitLocations.labels.map((l) => l.split(/\s+/)),
    nearbyPrepositions: new Set(c.nearbyPlaces.prepositions),
    hyphenParticles: new Set(c.hyphenPlaces.particles),
    hyphenPrepositions: new Set(c.hyphenPlaces.prepositions),
    wordTownPrepositions: new Set(c.wordTowns.residencePrepositions),
    wordTownNotTowns: new Set(c.wordTowns.notTowns),
    wordTownParticles: new Set(c.wordTowns.particles),
    homeNouns: new Set(c.wordTowns.homeNouns),
    capitalTownPrepositions: new Set(c.wordTowns.capitalPrepositions),
    capitalNotTowns: new Set(c.wordTowns.capitalNotTowns),
    wordTownCues: new Set([...c.wordTowns.residencePrepositions, 'from']),
    travelTownLeads: c.travelTowns.leads.map((l) => l.split(' ')),
    travelTownSites: new Set(c.travelTowns.sites),
    travelTownCues: new Set([...c.travelTowns.leads.map((l) => l.slice(l.lastIndexOf(' ') + 1)), ...(c.travelTowns.sites.length > 0 ? ['in'] : [])]),
    travelTownClosers: new Set(c.travelTowns.closers),
    travelTownNotTowns: new Set(c.travelTowns.notTowns),
    practiceMiddles: new Set(c.practiceNames.middles),
    practiceHeads: new Set(c.practiceNames.heads),
    practiceNotFirst: new Set(c.practiceNames.notFirst),
    letterheadHeads: new Set(c.letterheadTowns.heads),
    letterheadSites: new Set(c.letterheadTowns.sites),
    letterheadTails: new Set(c.letterheadTowns.tails),
    letterheadNotTowns: new Set(c.letterheadTowns.notTowns),
    ampersandKinds: new Set(c.ampersandPractices.kinds),
    ampersandNotNames: new Set(c.ampersandPractices.notNames),
    militaryUnitHeads: new Set(c.military.unitHeads),
    militaryBaseLeads: byFirstWord(c.military.baseLeads.map((l) => l.split(/\s+/))),
    countryNames: byFirstWord([...c.countries.names].sort((a, b) => b.length - a.length).map((l) => l.split(/\s+/))),
    countryTheNames: new Set(c.countries.theNames),
    countryPrepositions: new Set(c.countries.prepositions),
    countryTravelWords: new Set(c.countries.travelWords),
    countryLabels: new Set(c.countries.labels),
    countryAmbiguous: new Set(c.countries.ambiguous),
    countryNotBefore: new Set(c.countries.notBefore),
    countryTownPrepositions: new Set(c.countries.townPrepositions),
    ambiguousStateCodes: new Set(c.placeVocabulary.ambiguousStateCodes),
    statePrepositions: new Set(c.placeVocabulary.statePrepositions),
    institutionHeads: new Set(c.placeVocabulary.institutionHeads),
    weakFacilityHeads: new Set(c.placeVocabulary.weakFacilityHeads),
    genericFacilities: new Set(c.placeVocabulary.genericFacilities),
    placeTails: new Set(c.placeVocabulary.placeTails),
    employerVerbs: c.placeVocabulary.employerVerbs,
    employerPrepositions: c.placeVocabulary.employerPrepositions,
    businessOwners: c.placeVocabulary.businessOwners,
    businessNouns: c.placeVocabulary.businessNouns,
    movementVerbs: c.placeVocabulary.movementVerbs,
    movementAdverbs: c.placeVocabulary.movementAdverbs,
    movementPrepositions: c.placeVocabulary.movementPrepositions,
    stateOrCountryWords: new Set(c.placeVocabulary.stateOrCountryWords),
    compassWords: new Set(c.placeVocabulary.compassWords),
    roomOwnerLeads: new Set(c.placeVocabulary.roomOwnerLeads),
    travelAdverbs: new Set(c.placeVocabulary.travelAdverbs),
    homeOwners: new Set(c.placeVocabulary.homeOwners),
    universityLeads: new Set(c.placeVocabulary.universityLeads),
    departmentLeads: new Set(c.placeVocabulary.departmentLeads),
    residenceBracketPrepositions: new Set(c.placeVocabulary.residenceBracketPrepositions),
    nameTownPrepositions: new Set(c.placeVocabulary.nameTownPrepositions),
    lawLeads: new Set(c.placeVocabulary.lawLeads),
    clinicWords: new Set(c.placeVocabulary.clinicWords),
    addressCountries: new Set(c.placeVocabulary.addressCountries),
    areaPrepositions: c.placeVocabulary.areaPrepositions,
    areaWords: c.placeVocabulary.areaWords,
    countyWords: c.placeVocabulary.countyWords,
    wardPrepositions: c.placeVocabulary.wardPrepositions,
    wardUnitStarts: c.placeVocabulary.wardUnitStarts,
    wardUnitWords: c.placeVocabulary.wardUnitWords,
    gluedBuildingWords: c.placeVocabulary.gluedBuildingWords,
  };
}

let shipped: PlaceCueSets | undefined;
/** The shipped place cues (loaded once). */
export function placeCues(): PlaceCueSets {
  shipped ??= placeCueSets(readDeidRules(path.join(deidRulesDir(), 'deid-place-cues.yaml'), PlaceCuesSchema));
  return shipped;
}

/** Word lists grouped by their first word, each group in the order given. */
function byFirstWord(lists: string[][]): Map<string, string[][]> {
  const out = new Map<string, string[][]>();
  for (const l of lists) {
    const group = out.get(l[0]!);
    if (group) group.push(l);
    else out.set(l[0]!, [l]);
  }
  return out;
}
