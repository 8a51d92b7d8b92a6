package uk.lantern.network;

/** A line about a network dossier, for lists: members are every subject of the group that is not a child. */
public record DossierSummary(DossierId id, int memberCount, int suspectCount, int childCount) {
}
