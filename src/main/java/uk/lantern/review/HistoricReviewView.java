package uk.lantern.review;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A closed referral sent back for review, with every reason found so far.
 *
 * @param closedAt when "no further action" was decided
 */
public record HistoricReviewView(ReviewId id, UUID referralId, String referralReference, String areaCode,
                                 Instant closedAt, ReviewStatus status, Instant queuedAt, List<Reason> reasons,
                                 String decidedBy, Instant decidedAt, String decisionReason) {

    /** The children the new information reaches, each once, for the queue. */
    public List<String> childNames() {
        return reasons.stream().map(Reason::childName).distinct().toList();
    }

    /**
     * The new information in brief, for the queue: a line for each kind of record, naming intelligence reports and
     * counting the rest, since a child who went missing often may bring dozens. The review page lists every reason.
     */
    public List<String> newInformationInBrief() {
        Map<String, Set<String>> sourcesByKind = new LinkedHashMap<>();
        Map<String, String> labelOf = new LinkedHashMap<>();
        for (Reason reason : reasons) {
            String kind = reason.source().substring(0, Math.max(0, reason.source().indexOf(':')));
            sourcesByKind.computeIfAbsent(kind, k -> new LinkedHashSet<>()).add(reason.source());
            labelOf.putIfAbsent(reason.source(), reason.sourceLabel());
        }
        List<String> lines = new ArrayList<>();
        sourcesByKind.forEach((kind, sources) -> {
            List<String> labels = sources.stream().map(labelOf::get).toList();
            lines.add(switch (kind) {
                case "intel_report" -> (labels.size() == 1 ? "Intelligence report " : "Intelligence reports ")
                        + String.join(", ", labels);
                case "missing_episode" -> counted(labels, "missing episodes");
                case "return_interview" -> counted(labels, "return home interviews");
                case "identity" -> counted(labels, "matches between records");
                case "referral" -> String.join(", ", labels);
                default -> String.join(", ", labels);
            });
        });
        return lines;
    }

    private static String counted(List<String> labels, String plural) {
        return labels.size() == 1 ? labels.get(0) : labels.size() + " " + plural;
    }

    /**
     * Why the review was queued: a new record, and the chain of links from what it names to one of the referral's
     * children. A review has one reason per link that ties a child in; a later record reaching the child the same
     * way only updates when, and by which record, the link was last seen.
     *
     * @param source          the record that first found the link, for example {@code intel_report:…}
     * @param sourceLabel     that record as a reader knows it, for example {@code INT-2026-000042}
     * @param links           the chain, one link a line, each with its evidence
     * @param lastSeenAt      when a record last reached the child by the same link ({@code foundAt} at first)
     * @param lastSourceLabel that record as a reader knows it
     */
    public record Reason(UUID childId, String childName, String source, String sourceLabel, List<String> links,
                         Instant foundAt, Instant lastSeenAt, String lastSourceLabel) {

        /** Whether a later record reached the child by the same link. */
        public boolean seenAgain() {
            return lastSeenAt.isAfter(foundAt);
        }
    }
}
