package uk.lantern.casework.internal;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.lantern.identity.Actor;
import uk.lantern.identity.Capability;
import uk.lantern.identity.CurrentActor;
import uk.lantern.identity.InvalidInputException;
import uk.lantern.people.ChildId;
import uk.lantern.people.KnownToServices;

/** A child's record page. Every read is logged with its purpose; the API is {@link ChildRecordApiController}. */
@Controller
class ChildRecordPagesController {

    private final ChildRecords records;
    private final CurrentActor currentActor;
    private final ObjectProvider<KnownToServices> known;

    ChildRecordPagesController(ChildRecords records, CurrentActor currentActor,
                               ObjectProvider<KnownToServices> known) {
        this.records = records;
        this.currentActor = currentActor;
        this.known = known;
    }

    @GetMapping("/children/{id}")
    String page(@PathVariable ChildId id, Model model) {
        Actor actor = currentActor.get();
        model.addAttribute("record", records.read(actor, id, "Viewing the child's record"));
        KnownToServices research = known.getIfAvailable();
        if (research != null && actor.can(Capability.RESEARCH_KNOWN_TO_SERVICES)) {
            model.addAttribute("knownPicture", research.about(actor, id));
        }
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", java.util.List.of());
        }
        return "child/child";
    }

    @PostMapping("/children/{id}/void")
    String voidOnPage(@PathVariable ChildId id, @RequestParam(required = false) String reason,
                      RedirectAttributes redirect) {
        try {
            records.voidRecord(currentActor.get(), id, reason);
            redirect.addFlashAttribute("notice", "The record is void. It is kept, and marked void, with your reason.");
        } catch (InvalidInputException invalid) {
            redirect.addFlashAttribute("errors", invalid.errors());
        }
        return "redirect:/children/" + id;
    }
}
