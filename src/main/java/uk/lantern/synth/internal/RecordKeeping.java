package uk.lantern.synth.internal;

/**
 * How carefully each kind of agency records a child, as chances. Health holds the NHS number and the registered
 * spelling; schools use the name the child goes by; police often take details at the roadside, from the child,
 * sometimes with only a year of birth; youth and voluntary services record what a young person chooses to tell
 * them.
 */
record RecordKeeping(Names names, Birth birth, Details details, Addressing addressing) {

    /** Chances of another spelling, a short form, a typo, accents dropped, and the true name kept as an alias. */
    record Names(double otherSpelling, double shortForm, double typo, double plainLettersOnly, double alias) {
    }

    /** Chances of no date of birth, the year only, the year and month only, and day and month swapped. */
    record Birth(double missing, double yearOnly, double yearAndMonth, double dayMonthSwapped) {
    }

    record Details(double nhsNumber, boolean spacesNhsNumber, double ethnicityRecorded, double ethnicityNotStated,
                   boolean policeEthnicityCodes, double nationality, double countryOfBirth, double sexNotKnown,
                   boolean recordsSchool, boolean recordsPlacement) {
    }

    record Addressing(double recorded, double abbreviated, double postcodeUnspaced, boolean keepsHistory) {
    }

    static RecordKeeping of(AgencyKind kind) {
        return switch (kind) {
            case CHILDRENS_SOCIAL_CARE -> new RecordKeeping(
                    new Names(0.10, 0.04, 0.03, 0.4, 0.15),
                    new Birth(0.01, 0, 0, 0.02),
                    new Details(0.85, true, 0.90, 0.04, false, 0.92, 0.7, 0, true, true),
                    new Addressing(1.0, 0, 0, true));
            case HEALTH -> new RecordKeeping(
                    new Names(0.15, 0.02, 0.02, 0.8, 0),
                    new Birth(0, 0, 0, 0.01),
                    new Details(1.0, false, 0.8, 0.08, false, 0.3, 0.5, 0, false, false),
                    new Addressing(1.0, 0, 0.2, false));
            case SCHOOL -> new RecordKeeping(
                    new Names(0.10, 0.35, 0.03, 0.3, 0),
                    new Birth(0, 0, 0, 0.01),
                    new Details(0.05, true, 0.92, 0.05, false, 0.7, 0.3, 0, true, false),
                    new Addressing(1.0, 0, 0, false));
            case CHILDRENS_HOME -> new RecordKeeping(
                    new Names(0.05, 0.30, 0.03, 0.5, 0),
                    new Birth(0, 0, 0, 0.02),
                    new Details(0.8, true, 0.85, 0.05, false, 0.9, 0.5, 0, true, true),
                    new Addressing(1.0, 0, 0, false));
            case POLICE -> new RecordKeeping(
                    new Names(0.35, 0.20, 0.10, 0.9, 0.4),
                    new Birth(0.05, 0.12, 0.03, 0.06),
                    new Details(0.03, false, 0.68, 0.07, true, 0.5, 0.2, 0, false, false),
                    new Addressing(0.85, 0.4, 0.3, false));
            case YOUTH_SERVICE -> new RecordKeeping(
                    new Names(0.20, 0.50, 0.08, 0.6, 0),
                    new Birth(0.20, 0.25, 0.05, 0.03),
                    new Details(0, false, 0.55, 0.10, false, 0.2, 0.1, 0.03, true, false),
                    new Addressing(0.6, 0.3, 0.2, false));
            case VOLUNTARY_SECTOR -> new RecordKeeping(
                    new Names(0.20, 0.50, 0.08, 0.6, 0),
                    new Birth(0.30, 0.20, 0.05, 0.03),
                    new Details(0, false, 0.55, 0.10, false, 0.2, 0.1, 0.05, false, false),
                    new Addressing(0.6, 0.3, 0.2, false));
        };
    }
}
