package uk.lantern.identity;

import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * The one policy that decides every read and write of a protected record, for pages and the API alike. It weighs
 * the actor's roles, agency and area against the record's areas and agencies and the actor's relationship to it:
 * assigned, referred, or granted (including unexpired break-glass access). The rules are described in
 * docs/roles.md.
 */
public interface AccessPolicy {

    AccessDecision decide(Actor actor, Operation operation, ProtectedRecord record);

    /**
     * Decides a read and, when it is allowed, logs it in the ledger with its purpose. Every module reads a person's
     * record through this method so that no read goes unrecorded.
     *
     * @throws AccessRefusedException when the read is refused
     */
    AccessDecision authoriseRead(Actor actor, ProtectedRecord record, String purpose);

    /**
     * Decides a change.
     *
     * @throws AccessRefusedException when the change is refused
     */
    AccessDecision authoriseChange(Actor actor, ProtectedRecord record);

    /**
     * The rows of a list whose records the actor may read, by the same rule as a single read, in their order. A list
     * must never show what a single read would refuse. The actor's grants are looked up once for the whole list.
     */
    <T> List<T> readable(Actor actor, List<T> rows, Function<T, ProtectedRecord> recordOf);

    /**
     * Logs that a list showed the actor the records named in it: one {@code LIST_READ} ledger entry about the list
     * names every record shown with the purpose, as a single read's {@code RECORD_READ} names its record. A list
     * that shows no record names no one and is not logged. Call it inside the transaction that reads the list.
     */
    void logListRead(Actor actor, String list, String purpose, Collection<RecordRef> shown);
}
