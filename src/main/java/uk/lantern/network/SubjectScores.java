package uk.lantern.network;

import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/** One score per subject of a network, such as its degree or PageRank. */
public final class SubjectScores {

    private final NetworkGraph graph;
    private final double[] scores;
    private final boolean exact;

    SubjectScores(NetworkGraph graph, double[] scores, boolean exact) {
        this.graph = graph;
        this.scores = scores;
        this.exact = exact;
    }

    public double of(SubjectId subject) {
        return scores[graph.position(subject)];
    }

    /** False when the scores are a sampled estimate (betweenness on a large network). */
    public boolean exact() {
        return exact;
    }

    /** Every subject, highest score first; ties in id order. */
    public List<SubjectId> ranked() {
        List<Subject> subjects = graph.subjects();
        return IntStream.range(0, scores.length).boxed()
                .sorted(Comparator.<Integer>comparingDouble(v -> -scores[v]).thenComparing(v -> subjects.get(v).id()))
                .map(v -> subjects.get(v).id()).toList();
    }
}
