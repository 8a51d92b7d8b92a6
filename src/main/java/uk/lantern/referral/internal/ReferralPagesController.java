package uk.lantern.referral.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.lantern.area.AreaType;
import uk.lantern.area.Areas;
import uk.lantern.identity.AccessRefusedException;
import uk.lantern.identity.Actor;
import uk.lantern.identity.Capability;
import uk.lantern.identity.CurrentActor;
import uk.lantern.identity.DateInput;
import uk.lantern.identity.InvalidInputException;
import uk.lantern.identity.RecordLinks;
import uk.lantern.identity.RecordRef;
import uk.lantern.people.ChildView;
import uk.lantern.people.KnownPicture;
import uk.lantern.people.KnownToServices;
import uk.lantern.referral.DecisionOutcome;
import uk.lantern.referral.LawfulBasis;
import uk.lantern.referral.NewDecision;
import uk.lantern.referral.ReferralId;
import uk.lantern.referral.ReferralReceipt;
import uk.lantern.referral.ReferralStatus;
import uk.lantern.referral.ReferralView;
import uk.lantern.referral.Referrals;
import uk.lantern.referral.SignOff;
import uk.lantern.referral.TriageQueueFilter;
import uk.lantern.referral.Urgency;
import uk.lantern.risk.LanguageCheck;
import uk.lantern.risk.LanguageFinding;
import uk.lantern.risk.ScreeningLevel;
import uk.lantern.risk.ScreeningResult;

/** The referral pages: raise a concern, the acknowledgement, my referrals, the front-door queue and a referral. */
@Controller
class ReferralPagesController {

    /** Text no date parser accepts, standing for a date of birth the date input found not to be a date. */
    private static final String NOT_A_DATE = "not a date";

    private final RecordLinks links;
    private final Referrals referrals;
    private final CurrentActor currentActor;
    private final Areas areas;
    private final IndicatorCodes indicatorCodes;
    private final LanguageCheck languageCheck;
    private final ObjectProvider<KnownToServices> known;

    ReferralPagesController(Referrals referrals, CurrentActor currentActor, Areas areas,
                            IndicatorCodes indicatorCodes, LanguageCheck languageCheck, RecordLinks links,
                            ObjectProvider<KnownToServices> known) {
        this.links = links;
        this.known = known;
        this.languageCheck = languageCheck;
        this.referrals = referrals;
        this.currentActor = currentActor;
        this.areas = areas;
        this.indicatorCodes = indicatorCodes;
    }

    @GetMapping("/referrals/new")
    String newReferral(Model model) {
        Actor actor = currentActor.get();
        if (!actor.can(Capability.RAISE_REFERRAL)) {
            throw new AccessRefusedException(new RecordRef(ReferralAccess.RECORD_TYPE, "new"), false);
        }
        ReferralForm form = new ReferralForm();
        if (areas.find(actor.areaCode()).filter(area -> area.type() == AreaType.LOCAL_AUTHORITY).isPresent()) {
            form.getChildren().forEach(child -> child.setAreaCode(actor.areaCode()));
        }
        return referralForm(model, form, List.of());
    }

    @PostMapping("/referrals")
    String submit(@ModelAttribute("form") ReferralForm form, @RequestParam Map<String, String> fields, Model model) {
        model.addAttribute("dateEntered", fields);
        // Dates of birth come in the GOV.UK date input's three fields. One that is not a date is passed on as text
        // the service refuses, so that the form reports every problem at once and stores nothing; its message is
        // then the date input's own.
        List<InvalidInputException.FieldError> dateErrors = new ArrayList<>();
        for (int i = 0; i < form.getChildren().size(); i++) {
            int before = dateErrors.size();
            String date = DateInput.from(fields, "children[" + i + "].dateOfBirth", "Date of birth")
                    .parsePartial(dateErrors);
            form.getChildren().get(i).setDateOfBirth(dateErrors.size() > before ? NOT_A_DATE : date);
        }
        List<LanguageFinding> findings = languageCheck.check(form.getConcern());
        if (dateErrors.isEmpty() && !findings.isEmpty() && !form.isWordingReviewed()) {
            // The author decides: show the suggestions once, then send as written if they choose to.
            model.addAttribute("languageFindings", findings);
            return referralForm(model, form, List.of());
        }
        try {
            ReferralReceipt receipt = referrals.submit(currentActor.get(), form.toNewReferral());
            return "redirect:/referrals/" + receipt.id() + "/acknowledgement";
        } catch (InvalidInputException invalid) {
            return referralForm(model, form, withDateMessages(invalid.errors(), dateErrors));
        }
    }

    private static List<InvalidInputException.FieldError> withDateMessages(
            List<InvalidInputException.FieldError> errors, List<InvalidInputException.FieldError> dateErrors) {
        Map<String, InvalidInputException.FieldError> byField = new java.util.HashMap<>();
        dateErrors.forEach(error -> byField.put(error.field(), error));
        return errors.stream().map(error -> byField.getOrDefault(error.field(), error)).toList();
    }

    private String referralForm(Model model, ReferralForm form, List<InvalidInputException.FieldError> errors) {
        model.addAttribute("form", form);
        if (!model.containsAttribute("dateEntered")) {
            model.addAttribute("dateEntered", Map.of());
        }
        model.addAttribute("errors", errors);
        model.addAttribute("localAuthorities", areas.ofType(AreaType.LOCAL_AUTHORITY));
        model.addAttribute("indicators", indicatorCodes.all());
        model.addAttribute("urgencies", Urgency.values());
        model.addAttribute("lawfulBases", LawfulBasis.values());
        return "referral/new";
    }

    @GetMapping("/referrals/{id}/acknowledgement")
    String acknowledgement(@PathVariable ReferralId id, Model model) {
        model.addAttribute("referral", referrals.read(currentActor.get(), id, "Acknowledgement after referring"));
        return "referral/acknowledgement";
    }

    @GetMapping("/referrals/mine")
    String mine(Model model) {
        model.addAttribute("referrals", referrals.mine(currentActor.get()));
        return "referral/mine";
    }

    /** The queue, cut to CSE concerns or overdue referrals ({@code show}) and put in the order asked for. */
    @GetMapping("/triage")
    String queue(@RequestParam(required = false) List<String> show, @RequestParam(required = false) String order,
                 Model model) {
        TriageQueueFilter filter = TriageQueueFilter.read(show == null ? List.of() : show, order);
        model.addAttribute("referrals", referrals.queue(currentActor.get(), filter));
        model.addAttribute("filter", filter);
        model.addAttribute("showChoices", List.of(new Choice("cse", "CSE concerns only"),
                new Choice("overdue", "Overdue only")));
        model.addAttribute("shown", show == null ? List.of() : show);
        model.addAttribute("orderChoices", java.util.Arrays.stream(TriageQueueFilter.Order.values())
                .map(value -> new Choice(value.name(), value.label())).toList());
        model.addAttribute("noErrors", List.of());
        return "referral/queue";
    }

    /** An option in a form: the value sent and the label shown. */
    record Choice(String value, String label) {
    }

    @GetMapping("/referrals/{id}")
    String referral(@PathVariable ReferralId id, Model model) {
        return referralPage(model, referrals.read(currentActor.get(), id, "Viewing the referral"), List.of());
    }

    @PostMapping("/referrals/{id}/decision")
    String decide(@PathVariable ReferralId id, @RequestParam(required = false) String outcome,
                  @RequestParam(required = false) String reasons, Model model, RedirectAttributes redirect) {
        Actor actor = currentActor.get();
        try {
            referrals.decide(actor, id, new NewDecision(outcome, reasons));
            redirect.addFlashAttribute("notice", "Decision recorded. The referrer has been told.");
            return "redirect:/referrals/" + id;
        } catch (InvalidInputException invalid) {
            // Shown again as entered, so that nobody has to write their reasons twice.
            model.addAttribute("submittedOutcome", outcome);
            model.addAttribute("submittedReasons", reasons);
            return referralPage(model, referrals.read(actor, id, "Correcting a decision"), invalid.errors());
        }
    }

    @PostMapping("/referrals/{id}/sign-off")
    String signOff(@PathVariable ReferralId id, @RequestParam(required = false) String approve,
                   @RequestParam(required = false) String note, @RequestParam(required = false) String outcome,
                   @RequestParam(required = false) String reasons, Model model, RedirectAttributes redirect) {
        Actor actor = currentActor.get();
        try {
            referrals.signOff(actor, id, new SignOff(answer(approve), note, outcome, reasons));
            redirect.addFlashAttribute("notice", "Sign-off recorded.");
            return "redirect:/referrals/" + id;
        } catch (InvalidInputException invalid) {
            model.addAttribute("submittedApprove", approve);
            model.addAttribute("submittedNote", note);
            model.addAttribute("submittedOutcome", outcome);
            model.addAttribute("submittedReasons", reasons);
            return referralPage(model, referrals.read(actor, id, "Correcting a sign-off"), invalid.errors());
        }
    }

    @PostMapping("/referrals/{id}/screening-override")
    String overrideScreening(@PathVariable ReferralId id, @RequestParam(required = false) String level,
                             @RequestParam(required = false) String narrative,
                             @RequestParam(required = false) String reason, Model model,
                             RedirectAttributes redirect) {
        Actor actor = currentActor.get();
        try {
            referrals.overrideScreening(actor, id, level, narrative, reason);
            redirect.addFlashAttribute("notice", "Your judgement of the level is recorded beside the screening.");
            return "redirect:/referrals/" + id;
        } catch (InvalidInputException invalid) {
            return referralPage(model, referrals.read(actor, id, "Correcting a screening override"),
                    invalid.errors());
        }
    }

    @PostMapping("/referrals/{id}/escalation")
    String escalate(@PathVariable ReferralId id, @RequestParam(required = false) String reason, Model model,
                    RedirectAttributes redirect) {
        Actor actor = currentActor.get();
        try {
            referrals.escalate(actor, id, reason);
            redirect.addFlashAttribute("notice", "Escalated to the front door's managers.");
            return "redirect:/referrals/" + id;
        } catch (InvalidInputException invalid) {
            return referralPage(model, referrals.read(actor, id, "Escalating"), invalid.errors());
        }
    }

    /** A yes/no radio answer: null when neither was chosen. */
    private static Boolean answer(String yesOrNo) {
        return "yes".equals(yesOrNo) ? Boolean.TRUE : "no".equals(yesOrNo) ? Boolean.FALSE : null;
    }

    private String referralPage(Model model, ReferralView referral, List<InvalidInputException.FieldError> errors) {
        Actor actor = currentActor.get();
        model.addAttribute("referral", referral);
        model.addAttribute("childLinks", referral.children().stream()
                .filter(child -> links.mayOpen(actor, new RecordRef("CHILD", child.id().toString())))
                .map(child -> child.id().toString()).collect(Collectors.toSet()));
        model.addAttribute("errors", errors);
        model.addAttribute("knownPictures", knownPictures(actor, referral));
        model.addAttribute("indicatorLabels", indicatorCodes.labels());
        model.addAttribute("outcomes", DecisionOutcome.values());
        model.addAttribute("screeningLevels", ScreeningLevel.values());
        model.addAttribute("screeningAdvice", ScreeningResult.ADVICE);
        model.addAttribute("isReferrer", referral.fromLanternUser()
                && referrals.mine(actor).stream().anyMatch(mine -> mine.id().equals(referral.id())));
        model.addAttribute("canDecide", actor.can(Capability.DECIDE_REFERRALS)
                && referral.status() == ReferralStatus.AWAITING_DECISION);
        model.addAttribute("canSignOff", actor.can(Capability.SIGN_OFF_DECISIONS)
                && referral.status() == ReferralStatus.AWAITING_SIGN_OFF);
        return "referral/referral";
    }

    /**
     * What every agency knows about each child of the referral, for those whose roles include this research, shown
     * before the decision; a child whose record the viewer may not read has no picture.
     */
    private Map<String, KnownPicture> knownPictures(Actor actor, ReferralView referral) {
        Map<String, KnownPicture> pictures = new LinkedHashMap<>();
        KnownToServices research = known.getIfAvailable();
        if (research == null || !actor.can(Capability.RESEARCH_KNOWN_TO_SERVICES)) {
            return pictures;
        }
        for (ChildView child : referral.children()) {
            try {
                pictures.put(child.id().toString(), research.about(actor, child.id()));
            } catch (AccessRefusedException refused) {
                // Left out, as the child's name is not linked: the viewer reads this child only through the referral.
            }
        }
        return pictures;
    }
}
