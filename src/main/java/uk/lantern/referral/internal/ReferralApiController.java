package uk.lantern.referral.internal;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import uk.lantern.deadline.EscalationView;
import uk.lantern.identity.CurrentActor;
import uk.lantern.people.ChildInput;
import uk.lantern.referral.NewDecision;
import uk.lantern.referral.NewReferral;
import uk.lantern.referral.ReferralId;
import uk.lantern.referral.ReferralReceipt;
import uk.lantern.referral.ReferralStatus;
import uk.lantern.referral.ReferralSummary;
import uk.lantern.referral.ReferralView;
import uk.lantern.referral.Referrals;
import uk.lantern.referral.SignOff;
import uk.lantern.risk.LanguageCheck;
import uk.lantern.risk.LanguageFinding;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Referrals", description = "Raise concerns, follow them, triage and decide them")
class ReferralApiController {

    record ChildRequest(@Size(max = 100) String firstName, @Size(max = 100) String surname,
                        @Size(max = 10) String dateOfBirth, Boolean dateOfBirthApproximate, @Size(max = 20) String sex,
                        @Size(max = 20) String nhsNumber, @Size(max = 9) String areaCode,
                        @Size(max = 200) String school) {
        ChildInput toInput() {
            return new ChildInput(firstName, surname, dateOfBirth, Boolean.TRUE.equals(dateOfBirthApproximate), sex,
                    null, null, null, null, null, null, nhsNumber, areaCode, school, List.of(), List.of(), null);
        }
    }

    record ReferralRequest(@Size(max = 20) List<@Valid ChildRequest> children, @Size(max = 10_000) String concern,
                           Boolean cseConcern, @Size(max = 40) List<@Size(max = 60) String> indicators,
                           @Size(max = 20) String urgency, @Size(max = 40) String lawfulBasis,
                           @Size(max = 254) String contact) {
    }

    /**
     * The acknowledgement. {@code languageFindings} lists wording in the concern that published guidance advises
     * against, with suggested alternatives; the referral is accepted as written either way.
     */
    record ReferralResponse(ReferralId id, String reference, ReferralStatus status, Instant decisionDueAt,
                            List<LanguageFinding> languageFindings) {
    }

    record ScreeningOverrideRequest(@Size(max = 30) String level, @Size(max = 4000) String narrative,
                                    @Size(max = 1000) String reason) {
    }

    record ReferralDecisionRequest(@Size(max = 40) String outcome, @Size(max = 10_000) String reasons) {
    }

    record SignOffRequest(Boolean approve, @Size(max = 4000) String note, @Size(max = 40) String outcome,
                          @Size(max = 10_000) String reasons) {
    }

    record EscalationRequest(@Size(max = 2000) String reason) {
    }

    private final Referrals referrals;
    private final CurrentActor currentActor;
    private final LanguageCheck languageCheck;

    ReferralApiController(Referrals referrals, CurrentActor currentActor, LanguageCheck languageCheck) {
        this.referrals = referrals;
        this.currentActor = currentActor;
        this.languageCheck = languageCheck;
    }

    @PostMapping("/referrals")
    @ApiResponse(responseCode = "201", description = "Created", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "403", description = "The caller's role lacks the capability RAISE_REFERRAL")
    @Operation(summary = "Raise a concern about one or more children",
            description = "The referrer and their agency come from the caller. Returns the acknowledgement.")
    ResponseEntity<ReferralResponse> submit(@Valid @RequestBody ReferralRequest request) {
        ReferralReceipt receipt = referrals.submit(currentActor.get(), new NewReferral(
                request.children() == null ? null : request.children().stream().map(ChildRequest::toInput).toList(),
                request.concern(), request.cseConcern(), request.indicators(), request.urgency(),
                request.lawfulBasis(), request.contact()));
        return ResponseEntity.created(URI.create("/api/v1/referrals/" + receipt.id()))
                .body(new ReferralResponse(receipt.id(), receipt.reference(), receipt.status(),
                        receipt.decisionDueAt(), languageCheck.check(request.concern())));
    }

    @GetMapping("/referrals/{id}")
    @Operation(summary = "A referral, for its referrer or anyone whose role and area allow it; the read is logged")
    ReferralView referral(@PathVariable ReferralId id) {
        return referrals.read(currentActor.get(), id, "Viewed through the API");
    }

    @GetMapping("/referrals/mine")
    @Operation(summary = "My referrals, newest first")
    List<ReferralSummary> mine() {
        return referrals.mine(currentActor.get());
    }

    @GetMapping("/triage/queue")
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "403", description = "The caller's role lacks the capability DECIDE_REFERRALS")
    @Operation(summary = "The front-door queue of my area: most urgent first, then oldest first")
    List<ReferralSummary> queue() {
        return referrals.queue(currentActor.get());
    }

    @GetMapping("/referrals/awaiting-sign-off")
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "403", description = "The caller's role lacks the capability SIGN_OFF_DECISIONS")
    @Operation(summary = "No-further-action decisions on CSE concerns awaiting my sign-off")
    List<ReferralSummary> awaitingSignOff() {
        return referrals.awaitingSignOff(currentActor.get());
    }

    @PostMapping("/referrals/{id}/decision")
    @Operation(summary = "Decide a referral")
    ReferralView decide(@PathVariable ReferralId id, @Valid @RequestBody ReferralDecisionRequest request) {
        return referrals.decide(currentActor.get(), id, new NewDecision(request.outcome(), request.reasons()));
    }

    @PostMapping("/referrals/{id}/sign-off")
    @Operation(summary = "Approve, or replace, a no-further-action decision on a CSE concern")
    ReferralView signOff(@PathVariable ReferralId id, @Valid @RequestBody SignOffRequest request) {
        return referrals.signOff(currentActor.get(), id, new SignOff(request.approve(),
                request.note(), request.outcome(), request.reasons()));
    }

    @PostMapping("/referrals/{id}/screening-override")
    @Operation(summary = "Set the CSE screening level by professional judgement, with narrative and reason")
    ReferralView overrideScreening(@PathVariable ReferralId id, @Valid @RequestBody ScreeningOverrideRequest request) {
        return referrals.overrideScreening(currentActor.get(), id, request.level(), request.narrative(),
                request.reason());
    }

    @PostMapping("/referrals/{id}/escalation")
    @ApiResponse(responseCode = "201", description = "Created", useReturnTypeSchema = true)
    @Operation(summary = "Escalate my referral when it has passed its decision deadline without a decision")
    ResponseEntity<EscalationView> escalate(@PathVariable ReferralId id,
                                            @Valid @RequestBody EscalationRequest request) {
        return ResponseEntity.status(201).body(referrals.escalate(currentActor.get(), id, request.reason()));
    }
}
