/**
 * Intelligence: reports graded 3x5x2 (or legacy 5x5x5, kept as given) about persons, children, vehicles, phones,
 * places and organisations, and the links between them. Mentions in missing episodes and return home interviews
 * become links too, so that every agency's information feeds one model. Handling codes decide who sees a report in
 * full; a sanitised version may be shared more widely.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Intelligence",
        allowedDependencies = {"identity", "ledger", "area", "people", "missing", "deadline"})
package uk.lantern.intelligence;
