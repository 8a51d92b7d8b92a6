package uk.lantern.casework.internal;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import uk.lantern.deadline.DeadlineKind;
import uk.lantern.ledger.LedgerEntryView;
import uk.lantern.referral.DecisionOutcome;
import uk.lantern.risk.ScreeningLevel;

/**
 * A chronology line in a practitioner's words, from a ledger entry: "Referral LAN-2026-000123 received (urgent, CSE
 * concern); screening: high", not "REFERRAL_RECEIVED", and at the time it happened. An entry recording something that
 * happened before it was recorded (an imported referral, a return reported later) carries that time, and the line
 * takes it. An action not worded here is named in plain words.
 */
final class ChronologyWording {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ChronologyWording() {
    }

    /** When what the entry records happened. */
    static Instant happenedAt(LedgerEntryView entry) {
        JsonNode payload = payload(entry);
        for (String field : new String[] {"receivedAt", "decidedAt", "reportedMissingAt", "returnedAt"}) {
            String text = text(payload, field);
            if (text != null) {
                try {
                    return Instant.parse(text);
                } catch (DateTimeParseException notATime) {
                    break;
                }
            }
        }
        return entry.recordedAt();
    }

    /** What the entry records, as a practitioner would write it. */
    static String say(LedgerEntryView entry) {
        JsonNode payload = payload(entry);
        return switch (entry.action()) {
            case "REFERRAL_RECEIVED" -> "Referral " + text(payload, "reference") + " received ("
                    + lower(text(payload, "urgency")) + (payload.path("cseConcern").asBoolean() ? ", CSE concern" : "")
                    + ")" + optional("; screening: ", screening(firstWord(text(payload, "screening"))))
                    + optional("; sent to ", text(payload, "owningTeam"));
            case "REFERRAL_DECIDED" -> "Referral decided: " + outcome(text(payload, "outcome"))
                    + optional(". Reasons: ", text(payload, "reasons"));
            case "CASE_OPENED" -> "Case " + text(payload, "reference") + " opened for "
                    + outcome(text(payload, "decision")).toLowerCase(Locale.UK) + optional(" on referral ",
                    text(payload, "referral"));
            case "CASE_ASSIGNED" -> "Case allocated" + optional(" to ", text(payload, "worker"));
            case "CHILD_REGISTERED" -> "Child's record created" + optional(" for ", text(payload, "name"));
            case "MISSING_EPISODE_RECORDED" -> "Reported missing";
            case "CHILD_RETURNED" -> "Returned from missing; return home interview due by "
                    + day(text(payload, "interviewDueAt"));
            case "RETURN_INTERVIEW_OFFERED" -> "Return home interview offered";
            case "RETURN_INTERVIEW_COMPLETED" -> "Return home interview completed"
                    + mentions(payload.path("mentions").asInt());
            case "RETURN_INTERVIEW_DECLINED" -> "Return home interview declined";
            case "CHILD_ACCOUNT_LINKED" -> "What the child said linked them to a "
                    + subjectType(text(payload, "to"));
            case "DEADLINE_MET" -> kind(text(payload, "kind")) + (payload.path("onTime").asBoolean()
                    ? " done on time" : " done late");
            case "CASE_FLAGGED_FOR_REVIEW", "CHILD_FLAGGED_REPEAT_MISSING" -> "Flagged for review: "
                    + text(payload, "reason");
            default -> CaseChronology.describe(entry.action());
        };
    }

    private static JsonNode payload(LedgerEntryView entry) {
        try {
            return JSON.readTree(entry.payload() == null ? "{}" : entry.payload());
        } catch (RuntimeException unreadable) {
            return JSON.createObjectNode();
        }
    }

    private static String text(JsonNode payload, String field) {
        JsonNode value = payload.path(field);
        return value.isValueNode() && !value.asString().isBlank() ? value.asString() : null;
    }

    private static String optional(String before, String value) {
        return value == null ? "" : before + value;
    }

    private static String lower(String value) {
        return value == null ? null : value.toLowerCase(Locale.UK);
    }

    private static String firstWord(String value) {
        return value == null ? null : value.split(" ")[0];
    }

    private static String outcome(String code) {
        try {
            return DecisionOutcome.valueOf(code).label();
        } catch (IllegalArgumentException | NullPointerException unknown) {
            return String.valueOf(code);
        }
    }

    private static String screening(String code) {
        try {
            return code == null ? null : ScreeningLevel.valueOf(code).label().toLowerCase(Locale.UK);
        } catch (IllegalArgumentException unknown) {
            return code.toLowerCase(Locale.UK);
        }
    }

    private static String kind(String code) {
        try {
            return DeadlineKind.valueOf(code).label();
        } catch (IllegalArgumentException | NullPointerException unknown) {
            return "Deadline";
        }
    }

    private static String mentions(int count) {
        return count == 0 ? "" : count == 1 ? " (1 thing mentioned)" : " (" + count + " things mentioned)";
    }

    private static String subjectType(String ref) {
        String type = ref == null || !ref.contains(":") ? "subject" : ref.substring(0, ref.indexOf(':'));
        return type.replace('_', ' ');
    }

    private static String day(String instant) {
        try {
            return java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK)
                    .withZone(java.time.ZoneId.of("Europe/London")).format(Instant.parse(instant));
        } catch (RuntimeException unknown) {
            return "unknown";
        }
    }
}
