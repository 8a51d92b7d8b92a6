package uk.lantern.missing;

import java.util.List;

/**
 * Published, in the recording transaction, with what missing episodes or return home interviews mention, so that
 * intelligence work sees what children said. Episodes and interviews recorded together are one event, so that
 * listeners can write what follows as sets.
 */
public record MentionsRecorded(List<MentionRecorded> mentions) {

    public MentionsRecorded {
        mentions = List.copyOf(mentions);
    }
}
