package uk.lantern.people;

/**
 * Ethnicity as recorded. Self-defined ethnicity is held as an ONS 2021 category; a police 18+1 code, when that is
 * what was recorded, is kept as given and mapped to its ONS category. Officer-observed ethnicity is kept apart.
 */
public record Ethnicity(EthnicityStatus status, Ons2021Ethnicity ons2021, PoliceSelfDefinedEthnicity policeSelfDefined,
                        ObservedEthnicity observed) {

    public static final Ethnicity NOT_RECORDED = new Ethnicity(EthnicityStatus.NOT_RECORDED, null, null, null);

    /**
     * Combines what was recorded. The status follows from the codes when they say it: an ONS category or a police
     * code other than NS means RECORDED, and NS means NOT_STATED.
     *
     * @throws IllegalArgumentException when the ONS category and the police code are in different groups, or the status
     *     contradicts the codes
     */
    public static Ethnicity of(EthnicityStatus status, Ons2021Ethnicity ons2021,
                               PoliceSelfDefinedEthnicity policeSelfDefined, ObservedEthnicity observed) {
        Ons2021Ethnicity mapped = policeSelfDefined == null ? null : policeSelfDefined.ons2021();
        // 18+1 is coarser than ONS 2021 (Roma, for example, is W9), so only a different high-level group conflicts.
        if (ons2021 != null && mapped != null && !ons2021.group().equals(mapped.group())) {
            throw new IllegalArgumentException("the ONS 2021 category " + ons2021 + " does not match the police code "
                    + policeSelfDefined + " (" + mapped + ")");
        }
        Ons2021Ethnicity category = ons2021 != null ? ons2021 : mapped;
        EthnicityStatus derived = category != null ? EthnicityStatus.RECORDED
                : policeSelfDefined == PoliceSelfDefinedEthnicity.NS ? EthnicityStatus.NOT_STATED
                : status != null ? status : EthnicityStatus.NOT_RECORDED;
        if (status != null && status != derived) {
            throw new IllegalArgumentException("status " + status + " contradicts the codes given (" + derived + ")");
        }
        if (derived == EthnicityStatus.RECORDED && category == null) {
            throw new IllegalArgumentException("status RECORDED needs an ONS 2021 category or a police code");
        }
        return new Ethnicity(derived, category, policeSelfDefined, observed);
    }
}
