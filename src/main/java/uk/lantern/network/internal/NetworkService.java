package uk.lantern.network.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.lantern.identity.AccessPolicy;
import uk.lantern.identity.AccessRefusedException;
import uk.lantern.identity.Actor;
import uk.lantern.identity.Capability;
import uk.lantern.identity.InvalidInputException;
import uk.lantern.identity.RecordNotFoundException;
import uk.lantern.identity.RecordRef;
import uk.lantern.ledger.Ledger;
import uk.lantern.ledger.LedgerRecord;
import uk.lantern.network.GraphExports;
import uk.lantern.network.NetworkAnalysis;
import uk.lantern.network.NetworkDossier;
import uk.lantern.network.NetworkGraph;
import uk.lantern.network.Networks;
import uk.lantern.network.SubjectId;
import uk.lantern.network.SubjectPath;
import uk.lantern.network.internal.NetworkViews.Dossier;
import uk.lantern.network.internal.NetworkViews.NeighbourhoodView;
import uk.lantern.network.internal.NetworkViews.NetworkSummary;
import uk.lantern.network.internal.NetworkViews.PathView;

/**
 * Network analysis for investigators and analysts, over the evidence each may see. Every read of a dossier, a
 * neighbourhood or a path, and every export, names people, so each is recorded in the ledger with what was asked.
 */
@Service
class NetworkService implements Networks {

    static final int MOST_HOPS = 3;
    private static final String NETWORK = "NETWORK";
    private static final String SUBJECT = "SUBJECT";

    /** The export formats: GraphML for any graph tool, and the two CSV files i2 Analyst's Notebook imports. */
    enum ExportFormat {
        GRAPHML("graphml", "application/graphml+xml", "graphml"),
        I2_ENTITIES("i2-entities", "text/csv", "entities.csv"),
        I2_LINKS("i2-links", "text/csv", "links.csv");

        private final String code;
        private final String mediaType;
        private final String fileSuffix;

        ExportFormat(String code, String mediaType, String fileSuffix) {
            this.code = code;
            this.mediaType = mediaType;
            this.fileSuffix = fileSuffix;
        }

        static ExportFormat parse(String code) {
            for (ExportFormat format : values()) {
                if (format.code.equals(code)) {
                    return format;
                }
            }
            throw new InvalidInputException("format", "Choose graphml, i2-entities or i2-links");
        }

        String code() {
            return code;
        }

        String mediaType() {
            return mediaType;
        }

        String fileName(String dossierId) {
            return dossierId + "." + fileSuffix;
        }
    }

    private final NetworkLoader loader;
    private final NetworkViewMapper views;
    private final AccessPolicy accessPolicy;
    private final Ledger ledger;

    NetworkService(NetworkLoader loader, NetworkViewMapper views, AccessPolicy accessPolicy, Ledger ledger) {
        this.accessPolicy = accessPolicy;
        this.loader = loader;
        this.views = views;
        this.ledger = ledger;
    }

    @Override
    @Transactional(readOnly = true)
    public List<NetworkDossier> allDossiers() {
        return NetworkAnalysis.of(loader.loadEverything().graph()).dossiers();
    }

    @Transactional
    public List<NetworkSummary> networks(Actor viewer, NetworkFilter filter) {
        Analysed analysed = analyse(viewer, filter);
        List<NetworkDossier> dossiers = analysed.analysis().dossiers();
        // The list names each network's most central suspects, so showing it is a read of each of them.
        accessPolicy.logListRead(viewer, "NETWORKS", "Network list", dossiers.stream()
                .flatMap(dossier -> NetworkViewMapper.namedInList(dossier).stream())
                .map(suspect -> new RecordRef(SUBJECT, suspect.id().value())).toList());
        return dossiers.stream().map(views::summary).toList();
    }

    @Transactional
    public Dossier dossier(Actor viewer, String id, NetworkFilter filter) {
        Found found = dossierFor(viewer, id, filter);
        ledger.append(new LedgerRecord(viewer, "RECORD_READ", NETWORK, id, read("Network dossier", filter)));
        return views.dossier(found.dossier(), found.network());
    }

    @Transactional
    public NeighbourhoodView neighbourhood(Actor viewer, String subject, int hops, NetworkFilter filter) {
        if (hops < 1 || hops > MOST_HOPS) {
            throw new InvalidInputException("hops", "Give 1, 2 or " + MOST_HOPS + " hops");
        }
        Analysed analysed = analyse(viewer, filter);
        SubjectId centre = subject(analysed, subject, "id");
        ledger.append(new LedgerRecord(viewer, "RECORD_READ", SUBJECT, centre.value(),
                read("Neighbourhood of " + hops + " hops", filter)));
        return views.neighbourhood(analysed.analysis().neighbourhood(centre, hops), analysed.network());
    }

    @Transactional
    public PathView path(Actor viewer, String from, String to, NetworkFilter filter) {
        Analysed analysed = analyse(viewer, filter);
        SubjectId start = subject(analysed, from, "from");
        SubjectId end = subject(analysed, to, "to");
        Map<String, Object> payload = read("Shortest path", filter);
        payload.put("to", end.value());
        ledger.append(new LedgerRecord(viewer, "RECORD_READ", SUBJECT, start.value(), payload));
        SubjectPath path = analysed.analysis().shortestPath(start, end).orElse(null);
        return views.path(start, end, path, analysed.network());
    }

    @Transactional
    public String export(Actor viewer, String id, ExportFormat format, NetworkFilter filter) {
        NetworkGraph dossier = dossierFor(viewer, id, filter).dossier().graph();
        Map<String, Object> payload = read("Export", filter);
        payload.put("format", format.name());
        payload.put("subjects", dossier.subjects().size());
        payload.put("links", dossier.links().size());
        ledger.append(new LedgerRecord(viewer, "NETWORK_EXPORTED", NETWORK, id, payload));
        StringWriter out = new StringWriter();
        try {
            switch (format) {
                case GRAPHML -> GraphExports.graphMl(dossier, out);
                case I2_ENTITIES -> GraphExports.i2Entities(dossier, out);
                case I2_LINKS -> GraphExports.i2Links(dossier, out);
            }
        } catch (IOException unwritable) {
            throw new UncheckedIOException(unwritable);
        }
        return out.toString();
    }

    private record Analysed(LoadedNetwork network, NetworkAnalysis analysis) {
    }

    private Analysed analyse(Actor viewer, NetworkFilter filter) {
        return analyse(load(viewer), filter);
    }

    private LoadedNetwork load(Actor viewer) {
        if (!viewer.can(Capability.ANALYSE_NETWORKS)) {
            throw new AccessRefusedException(new RecordRef(NETWORK, "analysis"), false);
        }
        return loader.load(viewer);
    }

    private static Analysed analyse(LoadedNetwork network, NetworkFilter filter) {
        NetworkGraph graph = filter.isEverything() ? network.graph() : network.graph().view(filter.evidenceFilter());
        return new Analysed(network, NetworkAnalysis.of(graph));
    }

    /**
     * A dossier by id, narrowed by the filter: found among the dossiers of everything the viewer may see, or, where a
     * filter formed a group of its own (a list filtered by date links to it), among the dossiers of the filtered view.
     */
    private Found dossierFor(Actor viewer, String id, NetworkFilter filter) {
        LoadedNetwork network = load(viewer);
        Optional<NetworkDossier> found = withId(analyse(network, NetworkFilter.EVERYTHING), id);
        if (found.isPresent()) {
            return new Found(network, filter.isEverything() ? found.get() : found.get()
                    .filtered(filter.evidenceFilter()).orElseThrow(() -> new RecordNotFoundException(NETWORK)));
        }
        if (filter.isEverything()) {
            throw new RecordNotFoundException(NETWORK);
        }
        return new Found(network, withId(analyse(network, filter), id)
                .orElseThrow(() -> new RecordNotFoundException(NETWORK)));
    }

    private record Found(LoadedNetwork network, NetworkDossier dossier) {
    }

    private static Optional<NetworkDossier> withId(Analysed analysed, String id) {
        return analysed.analysis().dossiers().stream().filter(dossier -> dossier.id().value().equals(id)).findFirst();
    }

    /** A subject the viewer may see in the filtered network, by node id or by any of its records' ids. */
    private static SubjectId subject(Analysed analysed, String subject, String field) {
        if (subject == null || subject.isBlank()) {
            throw new InvalidInputException(field, "Give a subject, for example person:<id> or vehicle:<id>");
        }
        return analysed.network().find(subject).filter(analysed.analysis().graph()::contains)
                .orElseThrow(() -> new RecordNotFoundException(SUBJECT));
    }

    private static Map<String, Object> read(String what, NetworkFilter filter) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("purpose", what);
        payload.put("basis", "NETWORK_ANALYSIS");
        payload.putAll(filter.parameters());
        return payload;
    }
}
