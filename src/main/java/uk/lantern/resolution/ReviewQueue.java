package uk.lantern.resolution;

import java.util.List;

/**
 * One page of the review queue as a viewer may see it: only pairs whose two records the viewer may both see, those
 * whose decision changes most first, then the most likely.
 *
 * @param page from 1
 * @param total how many pairs the viewer may see in the whole queue
 */
public record ReviewQueue(List<MatchView> matches, int page, int pageSize, int total) {

    public ReviewQueue {
        matches = List.copyOf(matches);
    }

    public int pages() {
        return Math.max(1, (total + pageSize - 1) / pageSize);
    }
}
