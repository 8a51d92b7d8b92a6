package uk.lantern.support;

import java.util.List;
import java.util.regex.Pattern;

/** The links a rendered page offers, as a browser would follow them. */
public final class PageLinks {

    private static final Pattern HREF = Pattern.compile("href=\"([^\"]+)\"");

    private PageLinks() {
    }

    /** Every link target on the page that contains {@code part}, with HTML entities in it decoded. */
    public static List<String> containing(String html, String part) {
        return HREF.matcher(html).results().map(match -> match.group(1).replace("&amp;", "&"))
                .filter(href -> href.contains(part)).toList();
    }
}
