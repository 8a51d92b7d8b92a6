package uk.lantern.synth.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Deals nicknames from a shuffled pack per force. A child's account names "Jay" within the police force area, so two
 * networks of one force should not both have a Jay: that one name would join their children in analysis. When the
 * pack has gone round, the next rounds deal the one-word names again with a qualifier ("Big Jay", "Little Jay"), as
 * people tell two men of one name apart; only after those do names repeat within a force.
 */
final class Nicknames {

    private static final List<String> QUALIFIERS = List.of("", "Big ", "Little ", "Young ", "Lil ");

    private final List<String> all;
    private final Map<Force, Deque<String>> packs = new EnumMap<>(Force.class);
    private final Map<Force, Integer> rounds = new EnumMap<>(Force.class);

    Nicknames(List<String> all) {
        this.all = all;
    }

    /** {@code count} different nicknames. */
    List<String> deal(Force force, int count, Dice dice) {
        Deque<String> pack = packs.computeIfAbsent(force, unused -> new ArrayDeque<>());
        List<String> dealt = new ArrayList<>();
        while (dealt.size() < count) {
            if (pack.isEmpty()) {
                pack.addAll(dice.shuffled(nextRound(force)));
            }
            String nickname = pack.poll();
            if (!dealt.contains(nickname)) {
                dealt.add(nickname);
            }
        }
        return List.copyOf(dealt);
    }

    private List<String> nextRound(Force force) {
        int round = rounds.merge(force, 1, Integer::sum) - 1;
        String qualifier = QUALIFIERS.get(round % QUALIFIERS.size());
        return qualifier.isEmpty() ? all
                : all.stream().filter(name -> !name.contains(" ")).map(name -> qualifier + name).toList();
    }
}
