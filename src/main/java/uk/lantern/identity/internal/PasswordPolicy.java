package uk.lantern.identity.internal;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import me.gosimple.nbvcxz.resources.ConfigurationBuilder;
import me.gosimple.nbvcxz.resources.Dictionary;
import org.springframework.stereotype.Component;

import uk.lantern.identity.IdentityProperties;

/**
 * Passwords as the NCSC advises: a minimum length, no composition rules, and a refusal of passwords that appear on
 * a list of commonly used ones (the 100,000 most common from the nbvcxz library's password dictionary).
 */
@Component
class PasswordPolicy {

    /** BCrypt reads only the first 72 bytes; refusing longer passwords avoids silently ignoring the rest. */
    static final int MAXIMUM_BYTES = 72;

    private final int minimumLength;
    private final Map<String, Integer> commonPasswords;

    PasswordPolicy(IdentityProperties properties) {
        this.minimumLength = properties.minimumPasswordLength();
        this.commonPasswords = ConfigurationBuilder.getDefaultDictionaries().stream()
                .filter(dictionary -> dictionary.getDictionaryName().equals("passwords"))
                .findFirst().map(Dictionary::getDictonary)
                .orElseThrow(() -> new IllegalStateException("The common password list is missing"));
    }

    /** The problem with a proposed password, or empty when it is acceptable. */
    Optional<String> problemWith(String password, String username) {
        if (password == null || password.isEmpty()) {
            return Optional.of("Enter a password");
        }
        if (password.codePointCount(0, password.length()) < minimumLength) {
            return Optional.of("Password must be at least " + minimumLength + " characters");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAXIMUM_BYTES) {
            return Optional.of("Password must be at most " + MAXIMUM_BYTES + " bytes (about 70 letters)");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (commonPasswords.containsKey(lower) || commonPasswords.containsKey(password)) {
            return Optional.of("Password is too common. Try three random words");
        }
        if (username != null && lower.contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of("Password must not contain the username");
        }
        return Optional.empty();
    }
}
