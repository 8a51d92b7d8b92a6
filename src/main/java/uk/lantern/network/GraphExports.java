package uk.lantern.network;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

import uk.lantern.network.internal.AnalystsNotebookCsv;
import uk.lantern.network.internal.GraphMlWriter;

/**
 * Exports of a network (a whole view, a dossier's {@link NetworkDossier#graph()} or a
 * {@link Neighbourhood#graph()}) for analysts' tools: GraphML for Gephi, yEd, Cytoscape and the like, and CSV laid out
 * for the i2 Analyst's Notebook Import wizard. The columns and how to import them are in docs/network-exports.md. The
 * writers are left open.
 */
public final class GraphExports {

    /** The columns of the i2 entity file, in order. */
    public static final List<String> I2_ENTITY_COLUMNS = AnalystsNotebookCsv.ENTITY_COLUMNS;

    /** The columns of the i2 link file, in order. */
    public static final List<String> I2_LINK_COLUMNS = AnalystsNotebookCsv.LINK_COLUMNS;

    private GraphExports() {
    }

    /** GraphML: one node per subject (id, type, label, suspect, areas, first and last seen), one edge per link. */
    public static void graphMl(NetworkGraph network, Writer out) {
        GraphMlWriter.write(network, out);
    }

    /** The i2 entity file: one row per subject. */
    public static void i2Entities(NetworkGraph network, Writer out) throws IOException {
        AnalystsNotebookCsv.writeEntities(network, out);
    }

    /** The i2 link file: one row per link, with its dates, grading and source records. */
    public static void i2Links(NetworkGraph network, Writer out) throws IOException {
        AnalystsNotebookCsv.writeLinks(network, out);
    }
}
