package uk.lantern.deadline.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.lantern.deadline.DeadlineKind;
import uk.lantern.deadline.DeadlineView;
import uk.lantern.deadline.Deadlines;
import uk.lantern.deadline.EscalationView;
import uk.lantern.deadline.NewDeadline;
import uk.lantern.identity.InvalidInputException;
import uk.lantern.identity.UserId;
import uk.lantern.ledger.Ledger;
import uk.lantern.ledger.LedgerActor;
import uk.lantern.ledger.LedgerRecord;
import uk.lantern.notification.Notice;
import uk.lantern.notification.Notifications;

@Service
class DeadlineService implements Deadlines {

    static final int MAX_REASON_LENGTH = 2000;

    private final DeadlineRepository deadlines;
    private final EscalationRecipients recipients;
    private static final java.time.format.DateTimeFormatter WHEN = java.time.format.DateTimeFormatter
            .ofPattern("d MMM yyyy, HH:mm", java.util.Locale.UK).withZone(uk.lantern.deadline.WorkingDayCalendar.UK);

    private final Ledger ledger;
    private final Notifications notifications;
    private final Clock clock;

    DeadlineService(DeadlineRepository deadlines, EscalationRecipients recipients, Ledger ledger,
                    Notifications notifications, Clock clock) {
        this.notifications = notifications;
        this.deadlines = deadlines;
        this.recipients = recipients;
        this.ledger = ledger;
        this.clock = clock;
    }

    @Override
    @Transactional
    public DeadlineView start(LedgerActor by, NewDeadline deadline) {
        UUID id = deadlines.insertAll(List.of(deadline)).get(0);
        ledger.append(started(by, deadline));
        return new DeadlineView(id, deadline.kind(), deadline.subjectType(), deadline.subjectId(),
                deadline.reference(), deadline.owningAgency(), deadline.startedAt(), deadline.dueAt(), null, 0,
                deadline.link());
    }

    @Override
    @Transactional
    public void startAll(LedgerActor by, List<NewDeadline> starting) {
        if (!starting.isEmpty()) {
            deadlines.insertAll(starting);
            ledger.appendAll(starting.stream().map(deadline -> started(by, deadline)).toList());
        }
    }

    private static LedgerRecord started(LedgerActor by, NewDeadline deadline) {
        return new LedgerRecord(by, "DEADLINE_STARTED", deadline.subjectType(), deadline.subjectId(),
                Map.of("kind", deadline.kind().name(), "dueAt", deadline.dueAt().toString()));
    }

    @Override
    @Transactional
    public DeadlineView restart(LedgerActor by, String subjectType, String subjectId, DeadlineKind kind,
                                Instant dueAt) {
        DeadlineView deadline = deadlines.find(subjectType, subjectId, kind).orElseThrow(() ->
                new IllegalStateException("No " + kind + " clock on " + subjectType + " " + subjectId));
        Instant now = clock.instant();
        deadlines.restart(deadline.id(), now, dueAt);
        ledger.append(new LedgerRecord(by, "DEADLINE_RESTARTED", subjectType, subjectId,
                Map.of("kind", kind.name(), "dueAt", dueAt.toString())));
        return deadlines.find(deadline.id()).orElseThrow();
    }

    @Override
    @Transactional
    public void meet(LedgerActor by, String subjectType, String subjectId, DeadlineKind kind) {
        meetAt(by, subjectType, subjectId, kind, clock.instant());
    }

    @Override
    @Transactional
    public void meetAll(LedgerActor by, String subjectType, DeadlineKind kind, Map<String, Instant> metAt) {
        if (metAt.isEmpty()) {
            return;
        }
        Map<String, Instant> due = deadlines.markAllMet(subjectType, kind, metAt);
        ledger.appendAll(metAt.entrySet().stream().filter(met -> due.containsKey(met.getKey())).map(met ->
                new LedgerRecord(by, "DEADLINE_MET", subjectType, met.getKey(), Map.of("kind", kind.name(), "dueAt",
                        due.get(met.getKey()).toString(), "onTime", !met.getValue().isAfter(due.get(met.getKey())))))
                .toList());
    }

    @Override
    @Transactional
    public void meetAt(LedgerActor by, String subjectType, String subjectId, DeadlineKind kind, Instant now) {
        Optional<DeadlineView> deadline = deadlines.find(subjectType, subjectId, kind);
        if (deadline.isPresent() && deadlines.markMet(deadline.get().id(), now)) {
            ledger.append(new LedgerRecord(by, "DEADLINE_MET", subjectType, subjectId, Map.of("kind", kind.name(),
                    "dueAt", deadline.get().dueAt().toString(), "onTime", !now.isAfter(deadline.get().dueAt()))));
        }
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<DeadlineView> find(String subjectType, String subjectId, DeadlineKind kind) {
        return deadlines.find(subjectType, subjectId, kind);
    }

    @Override
    @Transactional
    public EscalationView escalateNow(LedgerActor by, String subjectType, String subjectId, DeadlineKind kind,
                                      String reason) {
        String stated = reason == null ? "" : reason.trim();
        if (stated.isEmpty()) {
            throw new InvalidInputException("reason", "Say why you are escalating");
        }
        if (stated.length() > MAX_REASON_LENGTH) {
            throw new InvalidInputException("reason", "Reason must be " + MAX_REASON_LENGTH + " characters or fewer");
        }
        DeadlineView deadline = deadlines.find(subjectType, subjectId, kind)
                .orElseThrow(() -> new InvalidInputException("deadline", "There is no " + kind.label().toLowerCase()
                        + " clock on this record"));
        if (deadline.metAt() != null) {
            throw new InvalidInputException("deadline", "The " + kind.label().toLowerCase() + " has already been made");
        }
        if (!deadline.isOverdueAt(clock.instant())) {
            throw new InvalidInputException("deadline", "You can escalate once the deadline has passed");
        }
        int level = Math.max(1, deadline.escalationLevel());
        return escalate(by, deadline, level, "REFERRER", stated);
    }

    /** Records an escalation to the people at {@code level}, raises the clock's level and writes the ledger. */
    EscalationView escalate(LedgerActor by, DeadlineView deadline, int level, String trigger, String reason) {
        List<UserId> to = recipients.at(level, deadline.owningAgency());
        Instant now = clock.instant();
        UUID id = deadlines.insertEscalation(deadline.id(), level, trigger, reason, by.actorName(), now, to);
        deadlines.raiseLevel(deadline.id(), level, now);
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("kind", deadline.kind().name());
        payload.put("level", level);
        payload.put("trigger", trigger);
        payload.put("recipients", to.stream().map(UserId::toString).toList());
        if (reason != null) {
            payload.put("reason", reason);
        }
        ledger.append(new LedgerRecord(by, "DEADLINE_ESCALATED", deadline.subjectType(), deadline.subjectId(),
                payload));
        Notice notice = new Notice("Escalated to you: " + deadline.kind().label() + " overdue",
                deadline.kind().label() + " for " + deadline.reference() + " was due "
                        + WHEN.format(deadline.dueAt()) + " and has not been done. It is escalated to you "
                        + (level == 2 ? "as head of service." : "as a manager of the team.")
                        + (reason == null ? "" : "\n\nReason given: " + reason),
                deadline.link(), deadline.reference());
        to.forEach(recipient -> notifications.notifyUser(recipient, notice));
        return deadlines.escalation(id).orElseThrow();
    }

    @Override
    @Transactional(readOnly = true)
    public List<EscalationView> openEscalationsFor(UserId user) {
        return deadlines.openEscalationsFor(user);
    }

    @Override
    @Transactional(readOnly = true)
    public List<EscalationView> escalationsOf(String subjectType, String subjectId, DeadlineKind kind) {
        return deadlines.escalationsOf(subjectType, subjectId, kind);
    }
}
