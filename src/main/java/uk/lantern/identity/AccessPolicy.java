package uk.lantern.identity;

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
}
