package uk.lantern.intelligence;

/** An organisation as reported, for example a taxi firm, in the area where it trades. */
public record NewOrganisation(String name, String organisationType, String areaCode) {
}
