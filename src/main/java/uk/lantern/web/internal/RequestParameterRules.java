package uk.lantern.web.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import uk.lantern.identity.InvalidInputException;
import uk.lantern.runtime.StorableText;

/**
 * Checks every form field and query parameter before any handler binds it, for pages and the API alike: text must be
 * storable ({@link StorableText}), and an indexed field such as {@code children[5000].firstName} may not reach past
 * what any form holds, since binding would otherwise build a list that long. Either is a 400 naming the field.
 */
@Configuration(proxyBeanMethods = false)
class RequestParameterRules implements WebMvcConfigurer, HandlerInterceptor {

    /** No form repeats anything this often; the referral form, for one, names at most 20 children. */
    static final int MOST_REPEATS = 100;
    private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        request.getParameterMap().forEach((name, values) -> {
            String nameProblem = StorableText.problem(name);
            if (nameProblem != null) {
                throw new InvalidInputException("request", "A field name " + nameProblem);
            }
            checkIndexes(name);
            for (String value : values) {
                String problem = StorableText.problem(value);
                if (problem != null) {
                    throw new InvalidInputException(name, name + " " + problem);
                }
            }
        });
        return true;
    }

    private static void checkIndexes(String name) {
        Matcher index = INDEX.matcher(name);
        while (index.find()) {
            String digits = index.group(1);
            if (digits.length() > 9 || Integer.parseInt(digits) >= MOST_REPEATS) {
                throw new InvalidInputException(name, name + " is past the end of the form: it holds at most "
                        + MOST_REPEATS + " of these");
            }
        }
    }
}
