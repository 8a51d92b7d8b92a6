package uk.lantern.notification.internal;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import uk.lantern.identity.CurrentActor;
import uk.lantern.notification.Notifications;

/** The unread count for the header's "Notifications (N)" link on every page; null when no one is signed in. */
@ControllerAdvice(annotations = Controller.class)
class UnreadNotificationsAdvice {

    private static final Logger log = LoggerFactory.getLogger(UnreadNotificationsAdvice.class);

    private final Notifications notifications;
    private final CurrentActor currentActor;

    UnreadNotificationsAdvice(Notifications notifications, CurrentActor currentActor) {
        this.notifications = notifications;
        this.currentActor = currentActor;
    }

    @ModelAttribute("unreadNotifications")
    Long unreadNotifications(HttpServletRequest request) {
        // API responses have no header to show it in, so they are spared the query.
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return null;
        }
        try {
            return currentActor.find().map(actor -> notifications.unreadCount(actor.userId())).orElse(null);
        } catch (DataAccessException unavailable) {
            // The error page for a database failure must still render, without the count.
            log.debug("No unread count for the header", unavailable);
            return null;
        }
    }
}
