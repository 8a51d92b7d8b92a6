package uk.lantern.intelligence;

/** The kinds of organisation that appear in intelligence: for example a taxi firm or a takeaway business. */
public enum OrganisationType {
    TAXI_FIRM, TAKEAWAY, HOTEL, SHOP, CAR_WASH, BUSINESS, OTHER
}
