package uk.lantern.identity;

/** An agency to create or the new details of one, as typed: the service validates every field. */
public record NewAgency(String name, String type, String areaCode) {
}
