package uk.lantern.network;

/**
 * A subject of a network dossier with its centrality within the dossier's group, so an analyst sees who is central:
 * degree (how many others of the group it is linked to), betweenness (how many shortest paths between others of the
 * group pass through it) and PageRank.
 */
public record DossierMember(Subject subject, int degree, double betweenness, double pageRank) {
}
