/**
 * Known to services (MASH research): what every agency knows about a child at the point of decision, drawn through
 * the child's resolved identity from referrals, screenings, cases, missing episodes and intelligence, and cut to what
 * the viewer may read. It provides {@link uk.lantern.people.KnownToServices}, which the referral and child pages
 * show without depending on the modules it reads.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Known to services",
        allowedDependencies = {"identity", "people", "resolution", "referral", "casework", "missing", "intelligence",
        "risk"})
package uk.lantern.knowntoservices;
