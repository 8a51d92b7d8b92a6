package uk.lantern.ledger;

/** Whoever caused a ledger entry: a signed-in person, or Lantern itself for system work such as demo seeding. */
public interface LedgerActor {

    /** The actor's stable name: a username, or {@code system:...} for Lantern's own work. */
    String actorName();

    /** The actor's agency, or null for system work. */
    String agencyName();

    static LedgerActor system(String purpose) {
        return new SystemActor("system:" + purpose);
    }

    record SystemActor(String actorName) implements LedgerActor {
        @Override
        public String agencyName() {
            return null;
        }
    }
}
