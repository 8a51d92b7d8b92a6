package uk.lantern.risk.internal;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import uk.lantern.risk.Indicator;
import uk.lantern.risk.ScreeningLevel;

/**
 * The rules that turn the indicators found into a level, published with each indicator set version so that an old
 * result can always be explained by the rules that produced it. The rules are tried in order and the first that
 * applies sets the level:
 * <ol>
 *     <li>any sign of harm: significant harm;</li>
 *     <li>a recognised combination of signs of risk: high;</li>
 *     <li>at least {@code highFrom} signs of risk: high;</li>
 *     <li>at least {@code mediumFrom} signs of risk: medium;</li>
 *     <li>any sign of risk: low;</li>
 *     <li>otherwise: no indicators.</li>
 * </ol>
 * The rules see only indicators: nothing else about the child reaches them.
 */
public record LevelRules(int mediumFrom, int highFrom, List<HighRiskCombination> highRiskCombinations) {

    public LevelRules {
        if (mediumFrom < 2 || highFrom <= mediumFrom) {
            throw new IllegalArgumentException("Level thresholds must satisfy 2 <= medium < high, not medium "
                    + mediumFrom + " and high " + highFrom);
        }
        highRiskCombinations = List.copyOf(highRiskCombinations);
    }

    public Assessment assess(List<Indicator> harm, List<Indicator> risk) {
        if (!harm.isEmpty()) {
            return new Assessment(ScreeningLevel.SIGNIFICANT_HARM, significantHarm(harm, risk));
        }
        Set<String> riskCodes = risk.stream().map(Indicator::code).collect(Collectors.toSet());
        List<HighRiskCombination> patterns = highRiskCombinations.stream()
                .filter(combination -> combination.isPresentIn(riskCodes)).toList();
        if (!patterns.isEmpty()) {
            return new Assessment(ScreeningLevel.HIGH, recognisedPattern(patterns));
        }
        int count = risk.size();
        if (count >= highFrom) {
            return new Assessment(ScreeningLevel.HIGH, "High risk, because " + signsOfRisk(risk) + " selected: "
                    + labels(risk) + ". " + highFrom + " or more signs of risk set high risk.");
        }
        if (count >= mediumFrom) {
            return new Assessment(ScreeningLevel.MEDIUM, "Medium risk, because " + signsOfRisk(risk) + " selected: "
                    + labels(risk) + ". " + mediumRange() + " set medium risk when they do not include a recognised "
                    + "pattern of exploitation.");
        }
        if (count > 0) {
            return new Assessment(ScreeningLevel.LOW, "Low risk, because " + signsOfRisk(risk) + " selected: "
                    + labels(risk) + ". Fewer than " + mediumFrom + " signs of risk, with no sign of harm, set low "
                    + "risk. A single sign still matters: record it and watch for others.");
        }
        return new Assessment(ScreeningLevel.NO_INDICATORS, "No indicators were selected. This does not mean the "
                + "child is safe: record what you know and use your professional judgement.");
    }

    private static String significantHarm(List<Indicator> harm, List<Indicator> risk) {
        String signs = harm.size() == 1 ? "there is a sign" : "there are " + harm.size() + " signs";
        String alsoRisk = risk.isEmpty() ? "" : " " + capitalise(signsOfRisk(risk)) + " also selected.";
        return "Significant harm, because " + signs + " that harm is already happening: " + labels(harm)
                + ". Any sign of harm sets this level, whatever the signs of risk." + alsoRisk
                + " Follow your safeguarding procedures without delay.";
    }

    private static String recognisedPattern(List<HighRiskCombination> patterns) {
        String described = patterns.stream()
                .map(pattern -> "\"" + pattern.name() + "\": " + pattern.why())
                .collect(Collectors.joining("; "));
        return "High risk, because the signs of risk include " + (patterns.size() == 1
                ? "a recognised pattern of exploitation, " : patterns.size() + " recognised patterns of exploitation, ")
                + described + ". A recognised pattern sets high risk however few other signs there are.";
    }

    private String mediumRange() {
        return mediumFrom == highFrom - 1 ? mediumFrom + " signs of risk"
                : "From " + mediumFrom + " to " + (highFrom - 1) + " signs of risk";
    }

    private static String signsOfRisk(List<Indicator> risk) {
        return risk.size() == 1 ? "1 sign of risk was" : risk.size() + " signs of risk were";
    }

    private static String labels(List<Indicator> indicators) {
        return indicators.stream().map(indicator -> decapitalise(indicator.label()))
                .collect(Collectors.joining("; "));
    }

    private static String decapitalise(String label) {
        return label.substring(0, 1).toLowerCase(Locale.UK) + label.substring(1);
    }

    private static String capitalise(String text) {
        return text.substring(0, 1).toUpperCase(Locale.UK) + text.substring(1);
    }
}
