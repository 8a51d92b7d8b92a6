package uk.lantern.interchange.internal;

/** The name an import is recorded under, from the name a caller gave its file (the API's header, the page's form). */
final class ImportFileNames {

    static final int MAX_LENGTH = 200;

    private ImportFileNames() {
    }

    /** The given name, trimmed and cut to {@link #MAX_LENGTH}, or {@code upload} when none was given. */
    static String of(String given) {
        if (given == null || given.isBlank()) {
            return "upload";
        }
        String name = given.trim();
        return name.length() > MAX_LENGTH ? name.substring(0, MAX_LENGTH) : name;
    }
}
