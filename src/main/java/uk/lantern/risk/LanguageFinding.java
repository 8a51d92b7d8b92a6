package uk.lantern.risk;

/**
 * One phrase in a text that may blame a child for their own abuse, with what to write instead.
 *
 * @param matchedText the text as written
 * @param start       offset of its first character in the checked text (UTF-16 units, as in Java and JavaScript)
 * @param end         offset just after its last character
 * @param phrase      the listed phrase it matched, for example "putting herself / himself / themselves at risk"
 * @param suggestion  wording to consider instead
 * @param reason      why the phrase can harm the child
 */
public record LanguageFinding(String matchedText, int start, int end, String phrase, String suggestion,
                              String reason) {
}
