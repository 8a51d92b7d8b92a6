package uk.lantern.risk.internal;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import uk.lantern.risk.CseScreening;
import uk.lantern.risk.IndicatorSet;

@RestController
@Tag(name = "CSE screening", description = "The indicators of child sexual exploitation used for screening")
class IndicatorsApiController {

    record IndicatorResponse(String code, String label, String kind, String guidance) {
    }

    record IndicatorSetResponse(int version, List<IndicatorResponse> indicators) {
    }

    private final CseScreening screening;

    IndicatorsApiController(CseScreening screening) {
        this.screening = screening;
    }

    @GetMapping("/api/v1/risk/indicators")
    @Operation(summary = "The current CSE indicator set",
            description = "Each indicator is a sign that harm is already happening (HARM) or a sign of risk (RISK). "
                    + "Screening results record the version that produced them.")
    IndicatorSetResponse indicators() {
        IndicatorSet set = screening.indicatorSet();
        return new IndicatorSetResponse(set.version(), set.indicators().stream()
                .map(indicator -> new IndicatorResponse(indicator.code(), indicator.label(), indicator.kind().name(),
                        indicator.guidance()))
                .toList());
    }
}
