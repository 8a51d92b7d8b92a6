package uk.lantern.risk.internal;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import uk.lantern.risk.LanguageCheck;

@RestController
@Tag(name = "Language", description = "Flags victim-blaming phrases and suggests alternatives")
class LanguageApiController {

    static final int MAX_TEXT_LENGTH = 10_000;

    record LanguageCheckRequest(
            @NotNull(message = "is required")
            @Size(max = MAX_TEXT_LENGTH, message = "must be " + MAX_TEXT_LENGTH + " characters or fewer")
            String text) {
    }

    record FindingResponse(String matchedText, int start, int end, String phrase, String suggestion, String reason) {
    }

    record LanguageCheckResponse(List<FindingResponse> findings) {
    }

    private final LanguageCheck languageCheck;

    LanguageApiController(LanguageCheck languageCheck) {
        this.languageCheck = languageCheck;
    }

    @PostMapping("/api/v1/language/check")
    @Operation(summary = "Check a text for victim-blaming phrases",
            description = "Advisory only: nothing is stored or refused. Offsets are UTF-16 positions in the text, "
                    + "end exclusive, as JavaScript counts them.")
    LanguageCheckResponse check(@Valid @RequestBody LanguageCheckRequest request) {
        return new LanguageCheckResponse(languageCheck.check(request.text()).stream()
                .map(finding -> new FindingResponse(finding.matchedText(), finding.start(), finding.end(),
                        finding.phrase(), finding.suggestion(), finding.reason()))
                .toList());
    }
}
