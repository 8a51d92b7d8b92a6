package uk.lantern.area;

public enum AreaType {
    /** A children's services (upper-tier) local authority: E06, E08, E09 or E10. */
    LOCAL_AUTHORITY,
    /** A police force area: E23. */
    POLICE_FORCE_AREA,
    /** England as a whole: E92000001. */
    NATION
}
