package uk.lantern.review.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.lantern.area.Areas;
import uk.lantern.identity.AccessPolicy;
import uk.lantern.identity.AccessRefusedException;
import uk.lantern.identity.Actor;
import uk.lantern.identity.AgencyType;
import uk.lantern.identity.Capability;
import uk.lantern.identity.InvalidInputException;
import uk.lantern.identity.RecordNotFoundException;
import uk.lantern.identity.RecordRef;
import uk.lantern.ledger.Ledger;
import uk.lantern.ledger.LedgerRecord;
import uk.lantern.people.ChildId;
import uk.lantern.people.ChildView;
import uk.lantern.people.Children;
import uk.lantern.referral.ReferralId;
import uk.lantern.referral.Referrals;
import uk.lantern.review.HistoricReviewView;
import uk.lantern.review.HistoricReviews;
import uk.lantern.review.ReviewId;
import uk.lantern.review.ReviewStatus;
import uk.lantern.review.internal.ReviewRepository.ReviewRow;

/**
 * The review queue. A review belongs to the children's social care that owns the closed referral: its managers, and
 * children's social care managers whose area covers the referral's, work it.
 */
@Service
class HistoricReviewService implements HistoricReviews {

    static final String REVIEW = "HISTORIC_REVIEW";
    static final int MAX_REASON = 2000;

    private final ReviewRepository reviews;
    private final LinkChecker checker;
    private final Referrals referrals;
    private final Children children;
    private final Areas areas;
    private final AccessPolicy accessPolicy;
    private final Ledger ledger;
    private final Clock clock;

    HistoricReviewService(ReviewRepository reviews, LinkChecker checker, Referrals referrals, Children children,
                          Areas areas, AccessPolicy accessPolicy, Ledger ledger, Clock clock) {
        this.accessPolicy = accessPolicy;
        this.reviews = reviews;
        this.checker = checker;
        this.referrals = referrals;
        this.children = children;
        this.areas = areas;
        this.ledger = ledger;
        this.clock = clock;
    }

    @Override
    @Transactional
    public List<HistoricReviewView> queue(Actor manager) {
        requireManager(manager, "queue");
        List<String> covered = new ArrayList<>(areas.localAuthoritiesCoveredBy(manager.areaCode()));
        List<ReviewRow> shown = reviews.queued(covered).stream().filter(row -> works(manager, row)).toList();
        // Each review names its children, so the queue is a read of every review it shows.
        accessPolicy.logListRead(manager, "HISTORIC_REVIEWS", "Historic review queue", shown.stream()
                .map(row -> new RecordRef(REVIEW, row.id().toString())).toList());
        return shown.stream().map(this::view).toList();
    }

    @Override
    @Transactional
    public HistoricReviewView read(Actor manager, ReviewId id) {
        ReviewRow row = reviewFor(manager, id, false);
        ledger.append(new LedgerRecord(manager, "RECORD_READ", REVIEW, id.toString(),
                Map.of("basis", "REVIEW_QUEUE", "purpose", "Historic review of " + row.closure().reference())));
        return view(row);
    }

    @Override
    @Transactional
    public HistoricReviewView reopen(Actor manager, ReviewId id, String reason) {
        ReviewRow row = decidable(manager, id);
        String why = reason(reason);
        referrals.reopen(manager, new ReferralId(row.closure().referralId()), why);
        reviews.markClosureReopened(row.closure().referralId(), clock.instant());
        return decide(manager, row, ReviewStatus.REOPENED, why, "HISTORIC_REVIEW_REOPENED");
    }

    @Override
    @Transactional
    public HistoricReviewView confirm(Actor manager, ReviewId id, String reason) {
        ReviewRow row = decidable(manager, id);
        return decide(manager, row, ReviewStatus.CONFIRMED, reason(reason), "HISTORIC_REVIEW_CONFIRMED");
    }

    @Override
    @Transactional
    public int checkNewLinks() {
        return checker.checkBatch();
    }

    private HistoricReviewView decide(Actor manager, ReviewRow row, ReviewStatus status, String reason,
                                      String action) {
        Instant now = clock.instant();
        reviews.decide(row.id(), status, manager.username(), reason, now);
        ledger.append(new LedgerRecord(manager, action, "REFERRAL", row.closure().referralId().toString(),
                Map.of("review", row.id().toString(), "reason", reason)));
        return view(reviews.find(row.id(), false).orElseThrow());
    }

    private ReviewRow decidable(Actor manager, ReviewId id) {
        ReviewRow row = reviewFor(manager, id, true);
        if (row.status() != ReviewStatus.QUEUED) {
            throw new InvalidInputException("review", "This review was already decided: "
                    + row.status().name().toLowerCase());
        }
        return row;
    }

    private ReviewRow reviewFor(Actor manager, ReviewId id, boolean forUpdate) {
        requireManager(manager, id.toString());
        ReviewRow row = reviews.find(id.value(), forUpdate).orElseThrow(() -> new RecordNotFoundException(REVIEW));
        if (!works(manager, row)) {
            throw new AccessRefusedException(new RecordRef(REVIEW, id.toString()), false);
        }
        return row;
    }

    private static void requireManager(Actor actor, String what) {
        if (!actor.can(Capability.REVIEW_CLOSED_CASES)) {
            throw new AccessRefusedException(new RecordRef(REVIEW, what), false);
        }
    }

    private boolean works(Actor manager, ReviewRow row) {
        return manager.agencyId().equals(row.closure().owningAgency())
                || manager.agencyType() == AgencyType.CHILDRENS_SOCIAL_CARE
                && areas.covers(manager.areaCode(), row.closure().areaCode());
    }

    private static String reason(String text) {
        String trimmed = text == null ? "" : text.trim();
        if (trimmed.isEmpty() || trimmed.length() > MAX_REASON) {
            throw new InvalidInputException("reason", "Give the reason for the decision, up to " + MAX_REASON
                    + " characters");
        }
        return trimmed;
    }

    private HistoricReviewView view(ReviewRow row) {
        List<ReviewRepository.ReasonRow> reasons = reviews.reasons(row.id());
        Map<UUID, String> names = children.findAll(reasons.stream().map(reason -> new ChildId(reason.childId()))
                .distinct().toList()).stream().collect(Collectors.toMap(child -> child.id().value(),
                ChildView::fullName));
        return new HistoricReviewView(new ReviewId(row.id()), row.closure().referralId(), row.closure().reference(),
                row.closure().areaCode(), row.closure().decidedAt(), row.status(), row.queuedAt(),
                reasons.stream().map(reason -> new HistoricReviewView.Reason(reason.childId(),
                        names.getOrDefault(reason.childId(), "Unknown child"), reason.source(), reason.sourceLabel(),
                        List.of(reason.links().split("\n")), reason.foundAt(), reason.lastSeenAt(),
                        reason.lastSourceLabel())).toList(),
                row.decidedBy(), row.decidedAt(), row.decisionReason());
    }
}
