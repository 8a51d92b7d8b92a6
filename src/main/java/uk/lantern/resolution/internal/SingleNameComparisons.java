package uk.lantern.resolution.internal;

import java.util.List;

import org.springframework.stereotype.Component;

import uk.lantern.resolution.NameAgreement;
import uk.lantern.resolution.NameComparisons;

/** {@link NameComparison}'s levels for one pair of names at a time, rather than for columns of a record table. */
@Component
class SingleNameComparisons implements NameComparisons {

    @Override
    public String normalise(String name) {
        return name == null ? null : Normalisation.LETTERS.apply(name);
    }

    @Override
    public List<String> variantsOf(String name) {
        String normalised = normalise(name);
        return normalised == null ? List.of() : NameVariants.standard().variantsOf(normalised);
    }

    @Override
    public NameAgreement compare(String one, String other) {
        String a = normalise(one);
        String b = normalise(other);
        if (a == null || b == null) {
            return NameAgreement.NONE;
        }
        if (a.equals(b)) {
            return NameAgreement.EXACT;
        }
        if (NameVariants.standard().areVariants(a, b)) {
            return NameAgreement.VARIANT;
        }
        double similarity = JaroWinkler.similarity(a, b);
        if (similarity >= NameComparison.CLOSE) {
            return NameAgreement.CLOSE;
        }
        if (NameCodes.soundAlike(a, b, similarity)) {
            return NameAgreement.SOUNDS_ALIKE;
        }
        return similarity >= NameComparison.LOOSE ? NameAgreement.LOOSE : NameAgreement.NONE;
    }
}
