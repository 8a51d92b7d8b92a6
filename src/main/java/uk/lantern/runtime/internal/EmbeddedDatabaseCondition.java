package uk.lantern.runtime.internal;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/** Matches when no external database URL is configured, by property or by the SPRING_DATASOURCE_URL variable. */
class EmbeddedDatabaseCondition implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return !externalDatabaseConfigured(context.getEnvironment());
    }

    static boolean externalDatabaseConfigured(Environment environment) {
        return StringUtils.hasText(environment.getProperty("spring.datasource.url"));
    }
}
