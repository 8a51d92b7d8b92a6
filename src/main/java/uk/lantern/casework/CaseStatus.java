package uk.lantern.casework;

public enum CaseStatus {
    OPEN, CLOSED
}
