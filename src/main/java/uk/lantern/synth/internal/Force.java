package uk.lantern.synth.internal;

/**
 * The police forces of the demo towns. Their record systems carry the force's initials; vehicles registered
 * locally carry the region's first memory-tag letter (M for Manchester, Y for Yorkshire).
 */
enum Force {
    GREATER_MANCHESTER("Greater Manchester Police", "E23000005", "gmp", 'M', "0161 496 0"),
    SOUTH_YORKSHIRE("South Yorkshire Police", "E23000011", "syp", 'Y', "0114 496 0");

    private final String name;
    private final String areaCode;
    private final String initials;
    private final char memoryTagRegion;
    private final String dramaLandlinePrefix;

    Force(String name, String areaCode, String initials, char memoryTagRegion, String dramaLandlinePrefix) {
        this.name = name;
        this.areaCode = areaCode;
        this.initials = initials;
        this.memoryTagRegion = memoryTagRegion;
        this.dramaLandlinePrefix = dramaLandlinePrefix;
    }

    String forceName() {
        return name;
    }

    String areaCode() {
        return areaCode;
    }

    String initials() {
        return initials;
    }

    char memoryTagRegion() {
        return memoryTagRegion;
    }

    /**
     * The first nine characters of the Ofcom range reserved for drama in this dialling code (0161 496 0000 to 0999,
     * 0114 496 0000 to 0999): numbers that belong to nobody.
     */
    String dramaLandlinePrefix() {
        return dramaLandlinePrefix;
    }
}
