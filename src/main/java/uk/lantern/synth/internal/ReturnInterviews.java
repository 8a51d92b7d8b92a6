package uk.lantern.synth.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import uk.lantern.synth.internal.Interchange.Mention;
import uk.lantern.synth.internal.Interchange.Ref;
import uk.lantern.synth.internal.Interchange.ReturnInterviewRecord;

/**
 * Return home interviews by children's social care after a child comes back. Most are completed, most of those
 * within the 72 hours the guidance sets; some children decline, and some interviews are only offered so far. When a
 * child was with a network, the findings name its people, places, cars and phones as structured mentions. Children
 * who are not linked to a network sometimes name the town's busy public places, which link nobody to exploitation.
 */
final class ReturnInterviews {

    static final Duration DUE_WITHIN = Duration.ofHours(72);
    /** The share of completed interviews with children who are not linked to a network that name a busy place. */
    static final double SHARED_PLACE_SHARE = 0.3;
    private static final Weighted<String> STATUS = Weighted.<String>builder()
            .add("COMPLETED", 0.72).add("DECLINED", 0.14).add("OFFERED", 0.14).build();

    private final World world;
    private final Wordings wordings;

    ReturnInterviews(World world) {
        this.world = world;
        this.wordings = new Wordings(world);
    }

    Optional<ReturnInterviewRecord> interview(TrueChild child, PlannedEpisode episode, Ref episodeRecord,
                                              String recordedFirstName, Dice dice) {
        Instant returned = episode.returnedAt();
        if (returned == null || dice.chance(0.08)) {
            return Optional.empty();
        }
        Instant offeredAt = daytime(returned.plus(Duration.ofMinutes(dice.between(120, 30 * 60))), dice);
        if (offeredAt.isAfter(world.now())) {
            return Optional.empty();
        }
        boolean recent = returned.isAfter(world.now().minus(Duration.ofDays(5)));
        String status = recent && dice.chance(0.5) ? "OFFERED" : STATUS.pick(dice);
        Instant completedAt = null;
        if ("COMPLETED".equals(status)) {
            completedAt = dice.chance(0.15)
                    ? returned.plus(DUE_WITHIN).plus(Duration.ofMinutes(dice.between(60, 7 * 24 * 60)))
                    : offeredAt.plus(Duration.ofMinutes(dice.betweenLong(30,
                            Math.max(30, Duration.between(offeredAt, returned.plus(DUE_WITHIN)).toMinutes() - 1))));
            completedAt = daytime(completedAt, dice);
            if (completedAt.isAfter(world.now())) {
                status = "OFFERED";
                completedAt = null;
            }
        }
        SynthAgency socialCare = world.agencies().socialCare(child.town());
        String sourceId = String.format("RHI-%07d-%d", child.index(), episode.ordinal());
        Sentences.Wording wording = wordings.about(child, recordedFirstName, dice);
        String findings = null;
        List<Mention> mentions = null;
        String declinedReason = null;
        if ("COMPLETED".equals(status)) {
            boolean disclosesNetwork = episode.withNetwork() && dice.chance(0.7);
            findings = findings(disclosesNetwork, wording, dice);
            mentions = disclosesNetwork ? mentions(findings, wording, dice) : null;
            if (child.network() == null && dice.chance(SHARED_PLACE_SHARE)) {
                Sentences.Wording there = wording.at(dice.oneOf(world.sharedPlaces(child.town())).description());
                findings = findings + " " + world.sentences().pick("return.finding.shared-place", dice, there);
                mentions = List.of(new Mention("PLACE", there.place(),
                        world.sentences().pick("mention.shared-place", dice, there)));
            }
        } else if ("DECLINED".equals(status)) {
            declinedReason = world.sentences().pick("return.declined", dice, wording);
        }
        return Optional.of(new ReturnInterviewRecord("return_interview", socialCare.system(), sourceId,
                episodeRecord, status, Clocks.format(offeredAt),
                completedAt == null ? null : Clocks.format(completedAt), declinedReason, findings, mentions));
    }

    /** Workers offer interviews by day: a time in the night moves to the next morning. */
    private static Instant daytime(Instant instant, Dice dice) {
        LocalTime time = instant.atZone(Clocks.LONDON).toLocalTime();
        if (!time.isBefore(LocalTime.of(8, 0)) && time.isBefore(LocalTime.of(20, 0))) {
            return instant;
        }
        LocalDate day = Clocks.localDate(instant);
        LocalDate morning = time.isBefore(LocalTime.of(8, 0)) ? day : day.plusDays(1);
        return Clocks.at(morning, Clocks.timeBetween(dice, LocalTime.of(9, 0), LocalTime.of(12, 0)));
    }

    private String findings(boolean disclosesNetwork, Sentences.Wording wording, Dice dice) {
        Sentences sentences = world.sentences();
        if (!disclosesNetwork) {
            return sentences.pick("return.finding", dice, wording);
        }
        List<String> templates = new ArrayList<>(sentences.section("return.finding.network"));
        if (wording.phone() != null) {
            templates.addAll(sentences.section("return.finding.network.phone"));
        }
        String first = wording.fill(dice.oneOf(templates));
        String second = wording.fill(dice.oneOf(templates));
        return dice.chance(0.5) && !second.equals(first) ? first + " " + second : first;
    }

    /**
     * The adult the child named, and the place, car and phone whenever the findings text names them (and sometimes
     * when the worker noted them down without writing them into the summary).
     */
    private List<Mention> mentions(String findings, Sentences.Wording wording, Dice dice) {
        Sentences sentences = world.sentences();
        List<Mention> mentions = new ArrayList<>();
        mentions.add(new Mention("PERSON", wording.nickname(), sentences.pick("mention.PERSON", dice, wording)));
        if (findings.contains(wording.place()) || dice.chance(0.4)) {
            mentions.add(new Mention("PLACE", wording.place(), sentences.pick("mention.PLACE", dice, wording)));
        }
        if (findings.contains(wording.vehicle()) || dice.chance(0.25)) {
            mentions.add(new Mention("VEHICLE", wording.vehicle(), sentences.pick("mention.VEHICLE", dice, wording)));
        }
        if (wording.phone() != null && (findings.contains(wording.phone()) || dice.chance(0.2))) {
            mentions.add(new Mention("PHONE", wording.phone(), sentences.pick("mention.PHONE", dice, wording)));
        }
        return List.copyOf(mentions);
    }
}
