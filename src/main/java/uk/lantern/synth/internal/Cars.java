package uk.lantern.synth.internal;

import java.util.List;
import java.util.Map;

/** Invented cars: a make and model of the right kind, a colour, and a registration mark in the force's region. */
final class Cars {

    private final List<String> taxiCars;
    private final List<String> privateCars;
    private final List<String> colours;

    Cars(Map<String, List<String>> places) {
        this.taxiCars = ResourceLists.section(places, "taxi-cars");
        this.privateCars = ResourceLists.section(places, "private-cars");
        this.colours = ResourceLists.section(places, "car-colours");
    }

    /** @param driver the position of the network member who drives it; 0 for anyone else's car */
    Vehicle draw(String registration, boolean taxi, int driver, Dice dice) {
        String[] makeAndModel = dice.oneOf(taxi ? taxiCars : privateCars).split("\\|");
        return new Vehicle(registration, makeAndModel[0], makeAndModel[1], dice.oneOf(colours), taxi, driver);
    }
}
