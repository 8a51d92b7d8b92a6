package uk.lantern.notification.internal;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import uk.lantern.identity.CurrentActor;
import uk.lantern.identity.InvalidInputException;
import uk.lantern.identity.UserId;
import uk.lantern.notification.InAppNotificationView;
import uk.lantern.notification.Notifications;

@RestController
@RequestMapping("/api/v1/me/notifications")
@Tag(name = "Notifications", description = "The signed-in user's in-app notifications")
class NotificationApiController {

    private final Notifications notifications;
    private final CurrentActor currentActor;

    NotificationApiController(Notifications notifications, CurrentActor currentActor) {
        this.notifications = notifications;
        this.currentActor = currentActor;
    }

    @GetMapping
    @Operation(summary = "My notifications, newest first")
    List<InAppNotificationView> list(@RequestParam(defaultValue = "50") int limit) {
        if (limit < 1 || limit > NotificationService.MAX_INBOX_LIMIT) {
            throw new InvalidInputException("limit", "limit must be from 1 to " + NotificationService.MAX_INBOX_LIMIT);
        }
        return notifications.inbox(signedInUser(), limit);
    }

    @PostMapping("/{id}/read")
    @ApiResponse(responseCode = "204", description = "Done; no body")
    @Operation(summary = "Mark one of my notifications read (204; 404 if I have no notification with that id)")
    ResponseEntity<Void> markRead(@PathVariable UUID id) {
        notifications.markRead(signedInUser(), id);
        return ResponseEntity.noContent().build();
    }

    /** Someone else's notification is answered exactly as one that does not exist. */
    @ExceptionHandler(NotificationNotFoundException.class)
    ProblemDetail notFound() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "You have no notification with "
                + "that id");
        problem.setTitle("Not Found");
        return problem;
    }

    private UserId signedInUser() {
        return currentActor.get().userId();
    }
}
