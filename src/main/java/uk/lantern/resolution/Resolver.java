package uk.lantern.resolution;

import java.util.List;

import uk.lantern.resolution.internal.ResolutionRun;
import uk.lantern.resolution.internal.Training;

/**
 * Resolves person records into clusters, one cluster a person, with a Fellegi–Sunter model.
 *
 * <pre>{@code
 * Resolver resolver = Resolver.train(records, ResolutionSettings.defaults());
 * Resolution batch = resolver.resolveBatch(records, Decisions.none());
 * Resolution later = resolver.resolveIncrementally(batch, newRecords, decisions);
 * PairComparison why = resolver.compare(one, other);
 * }</pre>
 *
 * A resolver is immutable and safe to share; its model can be stored ({@link ResolutionModel#toJson()}) and a
 * resolver rebuilt from it with {@link #withModel}.
 */
public final class Resolver {

    private final ResolutionModel model;
    private final ResolutionSettings settings;
    private final ResolutionRun run;

    private Resolver(ResolutionModel model, ResolutionSettings settings) {
        this.model = model;
        this.settings = settings;
        this.run = new ResolutionRun(model, settings);
    }

    /**
     * Trains a model on the records without any labels: u-probabilities from random pairs, m-probabilities by EM
     * on the blocked pairs, and term frequencies from the values. Only the fields the records have are compared.
     */
    public static Resolver train(List<PersonRecord> records, ResolutionSettings settings) {
        return new Resolver(Training.train(records, settings.seed()), settings);
    }

    /**
     * Whether a stored model still fits this engine's comparisons: a model trained before a comparison gained or lost
     * a level cannot score pairs, and must be trained again.
     */
    public static boolean canUse(ResolutionModel model) {
        return Training.fitsComparisons(model);
    }

    public static Resolver withModel(ResolutionModel model, ResolutionSettings settings) {
        return new Resolver(model, settings);
    }

    public ResolutionModel model() {
        return model;
    }

    public ResolutionSettings settings() {
        return settings;
    }

    /** Scores one pair of records, with each field's level and weight. */
    public PairComparison compare(PersonRecord one, PersonRecord other) {
        return run.compare(one, other);
    }

    /** Resolves a whole set of records from scratch. Record ids must be unique. */
    public Resolution resolveBatch(List<PersonRecord> records, Decisions decisions) {
        return run.batch(records, decisions);
    }

    /**
     * Adds records to an earlier resolution: only pairs that involve a new record are blocked and scored, existing
     * clusters stay whole, and they keep their ids (see {@link Resolution}). Existing clusters can be joined when
     * new records bring enough evidence; the joins are listed in {@link Resolution#merges()}.
     */
    public Resolution resolveIncrementally(Resolution existing, List<PersonRecord> newRecords, Decisions decisions) {
        return run.incremental(existing, newRecords, decisions);
    }
}
