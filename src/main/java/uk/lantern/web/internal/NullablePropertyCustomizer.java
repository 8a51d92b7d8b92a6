package uk.lantern.web.internal;

import java.lang.annotation.Annotation;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.ComposedSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import org.springdoc.core.customizers.PropertyCustomizer;
import org.springframework.stereotype.Component;

/**
 * Marks every property that can be JSON null as {@code nullable}. Lantern writes nulls out rather than leaving the
 * member away, so a reader must know which members can hold one: every object, string, number or date member can,
 * except one that a request must carry ({@code @NotNull}, {@code @NotBlank}, {@code @NotEmpty}). A primitive
 * (int, boolean, double) never can, and a list or map is empty rather than null.
 */
@Component
class NullablePropertyCustomizer implements PropertyCustomizer {

    private static final Set<Class<? extends Annotation>> REQUIRED = Set.of(NotNull.class, NotBlank.class,
            NotEmpty.class);

    /** The schema that only null matches. */
    static final Schema<?> NULL = new ObjectSchema().nullable(true)._enum(Collections.singletonList(null));

    @Override
    public Schema customize(Schema property, AnnotatedType type) {
        if (type.getType() == null || !canBeNull(type)) {
            return property;
        }
        if (property.get$ref() != null) {
            // OpenAPI 3.0 ignores every sibling of a $ref, and nullable only widens a type given beside it, so a
            // nullable object is "that object, or null" spelt out.
            return new ComposedSchema().anyOf(List.of(new Schema<>().$ref(property.get$ref()), NULL))
                    .description(property.getDescription());
        }
        return property.nullable(true);
    }

    private static boolean canBeNull(AnnotatedType type) {
        var javaType = Json.mapper().constructType(type.getType());
        if (javaType.isPrimitive() || javaType.isContainerType() || javaType.isArrayType()) {
            return false;
        }
        Annotation[] annotations = type.getCtxAnnotations() == null ? new Annotation[0] : type.getCtxAnnotations();
        return Arrays.stream(annotations).noneMatch(annotation -> REQUIRED.contains(annotation.annotationType()));
    }
}
