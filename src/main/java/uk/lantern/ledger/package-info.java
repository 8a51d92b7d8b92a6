/**
 * The ledger: who knew what, and when. An append-only, hash-chained record of every state change and every
 * sensitive read, written in the same transaction as the change, with signed checkpoints that can be kept outside
 * the system and a verifier that reports the first bad entry. It also keeps the register of legal holds, which block
 * any retention purge of the records they cover while they stand.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Ledger", allowedDependencies = {"runtime", "area"})
package uk.lantern.ledger;
