package uk.lantern.network;

import java.util.List;

/** One step of a path: two linked subjects and every link between them, each with its evidence. */
public record Hop(SubjectId from, SubjectId to, List<Link> links) {

    public Hop {
        links = List.copyOf(links);
    }
}
