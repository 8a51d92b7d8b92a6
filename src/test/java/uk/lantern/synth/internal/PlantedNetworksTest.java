package uk.lantern.synth.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The planted networks can be found from the records alone, as the ground truth says, and the noise does not blur
 * them: unrelated adults never meet a child or a network's things, and no two networks share a thing.
 */
class PlantedNetworksTest {

    @Test
    void everyPlantedSuspectIsASuspectInAReportThatNamesOneOfTheNetworksChildren() {
        Intelligence intelligence = new Intelligence(Bundles.fiveThousandChildren());
        List<String> unfound = new ArrayList<>();
        for (JsonNode network : intelligence.bundle.networks()) {
            Set<String> children = ids(network.get("children"));
            for (JsonNode suspect : network.get("suspects")) {
                String adult = suspect.get("id").asString();
                boolean found = intelligence.reports.stream().anyMatch(report -> report.suspects.contains(adult)
                        && report.victims.stream().anyMatch(children::contains));
                if (!found) {
                    unfound.add(adult);
                }
            }
        }
        assertThat(unfound).isEmpty();
    }

    @Test
    void everyNetworkLinksTwoOrMoreSuspectsToTwoOrMoreChildren() {
        Intelligence intelligence = new Intelligence(Bundles.fiveThousandChildren());
        assertThat(intelligence.bundle.networks()).hasSizeGreaterThan(50);
        for (JsonNode network : intelligence.bundle.networks()) {
            assertThat(network.get("suspects").size()).isBetween(2, 6);
            assertThat(intelligence.linkedChildren(network)).as(network.get("id").asString()).hasSizeGreaterThan(1);
        }
    }

    @Test
    void theDemoTownHoldsAtLeastTwoNetworksWithTwoSuspectsAndTwoLinkedChildren() {
        Intelligence intelligence = new Intelligence(Bundles.demoTown());
        long found = intelligence.bundle.networks().stream()
                .filter(network -> network.get("suspects").size() >= 2)
                .filter(network -> intelligence.linkedChildren(network).size() >= 2)
                .count();
        assertThat(found).isGreaterThanOrEqualTo(2);
    }

    @Test
    void childrenAndReportsNameExactlyTheSameVehiclesPhonesAndPlaces() {
        Intelligence intelligence = new Intelligence(Bundles.fiveThousandChildren());
        int meetings = 0;
        for (JsonNode network : intelligence.bundle.networks()) {
            Set<String> things = intelligence.thingsOf(network);
            assertThat(intelligence.namedByReports).as(network.get("id").asString()).containsAll(things);
            for (String child : ids(network.get("children"))) {
                for (String mentioned : intelligence.mentionsByChild.getOrDefault(child, Set.of())) {
                    if (things.contains(mentioned)) {
                        meetings++;
                    }
                }
            }
        }
        assertThat(meetings).isGreaterThan(200);
        Set<String> mentionedVehiclesAndPhones = new HashSet<>();
        intelligence.bundle.networks().forEach(network -> ids(network.get("children")).forEach(child ->
                intelligence.mentionsByChild.getOrDefault(child, Set.of()).stream()
                        .filter(thing -> thing.startsWith("vehicle|") || thing.startsWith("phone|"))
                        .forEach(mentionedVehiclesAndPhones::add)));
        assertThat(intelligence.namedByReports).containsAll(mentionedVehiclesAndPhones);
    }

    @Test
    void unrelatedAdultsNeverMeetAChildOrANetworksThings() {
        Intelligence intelligence = new Intelligence(Bundles.fiveThousandChildren());
        Set<String> networkThings = new HashSet<>();
        intelligence.bundle.networks().forEach(network -> networkThings.addAll(intelligence.thingsOf(network)));
        Set<String> unrelated = new HashSet<>();
        intelligence.bundle.truePersons().stream()
                .filter(person -> !person.get("plantedSuspect").asBoolean())
                .forEach(person -> unrelated.add(person.get("id").asString()));
        List<Report> aboutUnrelated = intelligence.reports.stream()
                .filter(report -> report.people.stream().anyMatch(unrelated::contains)).toList();
        assertThat(aboutUnrelated).hasSizeGreaterThan(300);
        assertThat(aboutUnrelated).allSatisfy(report -> {
            assertThat(report.victims).isEmpty();
            assertThat(report.things).doesNotContainAnyElementsOf(networkThings);
            assertThat(report.people).doesNotContainAnyElementsOf(intelligence.plantedSuspects);
        });
        Set<String> childrenMention = new HashSet<>();
        intelligence.mentionsByChild.values().forEach(childrenMention::addAll);
        assertThat(intelligence.reports).filteredOn(report -> !report.suspects.isEmpty()
                        && report.suspects.stream().noneMatch(intelligence.plantedSuspects::contains))
                .allSatisfy(report -> assertThat(report.things).doesNotContainAnyElementsOf(childrenMention));
    }

    @Test
    void networksShareNoVehiclePhoneOrPlace() {
        Intelligence intelligence = new Intelligence(Bundles.fiveThousandChildren());
        Map<String, String> owner = new HashMap<>();
        for (JsonNode network : intelligence.bundle.networks()) {
            for (String thing : intelligence.thingsOf(network)) {
                String earlier = owner.put(thing, network.get("id").asString());
                assertThat(earlier).as(thing).isNull();
            }
        }
    }

    @Test
    void someSuspectsAreRecordedByAnotherAgencyAndThoseRecordsDifferFromTheTruth() {
        Bundles.Bundle bundle = Bundles.fiveThousandChildren();
        List<JsonNode> members = bundle.truePersons().stream()
                .filter(person -> person.get("kind").asString().equals("NETWORK_MEMBER")).toList();
        List<JsonNode> recordedTwice = members.stream().filter(person -> person.get("records").size() > 1).toList();
        assertThat((double) recordedTwice.size() / members.size()).isBetween(0.15, 0.5);
        Set<String> systems = new HashSet<>();
        for (JsonNode person : recordedTwice) {
            JsonNode records = person.get("records");
            for (int i = 1; i < records.size(); i++) {
                systems.add(records.get(i).get("sourceSystem").asString());
                assertThat(records.get(i).get("variations").size()).isPositive();
            }
        }
        assertThat(systems).contains("syp-niche-seed2026", "gmp-niche-seed2026", "rochdale-lcs-seed2026",
                "oldham-lcs-seed2026", "rotherham-lcs-seed2026");
    }

    private static Set<String> ids(JsonNode array) {
        Set<String> ids = new HashSet<>();
        array.forEach(id -> ids.add(id.asString()));
        return ids;
    }

    /** One report as analysis sees it: true adults and children, and things by their normalised keys. */
    private record Report(Set<String> suspects, Set<String> people, Set<String> victims, Set<String> things) {
    }

    /**
     * The intelligence of a bundle resolved to the truth: which true adult or child each subject is, and each
     * vehicle, phone and place by the key Lantern holds it under, as children's mentions are.
     */
    private static final class Intelligence {

        final Bundles.Bundle bundle;
        final List<Report> reports = new ArrayList<>();
        final Set<String> namedByReports = new HashSet<>();
        final Map<String, Set<String>> mentionsByChild = new HashMap<>();
        final Set<String> plantedSuspects = new HashSet<>();

        Intelligence(Bundles.Bundle bundle) {
            this.bundle = bundle;
            Map<String, JsonNode> records = bundle.byKey();
            Map<String, String> adultOf = new HashMap<>();
            bundle.truePersons().forEach(person -> person.get("records").forEach(record -> adultOf.put(
                    Bundles.key(record), person.get("id").asString())));
            bundle.networks().forEach(network -> network.get("suspects").forEach(suspect ->
                    plantedSuspects.add(suspect.get("id").asString())));
            Map<String, String> childOf = new HashMap<>();
            bundle.trueChildren().forEach(child -> child.get("records").forEach(record -> childOf.put(
                    Bundles.key(record), child.get("id").asString())));
            bundle.ofType("intel_report").forEach(json -> {
                Report report = new Report(new HashSet<>(), new HashSet<>(), new HashSet<>(), new HashSet<>());
                for (JsonNode subject : json.get("subjects")) {
                    String key = Bundles.key(subject.get("subject"), json);
                    String type = subject.get("subject").get("recordType").asString();
                    switch (type) {
                        case "person" -> {
                            report.people().add(adultOf.get(key));
                            if ("SUSPECT".equals(Bundles.text(subject, "role"))) {
                                report.suspects().add(adultOf.get(key));
                            }
                        }
                        case "child" -> report.victims().add(childOf.get(key));
                        default -> report.things().add(thingKey(records.get(key), json));
                    }
                }
                namedByReports.addAll(report.things());
                reports.add(report);
            });
            bundle.ofType("missing_episode").forEach(episode -> {
                String child = childOf.get(Bundles.key(episode.get("child"), episode));
                String area = records.get(Bundles.key(episode.get("child"), episode)).get("areaCode").asString();
                if (episode.has("vehiclesSeen")) {
                    episode.get("vehiclesSeen").forEach(vehicle -> mention(child, "vehicle|"
                            + registration(vehicle.asString())));
                }
                if (episode.has("foundLocation")) {
                    mention(child, place(episode.get("foundLocation").asString(), area));
                }
            });
            bundle.ofType("return_interview").filter(interview -> interview.has("mentions")).forEach(interview -> {
                JsonNode episode = records.get(Bundles.key(interview.get("episode"), interview));
                String childKey = Bundles.key(episode.get("child"), episode);
                String area = records.get(childKey).get("areaCode").asString();
                for (JsonNode mention : interview.get("mentions")) {
                    String value = mention.get("value").asString();
                    switch (mention.get("kind").asString()) {
                        case "VEHICLE" -> mention(childOf.get(childKey), "vehicle|" + registration(value));
                        case "PHONE" -> mention(childOf.get(childKey), "phone|" + phone(value));
                        case "PLACE" -> mention(childOf.get(childKey), place(value, area));
                        default -> {
                        }
                    }
                }
            });
        }

        private void mention(String child, String thing) {
            mentionsByChild.computeIfAbsent(child, unused -> new HashSet<>()).add(thing);
        }

        /** The network's children named as victims with its suspects, or who mention things its reports name. */
        Set<String> linkedChildren(JsonNode network) {
            Set<String> suspects = new HashSet<>();
            network.get("suspects").forEach(suspect -> suspects.add(suspect.get("id").asString()));
            Set<String> children = ids(network.get("children"));
            Set<String> things = thingsOf(network);
            Set<String> linked = new HashSet<>();
            reports.stream().filter(report -> report.suspects().stream().anyMatch(suspects::contains))
                    .forEach(report -> report.victims().stream().filter(children::contains).forEach(linked::add));
            for (String child : children) {
                if (mentionsByChild.getOrDefault(child, Set.of()).stream().anyMatch(things::contains)) {
                    linked.add(child);
                }
            }
            return linked;
        }

        Set<String> thingsOf(JsonNode network) {
            String area = network.get("areaCode").asString();
            Set<String> things = new HashSet<>();
            network.get("vehicles").forEach(vehicle -> things.add("vehicle|" + registration(vehicle.asString())));
            network.get("phones").forEach(phone -> things.add("phone|" + phone(phone.asString())));
            network.get("places").forEach(place -> things.add(place(place.asString(), area)));
            return things;
        }

        private static String thingKey(JsonNode thing, JsonNode report) {
            return switch (thing.get("type").asString()) {
                case "vehicle" -> "vehicle|" + registration(thing.get("registration").asString());
                case "phone" -> "phone|" + phone(thing.get("number").asString());
                case "location" -> thing.has("postcode")
                        ? "location|" + thing.get("address").asString().toLowerCase(Locale.ROOT) + "|"
                                + thing.get("postcode").asString()
                        : place(thing.get("address").asString(), thing.get("areaCode").asString());
                default -> "organisation|" + thing.get("name").asString().toLowerCase(Locale.ROOT) + "|"
                        + force(thing.get("areaCode").asString());
            };
        }

        private static String registration(String text) {
            return text.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
        }

        private static String phone(String text) {
            String digits = text.replaceAll("[^0-9]", "");
            return digits.startsWith("0") ? "44" + digits.substring(1) : digits;
        }

        /** Lantern keys a place without a postcode by its description and the police force area. */
        private static String place(String description, String areaCode) {
            return "location|" + description.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ") + "|"
                    + force(areaCode);
        }

        private static String force(String areaCode) {
            return Arrays.stream(Town.values()).filter(town -> town.areaCode().equals(areaCode)).findFirst()
                    .orElseThrow().force().name();
        }
    }
}
