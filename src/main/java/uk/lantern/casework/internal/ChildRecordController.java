package uk.lantern.casework.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.lantern.identity.CurrentActor;
import uk.lantern.identity.InvalidInputException;
import uk.lantern.people.ChildId;
import uk.lantern.people.ChildView;

/** A child's record: the page, and the API for other systems. Every read is logged with its purpose. */
@Controller
@Tag(name = "Children", description = "A child's record")
class ChildRecordController {

    record VoidRequest(@Size(max = 1000) String reason) {
    }

    private final ChildRecords records;
    private final CurrentActor currentActor;

    ChildRecordController(ChildRecords records, CurrentActor currentActor) {
        this.records = records;
        this.currentActor = currentActor;
    }

    @GetMapping("/api/v1/children/{id}")
    @ResponseBody
    @Operation(summary = "A child's record and cases; the read is logged")
    ChildRecords.ChildRecord child(@PathVariable ChildId id) {
        return records.read(currentActor.get(), id, "Viewed through the API");
    }

    @PostMapping("/api/v1/children/{id}/void")
    @ResponseBody
    @Operation(summary = "Void a child's record with a reason: it is kept, marked void, never deleted")
    ChildView voidRecord(@PathVariable ChildId id, @Valid @RequestBody VoidRequest request) {
        return records.voidRecord(currentActor.get(), id, request.reason());
    }

    @GetMapping("/children/{id}")
    String page(@PathVariable ChildId id, Model model) {
        model.addAttribute("record", records.read(currentActor.get(), id, "Viewing the child's record"));
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
