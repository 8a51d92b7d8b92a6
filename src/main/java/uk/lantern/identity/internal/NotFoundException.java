package uk.lantern.identity.internal;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A page for a record that does not exist: the generic 404 page, which names nothing. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class NotFoundException extends RuntimeException {
}
