package uk.lantern.identity;

/**
 * The access policy's answer.
 *
 * @param allowed whether the operation may go ahead
 * @param basis why: the relationship or scope that allowed it, or why it was refused
 * @param breakGlassAvailable when refused, whether the actor may take break-glass access with a stated reason
 */
public record AccessDecision(boolean allowed, Basis basis, boolean breakGlassAvailable) {

    public enum Basis {
        ASSIGNED, REFERRED, GRANTED, BREAK_GLASS, AREA_SCOPE, AGENCY_AND_AREA_SCOPE,
        OUT_OF_SCOPE, ROLE_NEVER_READS_NAMED_RECORDS
    }

    public static AccessDecision allow(Basis basis) {
        return new AccessDecision(true, basis, false);
    }

    public static AccessDecision refuse(Basis basis, boolean breakGlassAvailable) {
        return new AccessDecision(false, basis, breakGlassAvailable);
    }
}
