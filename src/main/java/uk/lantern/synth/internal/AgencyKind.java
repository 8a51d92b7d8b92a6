package uk.lantern.synth.internal;

/** Agency types, named as the interchange schema names them. */
enum AgencyKind {
    CHILDRENS_SOCIAL_CARE,
    HEALTH,
    SCHOOL,
    CHILDRENS_HOME,
    POLICE,
    YOUTH_SERVICE,
    VOLUNTARY_SECTOR
}
