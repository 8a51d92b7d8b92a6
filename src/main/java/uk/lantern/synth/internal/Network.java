package uk.lantern.synth.internal;

import java.util.List;

import uk.lantern.synth.internal.Interchange.PersonRecord;

/**
 * A planted exploitation network: adults known to police by nickname, with their cars, phones and the places they
 * take children. Children linked to a network mention these in return interviews and are found with them, which is
 * what later network analysis must rediscover.
 */
record Network(String id, Town town, List<PersonRecord> members, List<String> nicknames, List<String> vehicles,
               List<String> phones, List<String> places) {
}
