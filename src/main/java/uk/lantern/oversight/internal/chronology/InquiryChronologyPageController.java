package uk.lantern.oversight.internal.chronology;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import uk.lantern.area.Areas;
import uk.lantern.identity.CurrentActor;
import uk.lantern.identity.InvalidInputException;
import uk.lantern.identity.InvalidInputException.FieldError;

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

    private final InquiryChronologies chronologies;
    private final CurrentActor currentActor;
    private final Areas areas;

    InquiryChronologyPageController(InquiryChronologies chronologies, CurrentActor currentActor, Areas areas) {
        this.chronologies = chronologies;
        this.currentActor = currentActor;
        this.areas = areas;
    }

    @GetMapping("/oversight/chronology")
    String form(Model model) {
        return formPage(model, new Form(null, null, null, null, null, null, "pdf"), List.of());
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
