package uk.lantern.interchange.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import tools.jackson.databind.JsonNode;

import uk.lantern.interchange.RejectedRecord;

/** Checks that every reference in a record points to a record earlier in the file or already imported. */
final class References {

    private References() {
    }

    static List<RejectedRecord> missing(SourceRecord record, Set<String> definedEarlier, KnownKeys keys) {
        List<RejectedRecord> problems = new ArrayList<>();
        JsonNode json = record.json();
        switch (record.type()) {
            case "referral" -> {
                check(record, "agency", json.path("referrer").path("agency"), "referrer.agency", definedEarlier, keys,
                        problems);
                JsonNode children = json.path("children");
                for (int i = 0; i < children.size(); i++) {
                    check(record, "child", children.get(i), "children[" + i + "]", definedEarlier, keys, problems);
                }
            }
            case "decision" -> check(record, "referral", json.path("referral"), "referral", definedEarlier, keys,
                    problems);
            case "missing_episode" -> {
                check(record, "child", json.path("child"), "child", definedEarlier, keys, problems);
                if (json.has("reportingAgency")) {
                    check(record, "agency", json.path("reportingAgency"), "reportingAgency", definedEarlier, keys,
                            problems);
                }
            }
            case "return_interview" -> check(record, "missing_episode", json.path("episode"), "episode",
                    definedEarlier, keys, problems);
            case "intel_report" -> {
                check(record, "agency", json.path("agency"), "agency", definedEarlier, keys, problems);
                JsonNode subjects = json.path("subjects");
                for (int i = 0; i < subjects.size(); i++) {
                    JsonNode subject = subjects.get(i).path("subject");
                    check(record, subject.path("recordType").asString(), subject, "subjects[" + i + "].subject",
                            definedEarlier, keys, problems);
                }
            }
            case "link" -> {
                check(record, "intel_report", json.path("report"), "report", definedEarlier, keys, problems);
                for (String end : new String[] {"from", "to"}) {
                    check(record, json.path(end).path("recordType").asString(), json.path(end), end, definedEarlier,
                            keys, problems);
                }
            }
            default -> {
                // agencies, children, persons, vehicles, phones, locations and organisations refer to nothing
            }
        }
        return problems;
    }

    private static void check(SourceRecord record, String type, JsonNode ref, String field, Set<String> definedEarlier,
                              KnownKeys keys, List<RejectedRecord> problems) {
        String system = ref.has("sourceSystem") ? ref.path("sourceSystem").asString() : record.sourceSystem();
        String id = ref.path("sourceId").asString();
        if (RecordApplier.LANTERN.equals(system)
                || definedEarlier.contains(SourceRecord.key(type, system, id))
                || keys.find(type, system, id).isPresent()) {
            return;
        }
        problems.add(new RejectedRecord(record.line(), field, "No " + type.replace('_', ' ') + " " + system + "/" + id
                + " comes earlier in this file or in an earlier import"));
    }
}
