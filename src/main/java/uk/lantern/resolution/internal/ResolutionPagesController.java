package uk.lantern.resolution.internal;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import uk.lantern.identity.CurrentActor;
import uk.lantern.identity.InvalidInputException;
import uk.lantern.identity.InvalidInputException.FieldError;
import uk.lantern.people.RecordKind;
import uk.lantern.resolution.Identities;
import uk.lantern.resolution.IdentityView;
import uk.lantern.resolution.MatchView;
import uk.lantern.resolution.ResolvedRecord;

/**
 * The analyst's pages for entity resolution: the review queue, a pair's comparison with its waterfall, and an
 * identity with its records, the pairs that hold it together, its ledger entries, and merge and unmerge. Every record
 * shown is one the analyst may see, and each is a logged read (the service sees to both).
 */
@Controller
@PreAuthorize("hasAuthority('REVIEW_MATCHES')")
class ResolutionPagesController {

    static final int PAGE_SIZE = 25;
    private static final String UNMERGE_REASON = "unmergeReason";
    private static final String REASON_REQUIRED = "Give the reason, up to " + IdentityService.MAX_REASON
            + " characters";
    private static final java.util.Map<String, String> CHANGE_LABELS = java.util.Map.of(
            "IDENTITY_MERGED", "Merged", "IDENTITY_UNMERGED", "Record taken out", "MATCH_ACCEPTED", "Pair accepted",
            "MATCH_REJECTED", "Pair rejected");

    /** A choice for the radios fragment. */
    record Choice(String value, String label) {
    }

    private static final List<Choice> DECISIONS = List.of(new Choice("ACCEPT", "Accept: the records are one person"),
            new Choice("REJECT", "Reject: the records are two people"));

    private final Identities identities;
    private final CurrentActor currentActor;

    ResolutionPagesController(Identities identities, CurrentActor currentActor) {
        this.identities = identities;
        this.currentActor = currentActor;
    }

    @GetMapping("/resolution/review")
    String queue(@RequestParam(defaultValue = "PERSON") RecordKind kind, @RequestParam(defaultValue = "1") int page,
                 Model model) {
        model.addAttribute("kind", kind);
        model.addAttribute("kinds", RecordKind.values());
        model.addAttribute("queue", identities.reviewQueue(currentActor.get(), kind, page, PAGE_SIZE));
        return "resolution/queue";
    }

    @GetMapping("/resolution/matches/{id}")
    String match(@PathVariable UUID id, Model model) {
        return matchPage(model, identities.match(currentActor.get(), id), null, null, List.of());
    }

    @PostMapping("/resolution/matches/{id}/decision")
    String decide(@PathVariable UUID id, @RequestParam(required = false) String decision,
                  @RequestParam(required = false) String reason, Model model, RedirectAttributes redirect) {
        if (!"ACCEPT".equals(decision) && !"REJECT".equals(decision)) {
            List<FieldError> problems = new java.util.ArrayList<>(List.of(
                    new FieldError("decision", "Choose whether the records are one person")));
            if (reason == null || reason.isBlank()) {
                problems.add(new FieldError("reason", REASON_REQUIRED));
            }
            return matchPage(model, identities.match(currentActor.get(), id), decision, reason, problems);
        }
        try {
            MatchView decided = identities.decide(currentActor.get(), id, "ACCEPT".equals(decision), reason);
            redirect.addFlashAttribute("notice", (decided.status().name().equals("ACCEPTED") ? "Accepted: "
                    : "Rejected: ") + decided.first().particulars().fullName() + " and "
                    + decided.second().particulars().fullName());
            return "redirect:/resolution/review?kind=" + decided.kind();
        } catch (InvalidInputException invalid) {
            return matchPage(model, identities.match(currentActor.get(), id), decision, reason, invalid.errors());
        }
    }

    @GetMapping("/resolution/identities/{identityId}")
    String identity(@PathVariable String identityId, @RequestParam RecordKind kind,
                    @RequestParam(required = false) String search, Model model) {
        List<ResolvedRecord> found = List.of();
        List<FieldError> errors = List.of();
        if (search != null) {
            try {
                found = identities.search(currentActor.get(), kind, search);
            } catch (InvalidInputException invalid) {
                errors = invalid.errors();
            }
        }
        model.addAttribute("search", search);
        model.addAttribute("found", found);
        return identityPage(model, identities.identity(currentActor.get(), kind, identityId), errors);
    }

    @PostMapping("/resolution/identities/{identityId}/merge")
    String merge(@PathVariable String identityId, @RequestParam RecordKind kind,
                 @RequestParam(required = false) String record, @RequestParam(required = false) String otherRecord,
                 @RequestParam(required = false) String reason, Model model, RedirectAttributes redirect) {
        return change(identityId, kind, "reason", reason, model, redirect, () -> {
            requireAll("reason", reason, recordProblem(record, "record"), recordProblem(otherRecord, "otherRecord"));
            IdentityView merged = identities.merge(currentActor.get(), kind, UUID.fromString(record.strip()),
                    UUID.fromString(otherRecord.strip()), reason);
            redirect.addFlashAttribute("notice", "Merged: the identity now has " + merged.records().size()
                    + " records you may see");
            return merged.identityId();
        });
    }

    @PostMapping("/resolution/identities/{identityId}/unmerge")
    String unmerge(@PathVariable String identityId, @RequestParam RecordKind kind,
                   @RequestParam(required = false) String record,
                   @RequestParam(name = "members", required = false) List<UUID> members,
                   @RequestParam(name = UNMERGE_REASON, required = false) String reason, Model model,
                   RedirectAttributes redirect) {
        return change(identityId, kind, UNMERGE_REASON, reason, model, redirect, () -> {
            requireAll(UNMERGE_REASON, reason, recordProblem(record, "record"));
            UUID takenOut = UUID.fromString(record.strip());
            // The page lists the identity's records, so the identity that remains is found through one that stays.
            UUID staying = (members == null ? List.<UUID>of() : members).stream()
                    .filter(id -> !id.equals(takenOut)).findFirst().orElse(takenOut);
            identities.unmerge(currentActor.get(), kind, takenOut, reason);
            redirect.addFlashAttribute("notice", "Taken out: the record is now an identity of its own");
            return identities.identityOf(kind, List.of(staying)).get(staying);
        });
    }

    /**
     * Makes a change and shows the identity it leaves, or shows the form again with what was wrong. The merge and
     * unmerge forms are on one page, so each has its own reason field; the service's errors name {@code reason}.
     */
    private String change(String identityId, RecordKind kind, String reasonField, String reason, Model model,
                          RedirectAttributes redirect, Supplier<String> step) {
        try {
            String identity = step.get();
            return "redirect:" + UriComponentsBuilder.fromPath("/resolution/identities/{id}").queryParam("kind", kind)
                    .buildAndExpand(identity).encode().toUriString();
        } catch (InvalidInputException invalid) {
            model.addAttribute("search", null);
            model.addAttribute("found", List.of());
            model.addAttribute(reasonField, reason);
            return identityPage(model, identities.identity(currentActor.get(), kind, identityId),
                    invalid.errors().stream().map(error -> "reason".equals(error.field())
                            ? new FieldError(reasonField, error.message()) : error).toList());
        }
    }

    private String matchPage(Model model, MatchView match, String decision, String reason, List<FieldError> errors) {
        model.addAttribute("match", match);
        model.addAttribute("chart", WaterfallChart.of(match.comparison()));
        model.addAttribute("decisions", DECISIONS);
        model.addAttribute("decision", decision);
        model.addAttribute("reason", reason);
        model.addAttribute("errors", errors);
        return "resolution/match";
    }

    private String identityPage(Model model, IdentityView identity, List<FieldError> errors) {
        model.addAttribute("identity", identity);
        model.addAttribute("names", identity.records().stream().collect(java.util.stream.Collectors.toMap(
                record -> record.particulars().id().toString(), record -> record.particulars().fullName())));
        model.addAttribute("changeLabels", CHANGE_LABELS);
        model.addAttribute("recordChoices", identity.records().stream().map(record -> new Choice(
                record.particulars().id().toString(), record.particulars().fullName() + " ("
                + record.particulars().id() + ")")).toList());
        model.addAttribute("foundChoices", ((List<?>) model.getAttribute("found")).stream()
                .map(ResolvedRecord.class::cast).map(record -> new Choice(record.particulars().id().toString(),
                        record.particulars().fullName() + ", born " + orUnknown(record.particulars().dateOfBirth())
                                + " (" + record.particulars().id() + ")")).toList());
        model.addAttribute("errors", errors);
        return "resolution/identity";
    }

    private static String orUnknown(String value) {
        return value == null ? "not known" : value;
    }

    /** What is wrong with a record id from a form, or null when it is an id. */
    private static FieldError recordProblem(String text, String field) {
        if (text == null || text.isBlank()) {
            return new FieldError(field, "otherRecord".equals(field)
                    ? "Enter the id of the record to merge, or search for it by name" : "Choose a record");
        }
        try {
            UUID.fromString(text.strip());
            return null;
        } catch (IllegalArgumentException notAnId) {
            return new FieldError(field, "Enter a record id like 3f2c8a4e-1b7d-4c55-9a0e-6d1f2b3c4d5e");
        }
    }

    /** Reports every problem with a merge or unmerge form at once: the records chosen and the reason. */
    private static void requireAll(String reasonField, String reason, FieldError... recordProblems) {
        List<FieldError> problems = new java.util.ArrayList<>();
        for (FieldError problem : recordProblems) {
            if (problem != null) {
                problems.add(problem);
            }
        }
        if (reason == null || reason.isBlank()) {
            problems.add(new FieldError(reasonField, REASON_REQUIRED));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
