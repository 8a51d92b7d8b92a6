package uk.lantern.risk.internal;

import java.util.regex.Pattern;

/**
 * A phrase the language check flags, compiled to match whole words only and without regard to case.
 *
 * @param phrase     the phrase as people will recognise it, for example "putting herself / himself at risk"
 * @param pattern    the compiled pattern that finds it and its variants
 * @param suggestion what to write instead
 * @param reason     why the phrase blames or harms the child
 */
public record FlaggedPhrase(String phrase, Pattern pattern, String suggestion, String reason) {
}
