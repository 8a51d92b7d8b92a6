package uk.lantern.synth.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * CSE screening indicators, with the codes the rest of Lantern uses. Signs of harm already happening are kept apart
 * from signs of risk.
 */
enum Indicator {
    MISSING_EPISODES(false),
    SCHOOL_ABSENCE(false),
    RELATIONSHIP_WITH_OLDER_PERSON(false),
    CONTROLLING_ADULTS(false),
    UNEXPLAINED_GIFTS(false),
    PICKED_UP_IN_CARS(false),
    LINKS_TO_TAXI_OR_TAKEAWAY(false),
    ALCOHOL_OR_DRUGS(false),
    SEXUAL_HEALTH(false),
    SELF_HARM(false),
    EXPLOITED_PEERS(false),
    SECRETIVE_PHONE_USE(false),
    KNOWLEDGE_OF_OTHER_TOWNS(false),
    DISCLOSED_SEXUAL_ABUSE(true),
    SEXUAL_ACTIVITY_WITH_ADULT(true),
    COERCED_SEXUAL_ACTIVITY_EXCHANGE(true),
    MOVED_BETWEEN_TOWNS_FOR_ABUSE(true),
    INDECENT_IMAGES(true),
    ASSAULTED_OR_THREATENED(true);

    /** Signs that often come up in referrals with no exploitation concern at all. */
    static final List<Indicator> EVERYDAY = List.of(MISSING_EPISODES, SCHOOL_ABSENCE, ALCOHOL_OR_DRUGS, SELF_HARM);
    static final List<Indicator> RISK = Arrays.stream(values()).filter(indicator -> !indicator.harm).toList();
    static final List<Indicator> HARM = Arrays.stream(values()).filter(indicator -> indicator.harm).toList();

    private final boolean harm;

    Indicator(boolean harm) {
        this.harm = harm;
    }

    boolean harm() {
        return harm;
    }

    /** {@code count} different indicators from {@code from}, in code-list order. */
    static List<Indicator> some(List<Indicator> from, int count, Dice dice) {
        List<Indicator> pool = new ArrayList<>(from);
        List<Indicator> chosen = new ArrayList<>();
        while (chosen.size() < count && !pool.isEmpty()) {
            chosen.add(pool.remove(dice.between(0, pool.size() - 1)));
        }
        chosen.sort(null);
        return chosen;
    }
}
