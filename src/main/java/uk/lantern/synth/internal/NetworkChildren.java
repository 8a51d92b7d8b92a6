package uk.lantern.synth.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import uk.lantern.synth.internal.Interchange.Ref;

/**
 * The children of each network, remembered as they are told so that intelligence written after them can name them
 * as victims. Each child takes one number: memory grows by four bytes per exploited child, not by records.
 */
final class NetworkChildren {

    /** A child of a network, and whether the police hold a record of the child (else only social care does). */
    record ToldChild(int index, boolean knownToPolice) {

        String id() {
            return TrueChild.id(index);
        }
    }

    private final AgencyDirectory agencies;
    private final Map<String, Numbers> byNetwork = new HashMap<>();

    NetworkChildren(AgencyDirectory agencies) {
        this.agencies = agencies;
    }

    void add(TrueChild child, List<ChildRecordFactory.RecordedChild> records) {
        if (child.network() == null) {
            return;
        }
        String police = agencies.police(child.town().force()).system();
        boolean knownToPolice = records.stream().anyMatch(recorded -> recorded.record().sourceSystem()
                .equals(police));
        byNetwork.computeIfAbsent(child.network().id(), id -> new Numbers()).add(child.index() * 2
                + (knownToPolice ? 1 : 0));
    }

    List<ToldChild> of(Network network) {
        Numbers numbers = byNetwork.get(network.id());
        List<ToldChild> children = new ArrayList<>();
        if (numbers != null) {
            for (int i = 0; i < numbers.size; i++) {
                children.add(new ToldChild(numbers.values[i] / 2, numbers.values[i] % 2 == 1));
            }
        }
        return children;
    }

    /** The police record of the child when there is one, as police reports name children, else social care's. */
    Ref policeOrSocialCareRecord(Network network, ToldChild child) {
        SynthAgency holder = child.knownToPolice()
                ? agencies.police(network.town().force())
                : agencies.socialCare(network.town());
        return recordAt(holder, child);
    }

    Ref socialCareRecord(Network network, ToldChild child) {
        return recordAt(agencies.socialCare(network.town()), child);
    }

    private static Ref recordAt(SynthAgency holder, ToldChild child) {
        return new Ref(holder.system(), ChildRecordFactory.sourceId(holder, child.index()));
    }

    /** A growing list of ints, without boxing each one. */
    private static final class Numbers {

        private int[] values = new int[8];
        private int size;

        void add(int value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }
    }
}
