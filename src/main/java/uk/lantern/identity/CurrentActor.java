package uk.lantern.identity;

import java.util.Optional;

/** The person behind the current request, for pages and the API alike. */
public interface CurrentActor {

    /** The signed-in actor; throws if the request is anonymous. */
    Actor get();

    Optional<Actor> find();
}
