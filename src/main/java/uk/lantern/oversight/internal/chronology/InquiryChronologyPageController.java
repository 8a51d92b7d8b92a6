package uk.lantern.oversight.internal.chronology;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import uk.lantern.area.Area;
import uk.lantern.area.Areas;
import uk.lantern.identity.CurrentActor;
import uk.lantern.identity.InvalidInputException;
import uk.lantern.identity.InvalidInputException.FieldError;
import uk.lantern.oversight.internal.AreaChoices;

/**
 * The page where an auditor chooses what an inquiry chronology covers and downloads it. The form is sent with GET:
 * producing a chronology changes no record (it is logged, like any read).
 */
@Controller
@PreAuthorize("hasAuthority('PRODUCE_INQUIRY_CHRONOLOGIES')")
class InquiryChronologyPageController {

    /** A radio option. */
    record Option(String value, String label) {
    }

    static final List<Option> SCOPES = List.of(new Option("case", "A case"), new Option("child", "A child"),
            new Option("area", "An area over a period"));
    static final List<Option> FORMATS = List.of(new Option("pdf", "PDF"), new Option("html", "HTML"),
            new Option("json", "JSON, with every line's proof, for checking by machine"));

    static final int CASES_PER_PAGE = 20;

    private final InquiryChronologies chronologies;
    private final InquiryRecords records;
    private final CurrentActor currentActor;
    private final Areas areas;

    InquiryChronologyPageController(InquiryChronologies chronologies, InquiryRecords records,
                                    CurrentActor currentActor, Areas areas) {
        this.chronologies = chronologies;
        this.records = records;
        this.currentActor = currentActor;
        this.areas = areas;
    }

    /**
     * The form, filled in from the address when a case was picked from the list ({@code scope=case&case=…}), and the
     * list of cases to pick from, by area ({@code casesIn}), a page at a time. Case references name no one.
     */
    @GetMapping("/oversight/chronology")
    String form(@RequestParam Map<String, String> params, Model model) {
        addCaseList(model, params.get("casesIn"), params.get("page"));
        return formPage(model, new Form(params.get("scope"), params.get("case"), null, params.get("area"), null,
                null, "pdf"), List.of());
    }

    /** The cases to pick from, newest first, in an area ({@code casesIn}, England if none), a page at a time. */
    private void addCaseList(Model model, String casesIn, String pageAsked) {
        String area = areas.find(casesIn == null ? "" : casesIn).map(Area::code).orElse(Areas.ENGLAND);
        boolean everywhere = Areas.ENGLAND.equals(area);
        List<String> authorities = everywhere ? List.of() : areas.localAuthoritiesCoveredBy(area);
        long pages = Math.max(1, (records.countCases(authorities, everywhere) + CASES_PER_PAGE - 1) / CASES_PER_PAGE);
        int page = (int) Math.min(pages, Math.max(1, parsePage(pageAsked)));
        model.addAttribute("casesIn", area);
        List<AreaChoices.AreaChoice> choices = AreaChoices.of(areas);
        model.addAttribute("areaChoices", choices);
        model.addAttribute("areaNames", choices.stream().collect(Collectors.toMap(AreaChoices.AreaChoice::value,
                AreaChoices.AreaChoice::label)));
        model.addAttribute("noErrors", List.of());
        model.addAttribute("cases", records.cases(authorities, everywhere, (page - 1) * CASES_PER_PAGE,
                CASES_PER_PAGE));
        model.addAttribute("casePage", page);
        model.addAttribute("casePages", pages);
    }

    private static int parsePage(String text) {
        try {
            return text == null ? 1 : Integer.parseInt(text.trim());
        } catch (NumberFormatException notANumber) {
            return 1;
        }
    }

    /** The values the form was sent with, to show them again beside any errors. */
    record Form(String scope, String caseReference, String child, String area, String from, String to,
                String format) {
    }

    @GetMapping("/oversight/chronology/document")
    Object document(@RequestParam(required = false) String scope,
                    @RequestParam(name = "case", required = false) String caseReference,
                    @RequestParam(required = false) String child, @RequestParam(required = false) String area,
                    @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                    @RequestParam(required = false) String format, Model model) {
        Form form = new Form(scope, caseReference, child, area, from, to, format);
        try {
            InquiryChronologies.Format chosen = InquiryChronologies.Format.read(format);
            // Only the chosen scope's fields count: the others may still hold what was typed before.
            ChronologyScope read = switch (scope == null ? "" : scope) {
                case "case" -> ChronologyScope.ofCase(caseReference);
                case "child" -> ChronologyScope.ofChild(child);
                case "area" -> ChronologyScope.ofArea(area, from, to, areas);
                default -> throw new InvalidInputException("scope", "Choose what the chronology covers");
            };
            return InquiryChronologyApiController.download(chronologies.produce(currentActor.get(), read, chosen));
        } catch (InvalidInputException invalid) {
            addCaseList(model, null, null);
            return new ModelAndView(formPage(model, form, invalid.errors()), model.asMap());
        }
    }

    private String formPage(Model model, Form form, List<FieldError> errors) {
        model.addAttribute("form", form);
        model.addAttribute("scopes", SCOPES);
        model.addAttribute("formats", FORMATS);
        model.addAttribute("errors", errors);
        return "oversight/chronology";
    }
}
