package uk.lantern.intelligence;

/** A vehicle as reported: the registration mark (any spacing or case) and what else is known. */
public record NewVehicle(String registration, String make, String model, String colour) {
}
