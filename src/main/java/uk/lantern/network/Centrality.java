package uk.lantern.network;

/**
 * Who is central in a network.
 *
 * @param degree how many other subjects each is linked to, whatever the number of link types or evidence
 * @param betweenness on how many shortest paths between other subjects each lies: who connects otherwise separate
 *     parts of a network
 * @param pageRank how well linked each is to subjects that are themselves well linked; the ranks sum to 1
 */
public record Centrality(SubjectScores degree, SubjectScores betweenness, SubjectScores pageRank) {
}
