package uk.lantern.casework.internal.retention;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;

import org.springframework.stereotype.Service;

import uk.lantern.identity.Actor;
import uk.lantern.identity.InvalidInputException;
import uk.lantern.identity.RecordNotFoundException;
import uk.lantern.ledger.InvalidLegalHoldException;
import uk.lantern.ledger.LegalHold;
import uk.lantern.ledger.LegalHolds;
import uk.lantern.ledger.NewLegalHold;

/**
 * The legal-hold register as the pages and the API use it: the ledger's problems become the field errors and 404s
 * every other form and endpoint gives.
 */
@Service
class LegalHoldService {

    static final String RECORD_TYPE = "LEGAL_HOLD";

    private final LegalHolds holds;

    LegalHoldService(LegalHolds holds) {
        this.holds = holds;
    }

    List<LegalHold> all() {
        return holds.all();
    }

    LegalHold read(UUID id) {
        return holds.find(id).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE));
    }

    LegalHold place(Actor by, String scope, String reference, String reason) {
        try {
            return holds.place(by, new NewLegalHold(scope, reference, reason));
        } catch (InvalidLegalHoldException invalid) {
            throw asInvalidInput(invalid);
        }
    }

    LegalHold release(Actor by, UUID id, String reason) {
        try {
            return holds.release(by, id, reason);
        } catch (NoSuchElementException unknown) {
            throw new RecordNotFoundException(RECORD_TYPE);
        } catch (InvalidLegalHoldException invalid) {
            throw asInvalidInput(invalid);
        }
    }

    private static InvalidInputException asInvalidInput(InvalidLegalHoldException invalid) {
        return new InvalidInputException(invalid.problems().stream()
                .map(problem -> new InvalidInputException.FieldError(problem.field(), problem.message())).toList());
    }
}
