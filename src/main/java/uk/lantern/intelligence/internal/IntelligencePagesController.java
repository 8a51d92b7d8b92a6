package uk.lantern.intelligence.internal;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.lantern.area.Area;
import uk.lantern.area.AreaType;
import uk.lantern.area.Areas;
import uk.lantern.identity.Actor;
import uk.lantern.identity.Capability;
import uk.lantern.identity.CurrentActor;
import uk.lantern.identity.InvalidInputException;
import uk.lantern.identity.InvalidInputException.FieldError;
import uk.lantern.intelligence.IntelReportId;
import uk.lantern.intelligence.IntelReportView;
import uk.lantern.intelligence.Intelligence;
import uk.lantern.intelligence.LinkType;
import uk.lantern.intelligence.LocationType;
import uk.lantern.intelligence.NewIntelReport;
import uk.lantern.intelligence.NewLink;
import uk.lantern.intelligence.OrganisationType;
import uk.lantern.intelligence.SubjectRef;
import uk.lantern.intelligence.SubjectRole;

/**
 * Pages to record intelligence, read it under its handling code, and add subjects, links and a sanitised version.
 * New reports are graded 3x5x2 here; legacy 5x5x5 grades arrive only from other systems, through the API or import.
 */
@Controller
@PreAuthorize("hasAuthority('READ_SANITISED_INTELLIGENCE')")
class IntelligencePagesController {

    static final int PAGE_SIZE = 50;

    private final Intelligence intelligence;
    private final HandlingRules rules;
    private final ReportRepository reports;
    private final CurrentActor currentActor;
    private final Areas areas;

    IntelligencePagesController(Intelligence intelligence, HandlingRules rules, ReportRepository reports,
                                CurrentActor currentActor, Areas areas) {
        this.intelligence = intelligence;
        this.rules = rules;
        this.reports = reports;
        this.currentActor = currentActor;
        this.areas = areas;
    }

    @GetMapping("/intelligence")
    String list(@RequestParam(defaultValue = "0") int offset, Model model) {
        int from = Math.max(0, offset);
        model.addAttribute("reports", intelligence.list(currentActor.get(), from, PAGE_SIZE + 1));
        model.addAttribute("offset", from);
        model.addAttribute("pageSize", PAGE_SIZE);
        model.addAttribute("canSubmit", currentActor.get().can(Capability.SUBMIT_INTELLIGENCE));
        return "intelligence/list";
    }

    @GetMapping("/intelligence/new")
    @PreAuthorize("hasAuthority('SUBMIT_INTELLIGENCE')")
    String newReport(Model model) {
        return form(model, Map.of("areaCode", currentActor.get().areaCode()), List.of());
    }

    @PostMapping("/intelligence")
    @PreAuthorize("hasAuthority('SUBMIT_INTELLIGENCE')")
    String submit(@RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        try {
            IntelReportView report = intelligence.submit(currentActor.get(), new NewIntelReport(
                    form.get("informationDate"), List.of(form.getOrDefault("areaCode", "")), "3x5x2",
                    form.get("sourceEvaluation"), form.get("intelligenceAssessment"), form.get("handlingCode"),
                    form.get("handlingConditions"), form.get("text"), form.get("sanitisedText"), List.of(),
                    List.of()));
            redirect.addFlashAttribute("notice", "Intelligence recorded as " + report.reference()
                    + ". Add its subjects below.");
            return "redirect:/intelligence/" + report.id();
        } catch (InvalidInputException invalid) {
            return form(model, form, invalid.errors().stream().map(IntelligencePagesController::onPage).toList());
        }
    }

    @GetMapping("/intelligence/{id}")
    String report(@PathVariable IntelReportId id, Model model) {
        return reportPage(model, intelligence.read(currentActor.get(), id), Map.of(), List.of());
    }

    @PostMapping("/intelligence/{id}/subjects")
    @PreAuthorize("hasAuthority('SUBMIT_INTELLIGENCE')")
    String addSubject(@PathVariable IntelReportId id, @RequestParam Map<String, String> form, Model model,
                      RedirectAttributes redirect) {
        return change(id, form, model, redirect, "Subject added.", IntelligencePagesController::onPage,
                () -> intelligence.addSubject(currentActor.get(), id, SubjectForm.read(form)));
    }

    @PostMapping("/intelligence/{id}/links")
    @PreAuthorize("hasAuthority('SUBMIT_INTELLIGENCE')")
    String addLink(@PathVariable IntelReportId id, @RequestParam Map<String, String> form, Model model,
                   RedirectAttributes redirect) {
        return change(id, form, model, redirect, "Link added.", IntelligencePagesController::onLinkForm,
                () -> intelligence.addLink(currentActor.get(), id,
                new NewLink(subject(form.get("from")), subject(form.get("to")), form.get("linkType"),
                        form.get("firstSeen"), form.get("lastSeen"), form.get("linkDetail"))));
    }

    @PostMapping("/intelligence/{id}/sanitised-version")
    @PreAuthorize("hasAuthority('SUBMIT_INTELLIGENCE')")
    String sanitise(@PathVariable IntelReportId id, @RequestParam Map<String, String> form, Model model,
                    RedirectAttributes redirect) {
        return change(id, form, model, redirect, "Sanitised version saved.", UnaryOperator.identity(),
                () -> intelligence.setSanitisedVersion(currentActor.get(), id, form.get("sanitisedText")));
    }

    private String change(IntelReportId id, Map<String, String> form, Model model, RedirectAttributes redirect,
                          String notice, UnaryOperator<FieldError> onPage, Supplier<IntelReportView> step) {
        try {
            step.get();
            redirect.addFlashAttribute("notice", notice);
            return "redirect:/intelligence/" + id;
        } catch (InvalidInputException invalid) {
            return reportPage(model, intelligence.read(currentActor.get(), id), form,
                    invalid.errors().stream().map(onPage).toList());
        }
    }

    private String form(Model model, Map<String, String> form, List<FieldError> errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("areas", areaChoices());
        model.addAttribute("sources", List.of(new Choice("1", "1: reliable"), new Choice("2", "2: untested"),
                new Choice("3", "3: not reliable")));
        model.addAttribute("assessments", List.of(new Choice("A", "A: known directly"),
                new Choice("B", "B: known indirectly, corroborated"), new Choice("C", "C: known indirectly"),
                new Choice("D", "D: not known"), new Choice("E", "E: suspected false")));
        model.addAttribute("handlingCodes", List.of(new Choice("P", "P: lawful sharing permitted"),
                new Choice("C", "C: lawful sharing permitted with conditions")));
        return "intelligence/new";
    }

    private String reportPage(Model model, IntelReportView report, Map<String, String> form,
                              List<FieldError> errors) {
        Actor actor = currentActor.get();
        model.addAttribute("report", report);
        model.addAttribute("areaNames", report.areaCodes().stream()
                .map(code -> areas.find(code).map(Area::name).orElse(code)).toList());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("canChange", reports.find(report.id().value())
                .map(row -> rules.mayChange(actor, row.access())).orElse(false));
        model.addAttribute("subjectTypes", SubjectForm.TYPES);
        model.addAttribute("roles", Choice.of(SubjectRole.class));
        model.addAttribute("locationTypes", Choice.of(LocationType.class));
        model.addAttribute("organisationTypes", Choice.of(OrganisationType.class));
        model.addAttribute("linkTypes", Choice.of(LinkType.class).stream()
                .filter(choice -> !choice.value().equals(LinkType.NAMED_TOGETHER.name())).toList());
        model.addAttribute("subjectChoices", report.subjects().stream()
                .map(subject -> new Choice(subject.ref().toString(), subject.label())).toList());
        return "intelligence/report";
    }

    private List<Choice> areaChoices() {
        return areas.all().stream().filter(area -> area.type() == AreaType.LOCAL_AUTHORITY
                        || area.type() == AreaType.POLICE_FORCE_AREA)
                .map(area -> new Choice(area.code(), area.name() + label(area))).toList();
    }

    private static String label(Area area) {
        return area.type() == AreaType.POLICE_FORCE_AREA ? " (police force area)" : "";
    }

    /** The link form shares the page with the subject form, so its detail field has its own name. */
    private static FieldError onLinkForm(FieldError error) {
        return error.field().equals("detail") ? new FieldError("linkDetail", error.message()) : error;
    }

    private static SubjectRef subject(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return SubjectRef.parse(text);
        } catch (IllegalArgumentException notASubject) {
            throw new InvalidInputException("from", "Choose one of the report's subjects");
        }
    }

    /** Fields named differently on the page: one area select where the API takes a list, and the type radios. */
    private static FieldError onPage(FieldError error) {
        if (error.field().startsWith("areaCodes")) {
            return new FieldError("areaCode", error.message());
        }
        return error.field().equals("type") ? new FieldError("subjectType", error.message()) : error;
    }
}
