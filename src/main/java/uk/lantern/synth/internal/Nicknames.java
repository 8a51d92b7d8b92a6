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
                pack.addAll(shuffled(dice));
            }
            String nickname = pack.poll();
            if (!dealt.contains(nickname)) {
                dealt.add(nickname);
            }
        }
        return List.copyOf(dealt);
    }

    private List<String> shuffled(Dice dice) {
        List<String> cards = new ArrayList<>(all);
        for (int i = cards.size() - 1; i > 0; i--) {
            int j = dice.between(0, i);
            String card = cards.get(i);
            cards.set(i, cards.get(j));
            cards.set(j, card);
        }
        return cards;
    }
}
