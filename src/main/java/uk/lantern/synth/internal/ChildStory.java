package uk.lantern.synth.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import uk.lantern.synth.internal.ChildRecordFactory.RecordedChild;
import uk.lantern.synth.internal.Interchange.DecisionRecord;
import uk.lantern.synth.internal.Interchange.MissingEpisodeRecord;
import uk.lantern.synth.internal.Interchange.ReferralRecord;
import uk.lantern.synth.internal.Interchange.ReturnInterviewRecord;

/**
 * One invented child from start to finish: who the child is, which agencies come to hold a record and how each
 * writes it, the referrals and what was decided, and the missing episodes and return interviews. All of it is drawn
 * from the child's own dice, so each child comes out the same whatever else is in the bundle.
 */
final class ChildStory {

    private final World world;
    private final TrueChildFactory children;
    private final ChildRecordFactory childRecords;
    private final Carers carers;
    private final ReferralPlanner referralPlanner;
    private final ReferralWriter referralWriter;
    private final DecisionMaker decisions;
    private final MissingEpisodes missingEpisodes;
    private final ReturnInterviews returnInterviews;

    ChildStory(World world) {
        this.world = world;
        this.children = new TrueChildFactory(world);
        this.childRecords = new ChildRecordFactory(world.names());
        this.carers = new Carers(world);
        this.referralPlanner = new ReferralPlanner(world);
        this.referralWriter = new ReferralWriter(world);
        this.decisions = new DecisionMaker(world);
        this.missingEpisodes = new MissingEpisodes(world);
        this.returnInterviews = new ReturnInterviews(world);
    }

    void tell(int index, Dice dice, BundleSink sink) {
        TrueChild child = children.create(index, dice);
        List<PlannedReferral> referrals = referralPlanner.plan(child, dice);
        List<PlannedEpisode> episodes = missingEpisodes.plan(child, dice);
        Map<SynthAgency, RecordedChild> records = recordsOf(child, referrals, episodes, dice);
        records.values().forEach(recorded -> sink.write(Section.CHILDREN_AND_PERSONS, recorded.record()));
        carers.of(child, dice).forEach(carer -> {
            sink.write(Section.CHILDREN_AND_PERSONS, carer);
            sink.person(PersonTruth.carer(carer));
        });

        RecordedChild socialCareRecord = records.get(world.agencies().socialCare(child.town()));
        for (PlannedReferral planned : referrals) {
            RecordedChild referrersRecord = records.get(planned.agency());
            ReferralRecord referral = referralWriter.write(child, planned, referrersRecord.record().ref(),
                    referrersRecord.record().firstName(), dice);
            sink.write(Section.REFERRALS, referral);
            Optional<DecisionRecord> decision = decisions.decide(child, planned, referral.ref(),
                    socialCareRecord.record().firstName(), dice);
            decision.ifPresent(decided -> sink.write(Section.DECISIONS, decided));
        }
        if (!episodes.isEmpty()) {
            RecordedChild policeRecord = records.get(world.agencies().police(child.town().force()));
            for (PlannedEpisode planned : episodes) {
                MissingEpisodeRecord episode = missingEpisodes.record(child, planned, policeRecord.record().ref(),
                        policeRecord.record().firstName(), dice);
                sink.write(Section.MISSING_EPISODES, episode);
                Optional<ReturnInterviewRecord> interview = returnInterviews.interview(child, planned, episode.ref(),
                        socialCareRecord.record().firstName(), dice);
                interview.ifPresent(held -> sink.write(Section.RETURN_INTERVIEWS, held));
            }
        }
        sink.truth(child, List.copyOf(records.values()));
    }

    /**
     * Children's social care always holds a record, as does every agency that referred the child, the police when
     * the child went missing, and the children's home where the child lives.
     */
    private Map<SynthAgency, RecordedChild> recordsOf(TrueChild child, List<PlannedReferral> referrals,
                                                     List<PlannedEpisode> episodes, Dice dice) {
        AgencyDirectory agencies = world.agencies();
        Map<SynthAgency, RecordedChild> records = new LinkedHashMap<>();
        records.put(agencies.socialCare(child.town()), null);
        if (child.inChildrensHome()) {
            records.put(agencies.local(child.town(), AgencyKind.CHILDRENS_HOME), null);
        }
        referrals.forEach(referral -> records.put(referral.agency(), null));
        if (!episodes.isEmpty()) {
            records.put(agencies.police(child.town().force()), null);
        }
        records.replaceAll((agency, none) -> childRecords.record(child, agency, dice));
        return records;
    }
}
