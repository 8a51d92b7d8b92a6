package uk.lantern.synth.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import uk.lantern.synth.internal.Interchange.MissingEpisodeRecord;
import uk.lantern.synth.internal.Interchange.Ref;

/**
 * Missing episodes, reported by the force for the child's area. Exploited children and children in children's
 * homes go missing far more often, and exploited children's episodes come in clusters: three or more within 90
 * days is common among them, as it is in life. Most children go missing in the evening and are back within a day;
 * a few are away for days.
 *
 * <p>Every place a child was found becomes a place in Lantern, so the record names one only when there is one: a
 * child who came back alone was found nowhere. A child linked to a network is found at the network's places, never
 * at the places many children pass through, which would join networks that have nothing to do with each other.
 */
final class MissingEpisodes {

    private final World world;
    private final Wordings wordings;

    MissingEpisodes(World world) {
        this.world = world;
        this.wordings = new Wordings(world);
    }

    List<PlannedEpisode> plan(TrueChild child, Dice dice) {
        double chance = switch (child.cse()) {
            case HARM -> 0.7;
            case RISK -> 0.55;
            case NONE -> child.inChildrensHome() ? 0.45 : 0.08;
        };
        if (!dice.chance(chance)) {
            return List.of();
        }
        boolean exploited = child.cse().affected();
        int wanted = 1 + dice.geometric(exploited ? 0.6 : 0.3, exploited ? 11 : 4);
        long periodMinutes = Duration.between(world.periodStart(), world.now()).toMinutes();
        Instant cursor = world.periodStart().plus(Duration.ofMinutes(dice.betweenLong(0, periodMinutes - 1)));
        List<PlannedEpisode> episodes = new ArrayList<>();
        for (int ordinal = 1; ordinal <= wanted; ordinal++) {
            LocalDate day = Clocks.localDate(cursor);
            LocalTime time = dice.chance(0.75)
                    ? Clocks.timeBetween(dice, LocalTime.of(15, 0), LocalTime.of(23, 59))
                    : Clocks.anyTimeBetween(dice, LocalTime.MIDNIGHT, LocalTime.of(23, 59));
            Instant lastSeen = Clocks.at(day, time);
            Instant reported = lastSeen.plus(Duration.ofMinutes(
                    child.inChildrensHome() ? dice.between(60, 240) : dice.between(60, 600)));
            if (reported.isAfter(world.now())) {
                break;
            }
            long awayMinutes = Math.round(Math.min(7 * 24 * 60, Math.max(60, dice.logNormal(14 * 60, 0.9))));
            Instant returned = reported.plus(Duration.ofMinutes(awayMinutes));
            boolean withNetwork = child.network() != null && dice.chance(0.65);
            if (returned.isAfter(world.now())) {
                episodes.add(new PlannedEpisode(ordinal, lastSeen, reported, null, withNetwork));
                break;
            }
            episodes.add(new PlannedEpisode(ordinal, lastSeen, reported, returned, withNetwork));
            double gapDays = Math.max(1, dice.exponential(exploited ? 14 : 40));
            cursor = returned.plus(Duration.ofMinutes(Math.round(gapDays * 24 * 60)));
        }
        return episodes;
    }

    MissingEpisodeRecord record(TrueChild child, PlannedEpisode episode, Ref policeRecordOfChild,
                                String recordedFirstName, Dice dice) {
        SynthAgency police = world.agencies().police(child.town().force());
        Sentences sentences = world.sentences();
        Sentences.Wording wording = wordings.about(child, recordedFirstName, dice);
        String lastSeenLocation = child.inChildrensHome() && dice.chance(0.5)
                ? "at the children's home"
                : sentences.pick("missing.last-seen", dice, wording);
        String foundLocation = null;
        String foundWith = null;
        List<String> vehicles = null;
        if (episode.returnedAt() != null) {
            if (episode.withNetwork()) {
                foundLocation = dice.chance(0.85) ? dice.oneOf(child.network().placeDescriptions()) : null;
                foundWith = sentences.pick("missing.found-with", dice, wording);
                vehicles = dice.chance(0.45) ? vehicles(child.network(), dice) : null;
            } else {
                foundLocation = child.network() == null && dice.chance(0.5)
                        ? sentences.pick("missing.found-location", dice, wording)
                        : null;
                foundWith = dice.chance(0.6) ? sentences.pick("missing.found-with.alone", dice, wording) : null;
            }
        }
        return new MissingEpisodeRecord("missing_episode", police.system(), episode.sourceId(child),
                policeRecordOfChild, Clocks.format(episode.reportedAt()), Clocks.format(episode.lastSeenAt()),
                lastSeenLocation, episode.returnedAt() == null ? null : Clocks.format(episode.returnedAt()),
                foundLocation, foundWith, vehicles, police.ref());
    }

    private static List<String> vehicles(Network network, Dice dice) {
        List<String> registrations = network.registrations();
        Set<String> seen = new LinkedHashSet<>();
        int count = Math.min(registrations.size(), dice.between(1, 2));
        while (seen.size() < count) {
            seen.add(dice.oneOf(registrations));
        }
        return List.copyOf(seen);
    }
}
