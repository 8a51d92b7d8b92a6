package uk.lantern.network.internal;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

import uk.lantern.network.Evidence;
import uk.lantern.network.Grading;
import uk.lantern.intelligence.LinkType;
import uk.lantern.network.NetworkGraph;
import uk.lantern.network.SourceRecord;
import uk.lantern.network.SubjectId;
import uk.lantern.intelligence.SubjectType;

/**
 * A synthetic network of any size with the shape of real intelligence, deterministic by seed: many small communities
 * (families, friendship groups, a few exploitation networks) whose sizes follow a power law; inside each, a few
 * members hold most of the links; some links between communities, drawn towards already popular subjects; and a few
 * hubs every community passes through, such as a busy takeaway, a hotel or a taxi office. The degrees come out
 * heavy-tailed, from one link to tens of thousands.
 */
public final class SyntheticNetwork {

    private static final LocalDate FIRST_DAY = LocalDate.of(2019, 1, 1);
    private static final int DAYS = 6 * 365;
    private static final List<Grading> GRADINGS = List.of(Grading.parse("1A P"), Grading.parse("2B P"),
            Grading.parse("1B C"), Grading.parse("2C C"), Grading.parse("3D P"), Grading.parse("B2 4"),
            Grading.ungraded());
    private static final String[] AREAS = {"E08000005", "E08000004", "E08000018", "E08000006", "E08000003"};

    private final SplittableRandom random;
    private final int subjects;
    private final int hubs;
    private final SubjectType[] types;
    private final int[] communityStart;
    private final int[] communitySize;

    private SyntheticNetwork(int subjects, long seed) {
        this.random = new SplittableRandom(seed);
        this.subjects = subjects;
        this.hubs = Math.max(1, subjects / 2_000);
        this.types = new SubjectType[subjects];
        this.communityStart = new int[subjects];
        this.communitySize = new int[subjects];
        plantCommunities();
    }

    /** A network of exactly {@code subjects} subjects and {@code links} links, many with more than one report. */
    public static NetworkGraph generate(int subjects, int links, long seed) {
        if (subjects < 10) {
            throw new IllegalArgumentException("nodes: at least 10, was " + subjects);
        }
        if (links > (long) subjects * 20) {
            throw new IllegalArgumentException("edges: at most 20 per node, was " + links + " for " + subjects);
        }
        return new SyntheticNetwork(subjects, seed).build(links);
    }

    private void plantCommunities() {
        for (int v = 0; v < hubs; v++) {
            types[v] = v % 4 == 3 ? SubjectType.ORGANISATION : SubjectType.LOCATION;
            communityStart[v] = v;
            communitySize[v] = 1;
        }
        int start = hubs;
        while (start < subjects) {
            // Pareto sizes from 4 upwards: most communities are a handful of subjects, a few run to hundreds.
            int size = (int) Math.min(400, 4 / Math.pow(1 - random.nextDouble(), 1 / 1.3));
            size = Math.min(size, subjects - start);
            for (int v = start; v < start + size; v++) {
                types[v] = memberType();
                communityStart[v] = start;
                communitySize[v] = size;
            }
            start += size;
        }
    }

    private SubjectType memberType() {
        double draw = random.nextDouble();
        if (draw < 0.40) {
            return SubjectType.PERSON;
        }
        if (draw < 0.55) {
            return SubjectType.CHILD;
        }
        if (draw < 0.72) {
            return SubjectType.PHONE;
        }
        if (draw < 0.84) {
            return SubjectType.VEHICLE;
        }
        return draw < 0.96 ? SubjectType.LOCATION : SubjectType.ORGANISATION;
    }

    private NetworkGraph build(int links) {
        NetworkGraph.Builder builder = NetworkGraph.builder();
        SubjectId[] ids = new SubjectId[subjects];
        for (int v = 0; v < subjects; v++) {
            ids[v] = SubjectId.of(types[v].name().toLowerCase(Locale.ROOT) + ":" + v);
            builder.subject(ids[v], types[v], types[v].name().charAt(0) + Integer.toString(v),
                    Set.of(AREAS[communityStart[v] % AREAS.length]));
            if (types[v] == SubjectType.PERSON && random.nextDouble() < suspectShare(communityStart[v])) {
                builder.suspect(ids[v], evidence("s" + v));
            }
        }
        // The types of its two subjects decide a link's type, so distinct pairs are distinct links. Drawing a pair
        // again adds evidence to its link, as a second report about the same two people would.
        Set<Long> pairs = new HashSet<>(links * 4 / 3 + 1);
        for (int report = 0; pairs.size() < links; report++) {
            int a = hubs + random.nextInt(subjects - hubs);
            int b = partnerOf(a);
            if (a != b) {
                pairs.add((long) Math.min(a, b) * subjects + Math.max(a, b));
                builder.link(ids[a], ids[b], linkType(types[a], types[b]), evidence(Integer.toString(report)));
            }
        }
        return builder.build();
    }

    /**
     * Suspects cluster: one community in fifty is an exploitation network where two persons in five are suspects;
     * elsewhere one person in two hundred is.
     */
    private static double suspectShare(int community) {
        return Math.floorMod(community * 0x9E3779B9, 50) == 0 ? 0.4 : 0.005;
    }

    private int partnerOf(int a) {
        double draw = random.nextDouble();
        double skew = random.nextDouble();
        if (draw < 0.80) {
            // Inside the community, leaning towards its first members, who become its central figures.
            return communityStart[a] + (int) (communitySize[a] * skew * skew);
        }
        if (draw < 0.93) {
            return hubs + (int) ((subjects - hubs) * skew * skew * skew);
        }
        return (int) (hubs * skew * skew);
    }

    private Evidence evidence(String report) {
        return Evidence.on(new SourceRecord("intel_report", report), FIRST_DAY.plusDays(random.nextInt(DAYS)),
                GRADINGS.get(random.nextInt(GRADINGS.size())));
    }

    private static LinkType linkType(SubjectType a, SubjectType b) {
        if (a == SubjectType.LOCATION || b == SubjectType.LOCATION) {
            return LinkType.PRESENT_AT;
        }
        if (a == SubjectType.ORGANISATION || b == SubjectType.ORGANISATION) {
            return LinkType.WORKS_FOR;
        }
        if (a == SubjectType.PHONE && b == SubjectType.PHONE) {
            return LinkType.CONTACTED;
        }
        if (a == SubjectType.PHONE || b == SubjectType.PHONE) {
            return LinkType.USES_PHONE;
        }
        if (a == SubjectType.VEHICLE || b == SubjectType.VEHICLE) {
            return LinkType.USES_VEHICLE;
        }
        if (a == SubjectType.CHILD && b == SubjectType.CHILD) {
            return LinkType.SEEN_WITH;
        }
        return a == SubjectType.CHILD || b == SubjectType.CHILD ? LinkType.SEEN_WITH : LinkType.ASSOCIATE;
    }
}
