package uk.lantern.notification.internal;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.lantern.identity.CurrentActor;
import uk.lantern.identity.UserId;
import uk.lantern.notification.InAppNotificationView;
import uk.lantern.notification.Notifications;

/** The signed-in user's notifications. Everyone may see their own and only their own. */
@Controller
class NotificationPagesController {

    static final int PAGE_SIZE = 100;

    /** A notification as the page shows it, with the body split into paragraphs. */
    record NotificationRow(UUID id, String subject, List<String> paragraphs, String link, String reference,
                           Instant createdAt, Instant readAt) {

        static NotificationRow of(InAppNotificationView view) {
            List<String> paragraphs = Arrays.stream(view.body().split("\\R\\s*\\R")).map(String::strip)
                    .filter(paragraph -> !paragraph.isEmpty()).toList();
            return new NotificationRow(view.id(), view.subject(), paragraphs, view.link(), view.reference(),
                    view.createdAt(), view.readAt());
        }

        public boolean unread() {
            return readAt == null;
        }
    }

    private final Notifications notifications;
    private final CurrentActor currentActor;

    NotificationPagesController(Notifications notifications, CurrentActor currentActor) {
        this.notifications = notifications;
        this.currentActor = currentActor;
    }

    @GetMapping("/notifications")
    String page(Model model) {
        List<NotificationRow> rows = notifications.inbox(signedInUser(), PAGE_SIZE).stream()
                .map(NotificationRow::of).toList();
        model.addAttribute("notifications", rows);
        model.addAttribute("pageSize", PAGE_SIZE);
        return "notifications";
    }

    @PostMapping("/notifications/{id}/read")
    String markRead(@PathVariable UUID id, RedirectAttributes redirect) {
        notifications.markRead(signedInUser(), id);
        redirect.addFlashAttribute("notice", "Notification marked as read");
        return "redirect:/notifications";
    }

    /** Someone else's notification looks exactly like one that does not exist. */
    @ExceptionHandler(NotificationNotFoundException.class)
    ModelAndView notFound(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        ModelAndView page = new ModelAndView("error/404");
        page.addObject("status", 404);
        return page;
    }

    private UserId signedInUser() {
        return currentActor.get().userId();
    }
}
