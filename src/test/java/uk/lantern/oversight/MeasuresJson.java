package uk.lantern.oversight;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

/** Reads the oversight measures JSON as the text a reader would see: numbers in plain form, symbols as they are. */
final class MeasuresJson {

    private MeasuresJson() {
    }

    /** The figures of one measure, one per period. */
    static List<String> values(JsonNode view, String measure) {
        for (JsonNode node : view.get("measures")) {
            if (node.get("id").asString().equals(measure)) {
                return texts(node.get("values"));
            }
        }
        throw new AssertionError("no measure " + measure);
    }

    static List<String> texts(JsonNode cells) {
        List<String> texts = new ArrayList<>();
        cells.forEach(cell -> texts.add(cell.isNumber() ? cell.decimalValue().toPlainString() : cell.asString()));
        return texts;
    }
}
