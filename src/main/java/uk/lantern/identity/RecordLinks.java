package uk.lantern.identity;

/**
 * Whether a page should link a record for a viewer: a link is offered only to a record the viewer may read without
 * breaking glass, so that every link on a page opens. Nothing is logged: offering a link is not a read; following
 * it is, and the record's page logs it.
 */
public interface RecordLinks {

    boolean mayOpen(Actor viewer, RecordRef record);
}
