package uk.lantern.notification.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import uk.lantern.identity.InvalidInputException;
import uk.lantern.identity.InvalidInputException.FieldError;
import uk.lantern.notification.Notice;

/** What a notice and an email address must look like before anything is queued. */
final class NoticeRules {

    static final int MAX_SUBJECT_LENGTH = 200;
    static final int MAX_BODY_LENGTH = 10_000;
    static final int MAX_LINK_LENGTH = 2_000;
    static final int MAX_REFERENCE_LENGTH = 100;
    static final int MAX_EMAIL_LENGTH = 254;

    // One plain address: no display name, no list, nothing that mail headers would read as structure.
    private static final String ADDRESS_PART = "[^@\\s,;:<>()\\[\\]\"]+";
    private static final Pattern EMAIL = Pattern.compile(ADDRESS_PART + "@" + ADDRESS_PART + "\\." + ADDRESS_PART);
    // A path inside Lantern. "//host" and "/\host" are rejected because browsers read them as another site.
    private static final Pattern LINK = Pattern.compile("/|/[^/\\\\\\s]\\S*");

    private NoticeRules() {
    }

    /** A notice that has passed the rules: trimmed, with empty optional parts as null and a null body as empty. */
    record ValidNotice(String subject, String body, String link, String reference) {
    }

    static ValidNotice validate(Notice notice) {
        if (notice == null) {
            throw new InvalidInputException("subject", "Enter a subject");
        }
        List<FieldError> errors = new ArrayList<>();
        String subject = trimmed(notice.subject());
        if (subject.isEmpty()) {
            errors.add(new FieldError("subject", "Enter a subject"));
        } else if (subject.length() > MAX_SUBJECT_LENGTH) {
            errors.add(new FieldError("subject", "Subject must be " + MAX_SUBJECT_LENGTH + " characters or fewer"));
        } else if (subject.contains("\n") || subject.contains("\r")) {
            errors.add(new FieldError("subject", "Subject must be one line"));
        }
        String body = notice.body() == null ? "" : notice.body().strip();
        if (body.length() > MAX_BODY_LENGTH) {
            errors.add(new FieldError("body", "Body must be " + MAX_BODY_LENGTH + " characters or fewer"));
        }
        String link = trimmed(notice.link());
        if (link.length() > MAX_LINK_LENGTH) {
            errors.add(new FieldError("link", "Link must be " + MAX_LINK_LENGTH + " characters or fewer"));
        } else if (!link.isEmpty() && !LINK.matcher(link).matches()) {
            errors.add(new FieldError("link", "Link must be a path inside Lantern, like /referrals/123"));
        }
        String reference = trimmed(notice.reference());
        if (reference.length() > MAX_REFERENCE_LENGTH) {
            errors.add(new FieldError("reference", "Reference must be " + MAX_REFERENCE_LENGTH
                    + " characters or fewer"));
        } else if (reference.contains("\n") || reference.contains("\r")) {
            errors.add(new FieldError("reference", "Reference must be one line"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new ValidNotice(subject, body, emptyAsNull(link), emptyAsNull(reference));
    }

    /** The address, trimmed, or an {@link InvalidInputException} naming {@code email}. */
    static String validEmail(String address) {
        String email = trimmed(address);
        if (email.isEmpty()) {
            throw new InvalidInputException("email", "Enter an email address");
        }
        if (email.length() > MAX_EMAIL_LENGTH) {
            throw new InvalidInputException("email", "Email address must be " + MAX_EMAIL_LENGTH
                    + " characters or fewer");
        }
        if (!EMAIL.matcher(email).matches()) {
            throw new InvalidInputException("email", "Enter an email address in the correct format, like "
                    + "name@example.org");
        }
        return email;
    }

    static boolean isValidEmail(String address) {
        try {
            validEmail(address);
            return true;
        } catch (InvalidInputException invalid) {
            return false;
        }
    }

    private static String trimmed(String text) {
        return text == null ? "" : text.strip();
    }

    private static String emptyAsNull(String text) {
        return text.isEmpty() ? null : text;
    }
}
