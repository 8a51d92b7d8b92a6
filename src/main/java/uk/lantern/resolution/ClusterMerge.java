package uk.lantern.resolution;

/**
 * An existing cluster that an incremental resolution joined into another: the identity {@code absorbed} now lives
 * on as {@code survivor}. Kept so that a store of identities can record, and later reverse, the merge.
 */
public record ClusterMerge(String absorbed, String survivor) {
}
