package uk.lantern.synth;

import java.io.IOException;
import java.nio.file.Path;

import uk.lantern.synth.internal.BundleGenerator;

/**
 * Writes a synthetic bundle: {@code lantern.jsonl} (interchange records, one a line, each after every record it
 * refers to), {@code ground-truth.json} (which records describe the same child or adult, and the planted
 * exploitation networks' suspects and children) and {@code SUMMARY.txt}. Records are streamed to disk, so memory use does not grow with the number of
 * children.
 */
public final class SyntheticBundle {

    private SyntheticBundle() {
    }

    /**
     * Writes the bundle for {@code spec} into {@code outDir}, creating it if needed and replacing any bundle there.
     *
     * @return the counts of records and the files written
     */
    public static BundleSummary write(SynthSpec spec, Path outDir) throws IOException {
        return new BundleGenerator(spec).writeTo(outDir);
    }
}
