package uk.lantern.network.internal;

import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import uk.lantern.identity.Actor;
import uk.lantern.identity.Capability;
import uk.lantern.intelligence.SubjectType;
import uk.lantern.network.DossierMember;
import uk.lantern.network.NetworkAnalysis;
import uk.lantern.network.NetworkDossier;
import uk.lantern.resolution.NetworkSuspects;

/**
 * The suspects of the network dossiers a viewer may see, for the identity review queue. A person's node is
 * {@code person:<identity id>}, so the identity is the node id after its prefix.
 */
@Component
class DossierSuspects implements NetworkSuspects {

    private static final String PERSON_PREFIX = SubjectType.PERSON.code() + ":";

    private final NetworkLoader loader;

    DossierSuspects(NetworkLoader loader) {
        this.loader = loader;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, String> dossierOfEachSuspect(Actor viewer) {
        Map<String, String> dossierOf = new HashMap<>();
        if (!viewer.can(Capability.ANALYSE_NETWORKS)) {
            return dossierOf;
        }
        for (NetworkDossier dossier : NetworkAnalysis.of(loader.load(viewer).graph()).dossiers()) {
            for (DossierMember member : dossier.members()) {
                String node = member.subject().id().value();
                if (member.subject().isSuspect() && node.startsWith(PERSON_PREFIX)) {
                    dossierOf.putIfAbsent(node.substring(PERSON_PREFIX.length()), dossier.id().value());
                }
            }
        }
        return dossierOf;
    }
}
