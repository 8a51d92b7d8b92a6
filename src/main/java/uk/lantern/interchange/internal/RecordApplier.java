package uk.lantern.interchange.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

import uk.lantern.identity.AgencyId;
import uk.lantern.identity.Directory;
import uk.lantern.identity.IdentityAdministration;
import uk.lantern.identity.InvalidInputException;
import uk.lantern.identity.NewAgency;
import uk.lantern.ledger.LedgerActor;
import uk.lantern.intelligence.ImportedIntelLink;
import uk.lantern.intelligence.ImportedIntelReport;
import uk.lantern.intelligence.IntelReportId;
import uk.lantern.intelligence.Intelligence;
import uk.lantern.intelligence.NewIntelReport;
import uk.lantern.intelligence.NewLink;
import uk.lantern.intelligence.NewLocation;
import uk.lantern.intelligence.NewOrganisation;
import uk.lantern.intelligence.NewSubject;
import uk.lantern.intelligence.NewVehicle;
import uk.lantern.intelligence.SubjectRef;
import uk.lantern.intelligence.SubjectType;
import uk.lantern.intelligence.Subjects;
import uk.lantern.missing.EpisodeId;
import uk.lantern.missing.ImportedEpisode;
import uk.lantern.missing.ImportedInterview;
import uk.lantern.missing.MissingEpisodes;
import uk.lantern.missing.NewEpisode;
import uk.lantern.missing.NewMention;
import uk.lantern.people.ChildId;
import uk.lantern.people.ChildInput;
import uk.lantern.people.Children;
import uk.lantern.people.PersonId;
import uk.lantern.people.PersonInput;
import uk.lantern.people.Persons;
import uk.lantern.referral.DecisionOutcome;
import uk.lantern.referral.ExternalDecision;
import uk.lantern.referral.ExternalReferral;
import uk.lantern.referral.LawfulBasis;
import uk.lantern.referral.ReferralId;
import uk.lantern.referral.Referrals;
import uk.lantern.referral.Urgency;

/**
 * Stores interchange records through the owning modules' APIs, so imported records obey exactly the rules of
 * records entered by hand, and returns the Lantern ids they were stored under: children, adults, referrals,
 * decisions, missing episodes and return interviews many at a time through each module's batch method, other
 * records one at a time.
 */
@Component
class RecordApplier {

    /** References to {@code sourceSystem: "lantern"} name a Lantern id directly, for records that exist already. */
    static final String LANTERN = "lantern";

    private final Directory directory;
    private final IdentityAdministration administration;
    private final Children children;
    private final Persons persons;
    private final Referrals referrals;
    private final MissingEpisodes missing;
    private final Subjects subjects;
    private final Intelligence intelligence;

    RecordApplier(Directory directory, IdentityAdministration administration, Children children,
                  Persons persons, Referrals referrals, MissingEpisodes missing, Subjects subjects,
                  Intelligence intelligence) {
        this.directory = directory;
        this.administration = administration;
        this.children = children;
        this.persons = persons;
        this.referrals = referrals;
        this.missing = missing;
        this.subjects = subjects;
        this.intelligence = intelligence;
    }

    UUID apply(LedgerActor by, SourceRecord record, KnownKeys known) {
        JsonNode json = record.json();
        return switch (record.type()) {
            case "agency" -> agency(by, json);
            case "vehicle" -> subjects.registerVehicle(by, new NewVehicle(text(json, "registration"),
                    text(json, "make"), text(json, "model"), text(json, "colour")), "").id();
            case "phone" -> subjects.registerPhone(by, text(json, "number"), "").id();
            case "location" -> subjects.registerLocation(by, new NewLocation(text(json, "address"),
                    text(json, "postcode"), text(json, "locationType"), text(json, "areaCode")), "").id();
            case "organisation" -> subjects.registerOrganisation(by, new NewOrganisation(text(json, "name"),
                    text(json, "organisationType"), text(json, "areaCode")), "").id();
            default -> throw new InvalidInputException("type", "Unknown record type '" + record.type() + "'");
        };
    }

    /** Record types stored many at a time, through the owning module's batch method. */
    static boolean storedInBatches(String type) {
        return batchGroup(type) != null;
    }

    /**
     * Which records may wait in one batch with a record of this type. Children and adults refer to nothing, so they
     * share one; a type that refers to others is batched only with its own type (no type refers to its own), so that
     * whatever a record refers to has been written before it.
     */
    static String batchGroup(String type) {
        return switch (type) {
            case "child", "person" -> "people";
            case "referral", "decision", "missing_episode", "return_interview", "intel_report", "link" -> type;
            default -> null;
        };
    }

    /** Record types that a later import updates when their content changes (docs/import-format.md). */
    static boolean updatable(String type) {
        return "child".equals(type) || "person".equals(type);
    }

    /**
     * Stores records of one type that is {@link #storedInBatches stored in batches}, returning their Lantern ids in
     * order. Validation errors name the record by its place in the list, as in {@code [3].nhsNumber}.
     */
    List<UUID> applyAll(LedgerActor by, String type, List<SourceRecord> records, KnownKeys known) {
        return switch (type) {
            case "child" -> children.registerAll(by, records.stream().map(record -> childInput(record.json()))
                    .toList()).stream().map(ChildId::value).toList();
            case "person" -> persons.registerAll(by, records.stream().map(record -> personInput(record.json()))
                    .toList()).stream().map(PersonId::value).toList();
            case "referral" -> referrals.receiveAll(by, each(records, record -> externalReferral(record, known)))
                    .stream().map(receipt -> receipt.id().value()).toList();
            case "decision" -> {
                List<ExternalDecision> decisions = each(records, record -> externalDecision(record, known));
                referrals.recordExternalDecisions(by, decisions);
                yield decisions.stream().map(decision -> decision.referral().value()).toList();
            }
            case "missing_episode" -> missing.importEpisodes(by, each(records, record -> importedEpisode(record,
                    known))).stream().map(EpisodeId::value).toList();
            case "return_interview" -> {
                List<ImportedInterview> interviews = each(records, record -> importedInterview(record, known));
                missing.importInterviews(by, interviews);
                yield interviews.stream().map(interview -> interview.episode().value()).toList();
            }
            case "intel_report" -> intelligence.importReports(by, each(records, record -> intelReport(record, known)))
                    .stream().map(IntelReportId::value).toList();
            case "link" -> {
                List<ImportedIntelLink> links = each(records, record -> link(record, known));
                intelligence.importLinks(by, links);
                yield links.stream().map(link -> link.report().value()).toList();
            }
            default -> throw new IllegalArgumentException("Records of type " + type + " are stored one at a time");
        };
    }

    /** Reads each record of a batch; a problem names the record by its place in the batch, as in {@code [3].}. */
    private static <T> List<T> each(List<SourceRecord> records, Function<SourceRecord, T> reader) {
        List<T> read = new ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) {
            try {
                read.add(reader.apply(records.get(i)));
            } catch (InvalidInputException invalid) {
                String prefix = "[" + i + "].";
                throw new InvalidInputException(invalid.errors().stream().map(error ->
                        new InvalidInputException.FieldError(prefix + error.field(), error.message())).toList());
            }
        }
        return read;
    }

    /** Updates an {@link #updatable} record imported before under {@code lanternId}; false when nothing differed. */
    boolean update(LedgerActor by, SourceRecord record, UUID lanternId) {
        return switch (record.type()) {
            case "child" -> children.update(by, new ChildId(lanternId), childInput(record.json()));
            case "person" -> persons.update(by, new PersonId(lanternId),
                    personInput(record.json()));
            default -> throw new IllegalArgumentException("Records of type " + record.type() + " are not updated");
        };
    }

    /** An agency that exists by name is linked, not created again: directories overlap between systems. */
    private UUID agency(LedgerActor by, JsonNode json) {
        String name = json.path("name").asString();
        return directory.agencyNamed(name).map(existing -> existing.id().value())
                .orElseGet(() -> administration.createAgency(by, new NewAgency(name, json.path("agencyType").asString(),
                        json.path("areaCode").asString())).id().value());
    }

    private ExternalReferral externalReferral(SourceRecord record, KnownKeys known) {
        JsonNode json = record.json();
        JsonNode referrer = json.path("referrer");
        List<ChildId> childIds = new ArrayList<>();
        JsonNode refs = json.path("children");
        for (int i = 0; i < refs.size(); i++) {
            childIds.add(new ChildId(resolve(known, record, "child", refs.get(i), "children[" + i + "]")));
        }
        List<String> indicators = new ArrayList<>();
        json.path("indicators").forEach(code -> indicators.add(code.asString()));
        return new ExternalReferral(record.sourceSystem(), record.sourceId(),
                Instant.parse(json.path("receivedAt").asString()), referrer.path("name").asString(),
                new AgencyId(resolve(known, record, "agency", referrer.path("agency"), "referrer.agency")),
                text(referrer, "email"), text(referrer, "phone"), childIds, json.path("concern").asString(),
                json.path("cseConcern").asBoolean(), indicators,
                Urgency.valueOf(json.path("urgency").asString()),
                json.has("lawfulBasis") ? LawfulBasis.valueOf(json.path("lawfulBasis").asString())
                        : LawfulBasis.PUBLIC_TASK);
    }

    private static ExternalDecision externalDecision(SourceRecord record, KnownKeys known) {
        JsonNode json = record.json();
        return new ExternalDecision(new ReferralId(resolve(known, record, "referral", json.path("referral"),
                "referral")), DecisionOutcome.valueOf(json.path("outcome").asString()),
                json.path("reasons").asString(), text(json, "decidedBy"),
                Instant.parse(json.path("decidedAt").asString()), record.sourceSystem(), record.sourceId());
    }

    private static ImportedEpisode importedEpisode(SourceRecord record, KnownKeys known) {
        JsonNode json = record.json();
        ChildId child = new ChildId(resolve(known, record, "child", json.path("child"), "child"));
        List<String> vehicles = new ArrayList<>();
        json.path("vehiclesSeen").forEach(vehicle -> vehicles.add(vehicle.asString()));
        AgencyId reporting = json.has("reportingAgency")
                ? new AgencyId(resolve(known, record, "agency", json.path("reportingAgency"), "reportingAgency")) : null;
        return new ImportedEpisode(child, new NewEpisode(instant(json, "reportedMissingAt"),
                instant(json, "lastSeenAt"), text(json, "lastSeenLocation"), instant(json, "returnedAt"),
                text(json, "foundLocation"), text(json, "foundWith"), vehicles), reporting, record.sourceSystem(),
                record.sourceId());
    }

    private static ImportedInterview importedInterview(SourceRecord record, KnownKeys known) {
        JsonNode json = record.json();
        EpisodeId episode = new EpisodeId(resolve(known, record, "missing_episode", json.path("episode"), "episode"));
        List<NewMention> mentions = new ArrayList<>();
        json.path("mentions").forEach(mention -> mentions.add(new NewMention(mention.path("kind").asString(),
                mention.path("value").asString(), text(mention, "detail"))));
        return new ImportedInterview(episode, json.path("status").asString(), instant(json, "offeredAt"),
                instant(json, "completedAt"), text(json, "declinedReason"), text(json, "findings"), mentions);
    }

    private static ImportedIntelReport intelReport(SourceRecord record, KnownKeys known) {
        JsonNode json = record.json();
        JsonNode grading = json.path("grading");
        List<String> areaCodes = new ArrayList<>();
        json.path("areaCodes").forEach(code -> areaCodes.add(code.asString()));
        List<NewSubject> subjects = new ArrayList<>();
        JsonNode given = json.path("subjects");
        for (int i = 0; i < given.size(); i++) {
            JsonNode subject = given.get(i);
            subjects.add(new NewSubject(null, text(subject, "role"), text(subject, "detail"),
                    subjectRef(known, record, subject.path("subject"), "subjects[" + i + "].subject").toString(),
                    null, null, null, null, null, null));
        }
        return new ImportedIntelReport(new AgencyId(resolve(known, record, "agency", json.path("agency"), "agency")),
                new NewIntelReport(text(json, "informationDate"), areaCodes, text(grading, "scheme"),
                        text(grading, "source"), text(grading, "intelligence"), text(grading, "handling"),
                        text(grading, "conditions"), text(json, "text"), text(json, "sanitisedText"), subjects,
                        List.of()), record.sourceSystem(), record.sourceId());
    }

    private static ImportedIntelLink link(SourceRecord record, KnownKeys known) {
        JsonNode json = record.json();
        IntelReportId report = new IntelReportId(resolve(known, record, "intel_report", json.path("report"),
                "report"));
        return new ImportedIntelLink(report, new NewLink(subjectRef(known, record, json.path("from"), "from"),
                subjectRef(known, record, json.path("to"), "to"), text(json, "linkType"), text(json, "firstSeen"),
                text(json, "lastSeen"), text(json, "detail")), record.sourceSystem(), record.sourceId());
    }

    /** A subject reference names its record type, which is also the subject's type. */
    private static SubjectRef subjectRef(KnownKeys known, SourceRecord record, JsonNode ref, String field) {
        String recordType = ref.path("recordType").asString();
        SubjectType type = SubjectType.parse(recordType)
                .orElseThrow(() -> new InvalidInputException(field + ".recordType", "Unknown record type '"
                        + recordType + "'"));
        return new SubjectRef(type, resolve(known, record, recordType, ref, field));
    }

    private static UUID resolve(KnownKeys known, SourceRecord record, String type, JsonNode ref, String field) {
        String system = ref.has("sourceSystem") ? ref.path("sourceSystem").asString() : record.sourceSystem();
        String id = ref.path("sourceId").asString();
        if (LANTERN.equals(system)) {
            try {
                return UUID.fromString(id);
            } catch (IllegalArgumentException notAnId) {
                throw new InvalidInputException(field, "'" + id + "' is not a Lantern id");
            }
        }
        return known.find(type, system, id).map(ImportKeys.Known::lanternId)
                .orElseThrow(() -> new InvalidInputException(field, "No " + type.replace('_', ' ') + " " + system
                        + "/" + id + " has been imported: it must come earlier in the file or in an earlier import"));
    }

    static ChildInput childInput(JsonNode json) {
        JsonNode ethnicity = json.path("ethnicity");
        List<ChildInput.Address> addresses = new ArrayList<>();
        json.path("addresses").forEach(address -> addresses.add(new ChildInput.Address(text(address, "line1"),
                text(address, "line2"), text(address, "town"), text(address, "postcode"), text(address, "from"),
                text(address, "to"))));
        JsonNode placement = json.path("placement");
        return new ChildInput(text(json, "firstName"), text(json, "surname"), text(json, "dateOfBirth"),
                json.path("dateOfBirthApproximate").asBoolean(false), text(json, "sex"), text(ethnicity, "status"),
                text(ethnicity, "ons2021"), text(ethnicity, "policeSelfDefined"), text(ethnicity, "observed"),
                text(json, "nationality"), text(json, "countryOfBirth"), text(json, "nhsNumber"),
                text(json, "areaCode"), text(json, "school"), aliases(json), addresses,
                placement.isMissingNode() ? null : new ChildInput.Placement(text(placement, "placementType"),
                        text(placement, "providerName"), text(placement, "from")));
    }

    private static List<ChildInput.Alias> aliases(JsonNode json) {
        List<ChildInput.Alias> aliases = new ArrayList<>();
        json.path("aliases").forEach(alias -> aliases.add(new ChildInput.Alias(text(alias, "firstName"),
                text(alias, "surname"))));
        return aliases;
    }

    private static PersonInput personInput(JsonNode json) {
        JsonNode ethnicity = json.path("ethnicity");
        JsonNode address = json.path("addresses").path(0);
        return new PersonInput(text(json, "firstName"), text(json, "surname"), text(json, "dateOfBirth"),
                text(json, "sex"), text(ethnicity, "status"), text(ethnicity, "ons2021"),
                text(ethnicity, "policeSelfDefined"), text(ethnicity, "observed"), text(json, "nationality"),
                text(json, "phone"), text(address, "line1"), text(address, "postcode"), aliases(json));
    }

    static String text(JsonNode json, String field) {
        JsonNode value = json.path(field);
        return value.isMissingNode() || value.isNull() ? null : value.asString();
    }

    private static Instant instant(JsonNode json, String field) {
        String value = text(json, field);
        return value == null ? null : Instant.parse(value);
    }


}
