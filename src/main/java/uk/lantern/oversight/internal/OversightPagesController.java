package uk.lantern.oversight.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import uk.lantern.area.Areas;
import uk.lantern.identity.CurrentActor;
import uk.lantern.identity.InvalidInputException;
import uk.lantern.oversight.internal.OversightViews.MeasuresView;
import uk.lantern.oversight.internal.charts.ChartStylesheet;
import uk.lantern.oversight.internal.funnel.FunnelComparison.Dispersion;

/**
 * The oversight pages: an area's measures over time with a funnel plot of every local authority, and the published
 * Children in Need baseline beside Lantern's own figures. Every figure is an aggregate under disclosure control.
 */
@Controller
@PreAuthorize("hasAuthority('VIEW_OVERSIGHT')")
class OversightPagesController {

    /** An option in a select or among radios: the value sent and the label shown. */
    record Choice(String value, String label) {
    }

    /** The funnel limit models a reader may choose, by the lower-case name of each {@link Dispersion}. */
    private static final List<Choice> DISPERSION_CHOICES = List.of(
            new Choice("poisson", "Chance variation alone (Poisson)"),
            new Choice("multiplicative_over_dispersion",
                    "Widened for over-dispersion, multiplicative model (Spiegelhalter 2005 §5.1)"),
            new Choice("additive_random_effects",
                    "Widened for over-dispersion, additive random-effects model (Spiegelhalter 2005 §5.2)"));

    private final OversightService oversight;
    private final AreaComparison comparison;
    private final Areas areas;
    private final CurrentActor currentActor;

    OversightPagesController(OversightService oversight, AreaComparison comparison, Areas areas,
                             CurrentActor currentActor) {
        this.oversight = oversight;
        this.comparison = comparison;
        this.areas = areas;
        this.currentActor = currentActor;
    }

    @GetMapping("/oversight")
    String home(@RequestParam Map<String, String> form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("areaChoices", AreaChoices.of(areas));
        model.addAttribute("grainChoices", List.of(new Choice("month", "Month"), new Choice("quarter", "Quarter"),
                new Choice("year", "Year")));
        OversightQuery query;
        try {
            // A reader starts in their own area; England is a choice away.
            String area = form.containsKey("area") ? form.get("area") : currentActor.get().areaCode();
            query = oversight.read(area, form.get("from"), form.get("to"), form.get("by"));
        } catch (InvalidInputException invalid) {
            model.addAttribute("errors", invalid.errors());
            query = oversight.read(null, null, null, null);
        }
        MeasuresView view = oversight.measures(query);
        model.addAttribute("view", view);
        model.addAttribute("query", Map.of("area", view.area().code(), "from", view.from().toString(),
                "to", view.until().minusDays(1).toString(), "by", view.by()));
        model.addAttribute("sections", view.measures().stream().map(OversightViews.MeasureView::section).distinct()
                .toList());
        model.addAttribute("trends", Charts.trends(view, form.get("measure")));
        model.addAttribute("measureChoices", view.measures().stream()
                .map(measure -> new Choice(measure.id(), measure.section() + ": " + measure.label())).toList());
        Dispersion dispersion = dispersion(form.get("overdispersion"));
        addDispersionChoices(model, dispersion);
        model.addAttribute("funnel", comparison.cseReferrals(query, dispersion));
        return "oversight/home";
    }

    /** The page's CSV and XLSX links: the same files as the API's, downloaded with the session. */
    @GetMapping("/oversight/export")
    ResponseEntity<byte[]> export(@RequestParam Map<String, String> form) {
        return MeasuresExport.download(oversight.measures(oversight.read(form.get("area"), form.get("from"),
                form.get("to"), form.get("by"))), form.get("format"));
    }

    /** The charts' rules, from the same constants the charts carry inside them (see ChartStylesheet). */
    @GetMapping(value = "/oversight/charts.css", produces = "text/css")
    @ResponseBody
    String chartStylesheet() {
        return ChartStylesheet.css();
    }

    @GetMapping("/oversight/baseline")
    String baseline(@RequestParam(required = false) String year,
                    @RequestParam(required = false) String overdispersion, Model model) {
        Dispersion dispersion = dispersion(overdispersion);
        addDispersionChoices(model, dispersion);
        model.addAttribute("baseline", comparison.baseline(year, dispersion));
        return "oversight/baseline";
    }

    /**
     * The funnel limits allow for over-dispersion only when the reader asks, in the model they choose; anything else
     * gives the Poisson limits.
     */
    private static Dispersion dispersion(String overdispersion) {
        return DISPERSION_CHOICES.stream().filter(choice -> choice.value().equals(overdispersion)).findFirst()
                .map(choice -> Dispersion.valueOf(choice.value().toUpperCase(Locale.ROOT)))
                .orElse(Dispersion.POISSON);
    }

    private static void addDispersionChoices(Model model, Dispersion chosen) {
        model.addAttribute("dispersionChoices", DISPERSION_CHOICES);
        model.addAttribute("dispersion", chosen.name().toLowerCase(Locale.ROOT));
    }
}
