package uk.lantern.missing.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.lantern.deadline.WorkingDayCalendar;
import uk.lantern.identity.Capability;
import uk.lantern.identity.CurrentActor;
import uk.lantern.identity.InvalidInputException;
import uk.lantern.missing.EpisodeId;
import uk.lantern.missing.EpisodeView;
import uk.lantern.missing.MissingEpisodes;
import uk.lantern.missing.NewEpisode;
import uk.lantern.missing.NewMention;
import uk.lantern.people.ChildId;
import uk.lantern.people.Children;

/** Pages to record a missing episode, the return, and the return home interview with what it found. */
@Controller
class MissingPagesController {

    private final MissingEpisodes missing;
    private final Children children;
    private final CurrentActor currentActor;

    MissingPagesController(MissingEpisodes missing, Children children, CurrentActor currentActor) {
        this.missing = missing;
        this.children = children;
        this.currentActor = currentActor;
    }

    @GetMapping("/children/{childId}/missing-episodes")
    String episodes(@PathVariable ChildId childId, Model model) {
        return episodesPage(model, childId, List.of());
    }

    @PostMapping("/children/{childId}/missing-episodes")
    String record(@PathVariable ChildId childId, @RequestParam(required = false) String reportedMissingAt,
                  @RequestParam(required = false) String lastSeenAt,
                  @RequestParam(required = false) String lastSeenLocation,
                  @RequestParam(required = false) String returnedAt,
                  @RequestParam(required = false) String foundLocation,
                  @RequestParam(required = false) String foundWith,
                  @RequestParam(required = false) String vehicle, Model model, RedirectAttributes redirect) {
        try {
            EpisodeView episode = missing.record(currentActor.get(), childId, new NewEpisode(
                    time(reportedMissingAt, "reportedMissingAt"), time(lastSeenAt, "lastSeenAt"), lastSeenLocation,
                    time(returnedAt, "returnedAt"), foundLocation, foundWith,
                    vehicle == null || vehicle.isBlank() ? List.of() : List.of(vehicle)));
            redirect.addFlashAttribute("notice", "Missing episode recorded.");
            return "redirect:/missing-episodes/" + episode.id();
        } catch (InvalidInputException invalid) {
            return episodesPage(model, childId, invalid.errors());
        }
    }

    @GetMapping("/missing-episodes/{id}")
    String episode(@PathVariable EpisodeId id, Model model) {
        return episodePage(model, missing.read(currentActor.get(), id), List.of());
    }

    @PostMapping("/missing-episodes/{id}/return")
    String recordReturn(@PathVariable EpisodeId id, @RequestParam(required = false) String returnedAt,
                        @RequestParam(required = false) String foundLocation,
                        @RequestParam(required = false) String foundWith, Model model, RedirectAttributes redirect) {
        return act(id, model, redirect, "Return recorded. The return home interview is due within 72 hours.",
                () -> missing.recordReturn(currentActor.get(), id, time(returnedAt, "returnedAt"), foundLocation,
                        foundWith));
    }

    @PostMapping("/missing-episodes/{id}/return-interview/offer")
    String offer(@PathVariable EpisodeId id, Model model, RedirectAttributes redirect) {
        return act(id, model, redirect, "Offer recorded.", () -> missing.offerInterview(currentActor.get(), id));
    }

    @PostMapping("/missing-episodes/{id}/return-interview/completion")
    String complete(@PathVariable EpisodeId id, @RequestParam(required = false) String findings,
                    @RequestParam(name = "mentionKind", required = false) List<String> kinds,
                    @RequestParam(name = "mentionValue", required = false) List<String> values, Model model,
                    RedirectAttributes redirect) {
        List<NewMention> mentions = new ArrayList<>();
        for (int i = 0; values != null && i < values.size(); i++) {
            if (values.get(i) != null && !values.get(i).isBlank()) {
                mentions.add(new NewMention(kinds != null && i < kinds.size() ? kinds.get(i) : null, values.get(i),
                        null));
            }
        }
        return act(id, model, redirect, "Return home interview recorded.",
                () -> missing.completeInterview(currentActor.get(), id, findings, mentions));
    }

    @PostMapping("/missing-episodes/{id}/return-interview/decline")
    String decline(@PathVariable EpisodeId id, @RequestParam(required = false) String reason, Model model,
                   RedirectAttributes redirect) {
        return act(id, model, redirect, "Recorded that the interview was declined.",
                () -> missing.declineInterview(currentActor.get(), id, reason));
    }

    private String act(EpisodeId id, Model model, RedirectAttributes redirect, String notice,
                       Supplier<EpisodeView> step) {
        try {
            step.get();
            redirect.addFlashAttribute("notice", notice);
            return "redirect:/missing-episodes/" + id;
        } catch (InvalidInputException invalid) {
            return episodePage(model, missing.read(currentActor.get(), id), invalid.errors());
        }
    }

    private String episodesPage(Model model, ChildId childId, List<InvalidInputException.FieldError> errors) {
        model.addAttribute("childId", childId);
        model.addAttribute("episodes", missing.forChild(currentActor.get(), childId));
        // The read above was authorised and logged as the child's; the name says whose episodes these are.
        model.addAttribute("child", children.find(childId).orElseThrow());
        model.addAttribute("errors", errors);
        model.addAttribute("canRecord", currentActor.get().can(Capability.RECORD_MISSING));
        return "missing/episodes";
    }

    private String episodePage(Model model, EpisodeView episode, List<InvalidInputException.FieldError> errors) {
        model.addAttribute("episode", episode);
        model.addAttribute("child", children.find(episode.childId()).orElseThrow());
        model.addAttribute("errors", errors);
        model.addAttribute("canRecord", currentActor.get().can(Capability.RECORD_MISSING));
        model.addAttribute("canInterview", currentActor.get().can(Capability.RECORD_RETURN_INTERVIEWS));
        return "missing/episode";
    }

    /** A time typed on the page, as UK local time (for example 2026-03-01T21:30). */
    private static Instant time(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(text.trim()).atZone(WorkingDayCalendar.UK).toInstant();
        } catch (DateTimeParseException invalid) {
            throw new InvalidInputException(field, "Enter a date and time like 2026-03-01T21:30");
        }
    }
}
