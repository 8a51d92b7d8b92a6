package uk.lantern.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.lantern.identity.AccessGrantView;
import uk.lantern.identity.AccessRefusedException;
import uk.lantern.identity.Actor;
import uk.lantern.identity.BreakGlass;
import uk.lantern.identity.Capability;
import uk.lantern.identity.IdentityProperties;
import uk.lantern.identity.InvalidInputException;
import uk.lantern.identity.ProtectedRecord;
import uk.lantern.identity.ProtectedRecordSource;
import uk.lantern.identity.ProtectedRecords;
import uk.lantern.identity.RecordRef;
import uk.lantern.ledger.Ledger;
import uk.lantern.ledger.LedgerRecord;

@Service
class BreakGlassService implements BreakGlass, ProtectedRecords {

    static final int MINIMUM_REASON_LENGTH = 10;
    static final int MAXIMUM_REASON_LENGTH = 2000;
    private static final Duration REPORT_WINDOW = Duration.ofDays(30);

    private final AccessGrants grants;
    private final Map<String, ProtectedRecordSource> sources;
    private final Ledger ledger;
    private final IdentityProperties properties;
    private final Clock clock;

    BreakGlassService(AccessGrants grants, List<ProtectedRecordSource> sources, Ledger ledger,
                      IdentityProperties properties, Clock clock) {
        this.grants = grants;
        this.sources = sources.stream().collect(Collectors.toMap(ProtectedRecordSource::recordType,
                Function.identity()));
        this.ledger = ledger;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    @Transactional
    public AccessGrantView take(Actor actor, RecordRef record, String reason) {
        if (!actor.can(Capability.USE_BREAK_GLASS)) {
            throw new AccessRefusedException(record, false);
        }
        String stated = reason == null ? "" : reason.trim();
        if (stated.length() < MINIMUM_REASON_LENGTH) {
            throw new InvalidInputException("reason", "Explain why you need this record, in at least "
                    + MINIMUM_REASON_LENGTH + " characters");
        }
        if (stated.length() > MAXIMUM_REASON_LENGTH) {
            throw new InvalidInputException("reason", "Reason must be " + MAXIMUM_REASON_LENGTH
                    + " characters or fewer");
        }
        if (find(record).isEmpty()) {
            throw new InvalidInputException("recordId", "No " + record.type().toLowerCase() + " record has id '"
                    + record.id() + "'");
        }
        Instant expiresAt = clock.instant().plus(properties.breakGlassDuration());
        UUID id = grants.insert(actor.userId(), record, "BREAK_GLASS", stated, actor.userId(), expiresAt);
        ledger.append(new LedgerRecord(actor, "BREAK_GLASS_TAKEN", record.type(), record.id(),
                Map.of("grantId", id.toString(), "reason", stated, "expiresAt", expiresAt.toString())));
        return grants.find(id).orElseThrow();
    }

    @Override
    public Optional<ProtectedRecord> find(RecordRef ref) {
        ProtectedRecordSource source = sources.get(ref.type());
        return source == null ? Optional.empty() : source.find(ref.id());
    }

    @Override
    @Transactional(readOnly = true)
    public List<AccessGrantView> recentInAgencyOf(Actor manager) {
        if (!manager.can(Capability.REVIEW_BREAK_GLASS)) {
            throw new AccessRefusedException(new RecordRef("BREAK_GLASS_REPORT", manager.agencyId().toString()),
                    false);
        }
        return grants.breakGlassInAgencySince(manager.agencyId(), clock.instant().minus(REPORT_WINDOW));
    }
}
