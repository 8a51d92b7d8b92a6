package uk.lantern.intelligence;

/** The kinds of place that matter in exploitation: where children are taken, met or kept. */
public enum LocationType {
    HOUSE, FLAT, TAKEAWAY, RESTAURANT, HOTEL, TAXI_OFFICE, SHOP, CAR_PARK, PARK, SCHOOL, CHILDRENS_HOME, OTHER
}
