package uk.lantern.synth.internal;

/** Whether a child is being sexually exploited: not at all, at risk, or already harmed. */
enum CseProfile {
    NONE,
    RISK,
    HARM;

    boolean affected() {
        return this != NONE;
    }
}
