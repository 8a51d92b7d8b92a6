package uk.lantern.synth.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The values of an intelligence template's placeholders ({@code {suspect}}, {@code {place}}, ...). A template that
 * names a placeholder without a value is a mistake in the word lists, so it fails loudly rather than print braces.
 */
final class Placeholders {

    private final Map<String, String> values = new LinkedHashMap<>();

    Placeholders with(String name, String value) {
        if (value != null) {
            values.put("{" + name + "}", value);
        }
        return this;
    }

    String fill(String template) {
        String text = template;
        for (Map.Entry<String, String> value : values.entrySet()) {
            text = text.replace(value.getKey(), value.getValue());
        }
        if (text.indexOf('{') >= 0) {
            throw new IllegalStateException("A placeholder has no value in: " + template);
        }
        return text;
    }
}
