package uk.lantern.missing;

/** Something an episode or interview mentions, as typed: a kind name, the value and any detail. */
public record NewMention(String kind, String value, String detail) {
}
