/**
 * The commented template `radlabel ontology new NAME` writes: a valid ontology with one finding
 * that shows every authoring feature, so a user edits rather than starts from a blank page.
 * Kept valid by a test (it is parsed with the ontology schema).
 */
export function ontologyTemplate(id: string): string {
  return `# ${id}: a radlabel ontology. Guide: docs/ontologies.md
# Check it:   radlabel ontology validate ${id}.yaml
# Try it:     radlabel ontology test ${id}.yaml "The right hemidiaphragm is mildly elevated."
# Use it:     radlabel run reports/ --ontology ./${id}.yaml --out labels.csv
id: ${id}                     # lower-case letters, digits, - and _
version: "0.1.0"              # change it when labels change: it is recorded with every label
name: ${id}
description: ""
# No Finding: chexpert (positive when no other label is positive or uncertain), no-abnormality
# (also nothing from rules/en/abnormal-findings.yaml), or none (no such label).
noFindingSemantics: none
# Hedges such as "likely" and "X versus Y" read as uncertain (false) or positive (true).
likelyIsPositive: false
# How values are written in a CheXpert-style CSV export.
export: { positive: "1", negative: "0", uncertain: "-1", notMentioned: "" }
labels:
  - id: Elevated Hemidiaphragm          # the column name in exports and evaluations
    name: Elevated hemidiaphragm
    description: A hemidiaphragm higher than expected.
    # Words and phrases naming the finding; plurals are folded ("effusions" = "effusion").
    synonyms: [elevated hemidiaphragm, diaphragmatic elevation]
    # Phrase patterns: {a|b c} one of, * up to 5 words, ? one optional word, A ~3 B within 3 words
    # in either order. No regular expressions needed.
    phrases: ["hemidiaphragm ~3 elevated", "elevation of the ? hemidiaphragm"]
    # Phrases that look like this label but are something else; they block this label only
    # (phrase patterns work here too).
    exclusions: ["apparent elevation of the ? hemidiaphragm"]
    # Phrases that by themselves say the finding is absent.
    absentPhrases: []
    # Words kept in the evidence phrase in front of a match.
    modifiers: [mild, mildly, right, left]
    codes: { snomed: "", umls: "" }
    # parent: Another Label            # optional: the id of a broader label in this file
    modalities: [CR, DX]
    bodyParts: [CHEST]
`;
}
