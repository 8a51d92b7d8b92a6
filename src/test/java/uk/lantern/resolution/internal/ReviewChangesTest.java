package uk.lantern.resolution.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import uk.lantern.people.RecordKind;
import uk.lantern.resolution.MatchStatus;
import uk.lantern.resolution.internal.IdentityRepository.PairRow;
import uk.lantern.resolution.internal.IdentityRepository.WaitingPair;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class ReviewChangesTest {

    private static final UUID A = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    private static final UUID B = UUID.fromString("00000000-0000-0000-0000-00000000000b");
    private static final UUID C = UUID.fromString("00000000-0000-0000-0000-00000000000c");
    private static final UUID D = UUID.fromString("00000000-0000-0000-0000-00000000000d");

    private static PairRow queued(UUID first, UUID second, double probability) {
        return new PairRow(UUID.randomUUID(), RecordKind.PERSON, first, second, probability, "{}", MatchStatus.REVIEW,
                Instant.EPOCH, null, null, null);
    }

    @Test
    void aPairStillWaitingKeepsItsRowAndOnlyAChangedProbabilityIsWritten() {
        WaitingPair same = new WaitingPair(UUID.randomUUID(), A, B, 0.5);
        WaitingPair rescored = new WaitingPair(UUID.randomUUID(), A, C, 0.5);
        WaitingPair gone = new WaitingPair(UUID.randomUUID(), B, C, 0.5);

        ReviewChanges changes = ReviewChanges.between(List.of(same, rescored, gone),
                List.of(queued(A, B, 0.5), queued(A, C, 0.6), queued(C, D, 0.7)));

        assertThat(changes.size()).isEqualTo(3);
        List<ReviewChanges.Part> parts = changes.parts(1);
        assertThat(parts).hasSize(3);
        assertThat(parts.get(0).removed()).containsExactly(gone.id());
        assertThat(parts.get(1).rescored()).singleElement().satisfies(pair -> {
            assertThat(pair.id()).as("the stored row, found when it was").isEqualTo(rescored.id());
            assertThat(pair.probability()).isEqualTo(0.6);
        });
        assertThat(parts.get(2).added()).extracting(PairRow::first, PairRow::second).containsExactly(tuple(C, D));
    }
}
