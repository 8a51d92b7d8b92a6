package uk.lantern.resolution.internal;

import java.util.List;

/**
 * One comparison of the model: how two records' values of a field agree, as a level from the strongest agreement to
 * "else". Level 0, reserved for a pair where either record lacks the value, weighs nothing and is never listed.
 */
interface Comparison {

    int MISSING_LEVEL = 0;

    /** The comparison's name, which is also the name of the field it compares. */
    String name();

    /** The labels of levels 1 to n; the last is always "else". */
    List<String> levels();

    /** Whether the weight of level 1 (exact agreement) is adjusted for how common the agreeing value is. */
    boolean adjustsForTermFrequency();

    /** Gets ready to compare the records of one table. */
    Levels prepare(RecordTable table);

    /** The comparison, bound to one table. */
    interface Levels {

        /** The level that two records reach; {@link #MISSING_LEVEL} when either lacks the value. */
        int level(int left, int right);

        /** The values the term-frequency adjustment looks up: those of level 1. */
        ValueColumn terms();
    }
}
