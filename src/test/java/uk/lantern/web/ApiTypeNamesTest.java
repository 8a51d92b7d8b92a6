package uk.lantern.web;

import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI description names each schema after its Java type's simple name, so two API types with one simple name
 * in different modules would share one schema and one of them would be described wrongly. Every type reachable from
 * a request body or a response of a REST controller must therefore have a simple name of its own.
 */
class ApiTypeNamesTest {

    private static final String LANTERN = "uk.lantern.";

    @Test
    void everyApiTypeHasASimpleNameOfItsOwn() {
        Map<String, Set<String>> typesBySimpleName = new TreeMap<>();
        for (Class<?> type : apiTypes()) {
            typesBySimpleName.computeIfAbsent(type.getSimpleName(), name -> new TreeSet<>()).add(type.getName());
        }
        typesBySimpleName.values().removeIf(types -> types.size() == 1);

        assertThat(typesBySimpleName).as("API types that share a simple name, and so an OpenAPI schema").isEmpty();
    }

    @Test
    void theWalkReachesNestedRequestAndResponseTypes() {
        // Guards the walk itself: these are reached only through a request body, a generic list and a record.
        assertThat(apiTypes()).extracting(Class::getSimpleName)
                .contains("SignInTokenRequest", "SubjectView", "NetworkSubjectView");
    }

    private static Set<Class<?>> apiTypes() {
        Set<Class<?>> reached = new HashSet<>();
        for (Class<?> controller : restControllers()) {
            for (Method method : controller.getDeclaredMethods()) {
                if (!AnnotatedElementUtils.hasAnnotation(method, RequestMapping.class)) {
                    continue;
                }
                walk(method.getGenericReturnType(), reached);
                for (var parameter : method.getParameters()) {
                    if (parameter.isAnnotationPresent(RequestBody.class)) {
                        walk(parameter.getParameterizedType(), reached);
                    }
                }
            }
        }
        return reached;
    }

    private static Set<Class<?>> restControllers() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(RestController.class));
        Set<Class<?>> controllers = new HashSet<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents("uk.lantern")) {
            controllers.add(ClassUtils.resolveClassName(candidate.getBeanClassName(), null));
        }
        assertThat(controllers).as("REST controllers found").hasSizeGreaterThan(10);
        return controllers;
    }

    /** Follows generics, arrays, record components and fields into every Lantern type a JSON body can carry. */
    private static void walk(Type type, Set<Class<?>> reached) {
        if (type instanceof ParameterizedType parameterized) {
            walk(parameterized.getRawType(), reached);
            Arrays.stream(parameterized.getActualTypeArguments()).forEach(argument -> walk(argument, reached));
        } else if (type instanceof GenericArrayType array) {
            walk(array.getGenericComponentType(), reached);
        } else if (type instanceof WildcardType wildcard) {
            Arrays.stream(wildcard.getUpperBounds()).forEach(bound -> walk(bound, reached));
        } else if (type instanceof Class<?> plain) {
            if (plain.isArray()) {
                walk(plain.getComponentType(), reached);
            } else if (plain.getName().startsWith(LANTERN) && reached.add(plain)) {
                walkMembers(plain, reached);
            }
        }
    }

    private static void walkMembers(Class<?> type, Set<Class<?>> reached) {
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                walk(component.getGenericType(), reached);
            }
        } else if (!type.isEnum()) {
            for (Field field : type.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers())) {
                    walk(field.getGenericType(), reached);
                }
            }
        }
    }
}
