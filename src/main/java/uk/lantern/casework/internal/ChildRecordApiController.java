package uk.lantern.casework.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import uk.lantern.identity.CurrentActor;
import uk.lantern.people.ChildId;
import uk.lantern.people.ChildView;

/**
 * A child's record for other systems. A REST controller of its own, so that a refusal or a bad request answers as
 * an API problem naming the field, never as a page. Every read is logged with its purpose.
 */
@RestController
@RequestMapping("/api/v1/children")
@Tag(name = "Children", description = "A child's record")
class ChildRecordApiController {

    record ChildVoidRequest(@Size(max = 1000) String reason) {
    }

    private final ChildRecords records;
    private final CurrentActor currentActor;

    ChildRecordApiController(ChildRecords records, CurrentActor currentActor) {
        this.records = records;
        this.currentActor = currentActor;
    }

    @GetMapping("/{id}")
    @Operation(summary = "A child's record and cases; the read is logged")
    ChildRecords.ChildRecord child(@PathVariable ChildId id) {
        return records.read(currentActor.get(), id, "Viewed through the API");
    }

    @PostMapping("/{id}/void")
    @Operation(summary = "Void a child's record with a reason: it is kept, marked void, never deleted")
    ChildView voidRecord(@PathVariable ChildId id, @Valid @RequestBody ChildVoidRequest request) {
        return records.voidRecord(currentActor.get(), id, request.reason());
    }
}
