package uk.lantern.network;

import java.util.List;

/**
 * Network dossiers found on all the evidence Lantern holds, on no one's behalf: for aggregate figures (how many
 * networks, how many suspects and children in each) and for checking the analysis against planted networks. People
 * see networks only through the network pages and API, over the evidence each may see.
 */
public interface Networks {

    /** Every dossier on all evidence, persons and children collapsed to their resolved identities. */
    List<NetworkDossier> allDossiers();
}
