package uk.lantern.risk.internal;

import java.util.List;
import java.util.Set;

/**
 * Signs of risk that together set high risk however few other signs there are, because together they match a
 * recognised pattern of exploitation.
 *
 * @param name  how the pattern is named in explanations
 * @param codes the risk indicator codes that must all be present
 * @param why   the reason the pattern matters, as a clause that completes a sentence
 */
public record HighRiskCombination(String name, List<String> codes, String why) {

    public HighRiskCombination {
        codes = List.copyOf(codes);
    }

    boolean isPresentIn(Set<String> selectedCodes) {
        return selectedCodes.containsAll(codes);
    }
}
