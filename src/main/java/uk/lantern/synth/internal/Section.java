package uk.lantern.synth.internal;

/**
 * The parts of {@code lantern.jsonl}, in file order. Each record only refers to records of earlier sections, so an
 * importer reading top to bottom always knows what a reference points at.
 */
enum Section {
    AGENCIES,
    CHILDREN_AND_PERSONS,
    REFERRALS,
    DECISIONS,
    MISSING_EPISODES,
    RETURN_INTERVIEWS,
    VEHICLES,
    PHONES,
    LOCATIONS,
    ORGANISATIONS,
    INTEL_REPORTS,
    LINKS
}
