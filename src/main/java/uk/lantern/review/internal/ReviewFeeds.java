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
import uk.lantern.referral.ReferralReceived;
import uk.lantern.referral.ReferralsDecided;
import uk.lantern.referral.ReferralsReceived;
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
    void onDecisions(ReferralsDecided decided) {
        reviews.insertClosures(decided.decisions().stream()
                .filter(decision -> decision.outcome() == DecisionOutcome.NO_FURTHER_ACTION)
                .map(decision -> new ReviewRepository.Closure(decision.referralId().value(), decision.reference(),
                        decision.children().stream().map(ChildId::value).toList(), decision.areaCode(),
                        decision.owningAgency(), decision.decidedAt()))
                .toList());
    }

    @EventListener
    void onReferrals(ReferralsReceived received) {
        List<ReferralReceived> cse = received.referrals().stream().filter(ReferralReceived::cseConcern).toList();
        reviews.insertCseReferrals(cse.stream().map(referral -> new ReviewRepository.CseReferral(
                referral.referralId().value(), referral.reference(), childIds(referral), referral.referringAgency(),
                referral.receivedAt())).toList());
        reviews.insertTriggers(cse.stream().map(referral -> new ReviewRepository.NewTrigger(
                childIds(referral).stream().map(child -> new SubjectRef(SubjectType.CHILD, child).toString())
                        .sorted().toList(), LinkFinder.REFERRAL + referral.referralId(),
                "CSE referral " + referral.reference())).toList(), clock.instant());
    }

    @EventListener
    void onIdentity(IdentitiesLinked linked) {
        SubjectType type = linked.kind() == RecordKind.CHILD ? SubjectType.CHILD : SubjectType.PERSON;
        reviews.insertTriggers(List.of(new ReviewRepository.NewTrigger(linked.records().stream()
                        .map(record -> new SubjectRef(type, record).toString()).sorted().toList(),
                LinkFinder.IDENTITY + linked.identityId(),
                "Records found to be one person (" + linked.reason() + ")")), clock.instant());
    }

    @EventListener
    void onLinks(SubjectsLinked linked) {
        reviews.insertTriggers(linked.linkages().stream().map(linkage -> new ReviewRepository.NewTrigger(
                linkage.subjects().stream().map(SubjectRef::toString).sorted().toList(), linkage.source(),
                linkage.sourceLabel())).toList(), clock.instant());
    }

    private static List<UUID> childIds(ReferralReceived referral) {
        return referral.children().stream().map(ChildId::value).toList();
    }
}
