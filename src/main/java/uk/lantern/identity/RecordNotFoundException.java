package uk.lantern.identity;

/** No record has the id asked for. Pages show the 404 page and the API a 404 problem; nothing else is revealed. */
public class RecordNotFoundException extends RuntimeException {

    public RecordNotFoundException(String recordType) {
        super("There is no " + recordType.toLowerCase().replace('_', ' ') + " with this id");
    }
}
