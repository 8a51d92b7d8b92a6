package uk.lantern.synth.internal;

/**
 * A network's car, as police know it.
 *
 * @param taxi whether it is licensed for private hire by the network's taxi firm
 * @param driver the position of the member who drives it
 */
record Vehicle(String registration, String make, String model, String colour, boolean taxi, int driver) {

    Interchange.VehicleRecord record(String system, String sourceId) {
        return new Interchange.VehicleRecord("vehicle", system, sourceId, registration, make, model, colour);
    }

    /** "a silver Toyota Prius". */
    String description() {
        return "a " + colour + " " + make + " " + model;
    }
}
