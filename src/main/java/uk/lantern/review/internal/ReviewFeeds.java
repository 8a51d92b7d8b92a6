package uk.lantern.review.internal;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import uk.lantern.intelligence.SubjectRef;
import uk.lantern.intelligence.SubjectType;
import uk.lantern.intelligence.SubjectsLinked;
import uk.lantern.people.ChildId;
import uk.lantern.people.RecordKind;
import uk.lantern.referral.DecisionOutcome;
import uk.lantern.referral.ReferralDecided;
import uk.lantern.referral.ReferralReceived;
import uk.lantern.resolution.IdentitiesLinked;

/**
 * What the review queue learns as it happens, in the recording transaction: each referral closed with no further
 * action, each new record that links subjects, each set of records found to be one person, and each referral with a
 * CSE concern. All are derived from changes already in the ledger, so they add no entries of their own; the queue's
 * own changes do.
 */
@Component
class ReviewFeeds {

    private final ReviewRepository reviews;
    private final Clock clock;

    ReviewFeeds(ReviewRepository reviews, Clock clock) {
        this.reviews = reviews;
        this.clock = clock;
    }

    @EventListener
    void onDecision(ReferralDecided decided) {
        if (decided.outcome() == DecisionOutcome.NO_FURTHER_ACTION) {
            reviews.insertClosure(new ReviewRepository.Closure(decided.referralId().value(), decided.reference(),
                    decided.children().stream().map(ChildId::value).toList(), decided.areaCode(),
                    decided.owningAgency(), decided.decidedAt()));
        }
    }

    @EventListener
    void onReferral(ReferralReceived received) {
        if (received.cseConcern()) {
            List<UUID> children = received.children().stream().map(ChildId::value).toList();
            reviews.insertCseReferral(new ReviewRepository.CseReferral(received.referralId().value(),
                    received.reference(), children, received.referringAgency(), received.receivedAt()));
            reviews.insertTrigger(children.stream().map(child -> new SubjectRef(SubjectType.CHILD, child).toString())
                            .sorted().toList(), LinkFinder.REFERRAL + received.referralId(),
                    "CSE referral " + received.reference(), clock.instant());
        }
    }

    @EventListener
    void onIdentity(IdentitiesLinked linked) {
        SubjectType type = linked.kind() == RecordKind.CHILD ? SubjectType.CHILD : SubjectType.PERSON;
        reviews.insertTrigger(linked.records().stream().map(record -> new SubjectRef(type, record).toString())
                        .sorted().toList(), LinkFinder.IDENTITY + linked.identityId(),
                "Records found to be one person (" + linked.reason() + ")", clock.instant());
    }

    @EventListener
    void onLink(SubjectsLinked linked) {
        reviews.insertTrigger(linked.subjects().stream().map(SubjectRef::toString).sorted().toList(), linked.source(),
                linked.sourceLabel(), clock.instant());
    }
}
