/**
 * Areas of England by their ONS codes: children's services local authorities (E06, E08, E09, E10), police force
 * areas (E23) and England itself (E92000001), with which police force area covers which local authority.
 * Loaded from the ONS and DfE reference files shipped in {@code reference/areas}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Areas", allowedDependencies = {})
package uk.lantern.area;
