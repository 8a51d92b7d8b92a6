package uk.lantern.knowntoservices.internal;

import java.util.regex.Pattern;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.lantern.identity.CurrentActor;
import uk.lantern.identity.InvalidInputException;
import uk.lantern.people.ChildId;
import uk.lantern.people.KnownToServices;

/**
 * The button beside a possible duplicate record: it asks the analysts to decide, then goes back to the page the
 * picture was on (a referral or the child's record), saying what happened.
 */
@Controller
class KnownToServicesPageController {

    /** The pages that show the picture; anything else goes back to the child's record. */
    private static final Pattern PICTURE_PAGE = Pattern.compile("/(referrals|children)/[0-9a-fA-F-]{36}");

    private final KnownToServices known;
    private final CurrentActor currentActor;

    KnownToServicesPageController(KnownToServices known, CurrentActor currentActor) {
        this.known = known;
        this.currentActor = currentActor;
    }

    @PostMapping("/children/{id}/known-to-services/join-requests")
    String askToJoin(@PathVariable ChildId id, @RequestParam(required = false) ChildId otherRecord,
                     @RequestParam(required = false) String reason,
                     @RequestParam(required = false) String returnTo, RedirectAttributes redirect) {
        try {
            known.askToJoin(currentActor.get(), id, otherRecord, reason);
            redirect.addFlashAttribute("notice", "The analysts are asked to decide whether the records are the "
                    + "same child.");
        } catch (InvalidInputException invalid) {
            redirect.addFlashAttribute("knownProblem", invalid.errors().get(0).message());
        }
        return "redirect:" + (returnTo != null && PICTURE_PAGE.matcher(returnTo).matches() ? returnTo
                : "/children/" + id) + "#known-to-services-" + id;
    }
}
