package uk.lantern.risk;

/** Whether an indicator is a sign that harm is already happening, or a sign of risk of it. */
public enum IndicatorKind {

    /** A sign that the child is already being harmed. */
    HARM,

    /** A sign that the child is at risk of being sexually exploited. */
    RISK
}
