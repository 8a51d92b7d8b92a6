package uk.lantern.network;

/** What a link between two subjects says. Every link type is analysed as undirected. */
public enum LinkType {
    /** Two persons known to spend time together or act together. */
    ASSOCIATE,
    /** Two persons related by family. */
    FAMILY,
    /** Two subjects seen together on one occasion, for example a child seen with an adult. */
    SEEN_WITH,
    /** Two children missing at the same time, or a child missing with an adult. */
    MISSING_WITH,
    /** A person who drives or is carried in a vehicle. */
    USES_VEHICLE,
    /** A person who uses a phone. */
    USES_PHONE,
    /** Calls or messages between two phones. */
    CALLED,
    /** A subject present at a location (an address, a takeaway, a hotel, a house). */
    PRESENT_AT,
    /** A person who works for or runs an organisation, for example a taxi firm. */
    WORKS_FOR,
    /** An identity match between records, kept as a link when the match was not merged. */
    SAME_AS
}
