package uk.lantern.synth.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Deals nicknames from a shuffled pack per force. A child's account names "Jay" within the police force area, so two
 * networks of one force should not both have a Jay until the pack has gone round.
 */
final class Nicknames {

    private final List<String> all;
    private final Map<Force, Deque<String>> packs = new EnumMap<>(Force.class);

    Nicknames(List<String> all) {
        this.all = all;
    }

    /** {@code count} different nicknames. */
    List<String> deal(Force force, int count, Dice dice) {
        Deque<String> pack = packs.computeIfAbsent(force, unused -> new ArrayDeque<>());
        List<String> dealt = new ArrayList<>();
        while (dealt.size() < count) {
            if (pack.isEmpty()) {
                pack.addAll(dice.shuffled(all));
            }
            String nickname = pack.poll();
            if (!dealt.contains(nickname)) {
                dealt.add(nickname);
            }
        }
        return List.copyOf(dealt);
    }
}
