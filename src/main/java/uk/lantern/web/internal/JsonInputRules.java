package uk.lantern.web.internal;

import java.time.Instant;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.ext.javatime.deser.InstantDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

import uk.lantern.runtime.StorableText;

/**
 * How the API reads JSON: strictly. A number or true/false is not taken as text (a concern of {@code 42} is refused
 * rather than stored as "42"), a fraction is not cut to a whole number ({@code daysValid: 1.5} is refused rather than
 * read as 1), a number is not taken as a date or a time (Jackson would read {@code 12345} as seconds or days since
 * 1970), and text that PostgreSQL cannot store as given ({@link StorableText}) is refused. Each is a 400 naming the
 * field.
 */
@Configuration(proxyBeanMethods = false)
class JsonInputRules {

    @Bean
    JsonMapperBuilderCustomizer strictJsonInput() {
        return builder -> builder
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .withCoercionConfig(LogicalType.Textual, textual -> textual
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.DateTime, dateTime -> dateTime
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail))
                .addModule(new SimpleModule("lantern-storable-text")
                        .addDeserializer(String.class, new StorableStringDeserializer())
                        .addDeserializer(Instant.class, new InstantFromTextDeserializer()));
    }

    /** Reads text as Jackson does, then refuses what cannot be stored, naming the field through the parser's path. */
    static final class StorableStringDeserializer extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            String text = super.deserialize(parser, context);
            String problem = StorableText.problem(text);
            if (problem != null) {
                throw new UnstorableTextException(parser, problem, text);
            }
            return text;
        }
    }

    /**
     * Reads an instant as Jackson does, but only from ISO 8601 text: Jackson's own reader takes any number as seconds
     * since 1970 whatever the coercion rules say.
     */
    static final class InstantFromTextDeserializer extends ValueDeserializer<Instant> {

        @Override
        public Instant deserialize(JsonParser parser, DeserializationContext context) {
            if (parser.currentToken().isNumeric()) {
                return (Instant) context.handleUnexpectedToken(Instant.class, parser);
            }
            return InstantDeserializer.INSTANT.deserialize(parser, context);
        }
    }

    /** Text that cannot be stored; its message is written for the caller and follows the field's name. */
    static final class UnstorableTextException extends InvalidFormatException {

        UnstorableTextException(JsonParser parser, String problem, String text) {
            super(parser, problem, text, String.class);
        }
    }
}
