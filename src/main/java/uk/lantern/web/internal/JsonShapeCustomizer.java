package uk.lantern.web.internal;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * Corrects two things the generated schemas say that Lantern's JSON never does: an element of a list is never null
 * (only a member of an object can be, see {@link NullablePropertyCustomizer}), and a member declared as a plain Java
 * {@code Object}, such as a disclosure-controlled figure that is a number or a symbol, is any JSON value rather than
 * an object.
 */
@Component
class JsonShapeCustomizer implements OpenApiCustomizer {

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getComponents() != null && openApi.getComponents().getSchemas() != null) {
            openApi.getComponents().getSchemas().values().forEach(JsonShapeCustomizer::correct);
        }
    }

    private static void correct(Schema<?> schema) {
        Map<String, Schema> properties = schema.getProperties();
        if (properties != null) {
            properties.replaceAll((name, property) -> anyValueIfPlainObject(property));
            properties.values().forEach(JsonShapeCustomizer::correct);
        }
        Schema<?> items = schema.getItems();
        if (items != null) {
            schema.setItems(anyValueIfPlainObject(notNull(items)));
            correct(schema.getItems());
        }
    }

    private static Schema notNull(Schema<?> element) {
        List<Schema> anyOf = element.getAnyOf();
        if (anyOf != null && anyOf.size() == 2 && NullablePropertyCustomizer.NULL.equals(anyOf.get(1))) {
            return anyOf.get(0);
        }
        return element.nullable(null);
    }

    private static Schema anyValueIfPlainObject(Schema<?> schema) {
        boolean plainObject = "object".equals(schema.getType()) && schema.getProperties() == null
                && schema.getAdditionalProperties() == null && schema.get$ref() == null;
        return plainObject ? new Schema<>().nullable(schema.getNullable()).description(schema.getDescription())
                : schema;
    }
}
