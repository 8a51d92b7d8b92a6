package uk.lantern.ledger.internal;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

import uk.lantern.ledger.LedgerIntegrity;

/** The ledger page for auditors and administrators: verify the chain on demand and see the latest checkpoint. */
@Controller
@PreAuthorize("hasAuthority('VERIFY_LEDGER')")
class LedgerPageController {

    private final LedgerIntegrity integrity;

    LedgerPageController(LedgerIntegrity integrity) {
        this.integrity = integrity;
    }

    @GetMapping("/ledger")
    String page(Model model) {
        model.addAttribute("checkpoint", integrity.latestCheckpoint().orElse(null));
        model.addAttribute("verifierKey", integrity.verifierKey());
        return "ledger";
    }

    @PostMapping("/ledger/verification")
    String verify(Model model) {
        model.addAttribute("verification", integrity.verify());
        model.addAttribute("checkpoint", integrity.latestCheckpoint().orElse(null));
        model.addAttribute("verifierKey", integrity.verifierKey());
        return "ledger";
    }
}
